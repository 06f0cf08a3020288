/** The shape of a business-type template: guiding questions and examples per quadrant. */
import type { SwotQuadrant } from '../types';

export interface QuadrantGuide {
  /** 3-5 questions that help an owner think of items. */
  readonly questions: readonly string[];
  /** 4-6 example items in plain words, typical for this kind of business. */
  readonly examples: readonly string[];
}

export interface BusinessTemplate {
  /** Stable, saved in the wizard state: never rename one. */
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly quadrants: Readonly<Record<SwotQuadrant, QuadrantGuide>>;
}
