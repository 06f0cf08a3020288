/** Business-type templates. Adding a type: write its file and add one line to the list below. */
import { ecommerceTemplate } from './ecommerce';
import { foodTemplate } from './food';
import { generalTemplate } from './general';
import { manufacturingTemplate } from './manufacturing';
import { nonprofitTemplate } from './nonprofit';
import { professionalTemplate } from './professional';
import { retailTemplate } from './retail';
import { tradesTemplate } from './trades';
import type { BusinessTemplate } from './types';

export type { BusinessTemplate, QuadrantGuide } from './types';

/** In the order the wizard offers them; the general template first as the safe default. */
export const BUSINESS_TEMPLATES: readonly BusinessTemplate[] = [
  generalTemplate,
  retailTemplate,
  foodTemplate,
  professionalTemplate,
  tradesTemplate,
  ecommerceTemplate,
  manufacturingTemplate,
  nonprofitTemplate,
];

export const DEFAULT_TEMPLATE_ID = generalTemplate.id;

/** The template with this ID; the general one for an unknown or missing ID (e.g. from an old save). */
export function getBusinessTemplate(id: string | null | undefined): BusinessTemplate {
  return BUSINESS_TEMPLATES.find((t) => t.id === id) ?? generalTemplate;
}
