import type { BusinessTemplate } from './types';

export const manufacturingTemplate: BusinessTemplate = {
  id: 'manufacturing',
  name: 'Manufacturing',
  description: 'A small maker or producer: a workshop factory, food producer, print shop or parts maker.',
  quadrants: {
    strength: {
      questions: [
        'Which products or processes are you known for getting right?',
        'What can your machines or people make that others struggle with?',
        'Which customers have bought from you for many years?',
        'How flexible are you on small runs or custom orders?',
      ],
      examples: [
        'Skilled operators with years on the same machines',
        'Able to run small custom batches profitably',
        'Long-term contracts with reliable trade customers',
        'Quality certification customers ask for',
        'Own premises with room to grow',
      ],
    },
    weakness: {
      questions: [
        'Which machines cause the most downtime?',
        'How much scrap or rework do you produce?',
        'How long are your lead times compared with competitors?',
        'Which costs do you not know per product?',
      ],
      examples: [
        'Outdated machines with frequent breakdowns',
        'High scrap rate on one product line',
        'Costing done roughly, so some products lose money',
        'Long lead times when orders pile up',
        'Few people can set up the main machine',
      ],
    },
    opportunity: {
      questions: [
        'Which customers want suppliers closer to home?',
        'Could new equipment or automation cut cost per unit?',
        'Which markets or product uses have you not tried?',
        'Are there funds for investment, energy savings or exports?',
      ],
      examples: [
        'Customers moving orders back from distant suppliers',
        'Grants for energy-efficient equipment',
        'Selling direct to end customers online',
        'New uses for our materials in other industries',
        'Automation that frees people from repetitive work',
      ],
    },
    threat: {
      questions: [
        'Which raw materials or energy prices could jump?',
        'Which import competitors sell at prices below your costs?',
        'Which new standards or environmental rules will apply to you?',
        'What if your biggest customer changed supplier?',
      ],
      examples: [
        'Steel, plastic or energy price spikes',
        'Cheaper imports undercutting our prices',
        'New environmental and packaging rules',
        'Losing our largest trade customer',
        'Skilled workers retiring with no one to replace them',
      ],
    },
  },
};
