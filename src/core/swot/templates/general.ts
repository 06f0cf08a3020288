import type { BusinessTemplate } from './types';

export const generalTemplate: BusinessTemplate = {
  id: 'general',
  name: 'General small business',
  description: 'Any small business: start here if none of the other types fits.',
  quadrants: {
    strength: {
      questions: [
        'What do customers thank you for or come back for?',
        'What can your team do better than most competitors nearby?',
        'Which assets do you own that others would find hard to copy (location, equipment, know-how)?',
        'Where do you make your best margin?',
      ],
      examples: [
        'Experienced, stable team that knows the customers by name',
        'Loyal repeat customers who recommend us',
        'Good location with steady passing trade',
        'Low fixed costs compared with larger competitors',
        'Fast decisions: the owner is on site every day',
      ],
    },
    weakness: {
      questions: [
        'Where do you lose customers or sales, and why?',
        'Which tasks depend on one person only?',
        'What would hurt if cash came in a month late?',
        'What do you keep putting off because you lack time, money or skills?',
      ],
      examples: [
        'Thin cash reserves: less than two months of costs in the bank',
        'Most sales come from a handful of customers',
        'Little known outside our immediate area',
        'No written processes: knowledge sits in people’s heads',
        'Outdated software and manual bookkeeping',
      ],
    },
    opportunity: {
      questions: [
        'Which customer groups nearby do you not serve yet?',
        'What are customers starting to ask for that you do not offer?',
        'Which new tools or services could save you time or reach new buyers?',
        'Are there grants, programmes or rule changes that favour businesses like yours?',
      ],
      examples: [
        'New housing and offices being built nearby',
        'Customers asking to order and pay online',
        'Local grants for energy savings or hiring apprentices',
        'Partnering with a neighbouring business to share customers',
        'Affordable tools to automate invoicing and reminders',
      ],
    },
    threat: {
      questions: [
        'Who could take your customers in the next year?',
        'Which costs could rise sharply (rent, energy, wages, supplies)?',
        'What would happen if a key supplier or employee left?',
        'How are your customers’ habits or budgets changing?',
      ],
      examples: [
        'A larger competitor opening nearby',
        'Rent and energy costs rising faster than prices',
        'Customers cutting spending in a downturn',
        'Hard to hire and keep skilled staff',
        'Dependence on a single supplier',
      ],
    },
  },
};
