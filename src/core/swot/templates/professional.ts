import type { BusinessTemplate } from './types';

export const professionalTemplate: BusinessTemplate = {
  id: 'professional-services',
  name: 'Professional services',
  description: 'An accountancy, law, design or marketing agency, consultancy or IT service firm.',
  quadrants: {
    strength: {
      questions: [
        'Which clients stay with you for years, and why?',
        'What qualifications, niche knowledge or results set your people apart?',
        'Where do new clients come from today?',
        'Which work do you deliver faster or better than bigger firms?',
      ],
      examples: [
        'Senior people with deep knowledge of one industry',
        'Most new clients come from referrals',
        'Long-standing clients on monthly retainers',
        'A portfolio of well-known local clients',
        'Quick turnaround because clients deal directly with a partner',
      ],
    },
    weakness: {
      questions: [
        'How many hours do you work that you never bill?',
        'What would happen if your biggest client left?',
        'Which work depends on one partner or expert?',
        'How do prospects find you if they have not been referred?',
      ],
      examples: [
        'Too many unbilled hours on admin and chasing invoices',
        'One client makes up almost half of revenue',
        'Slow payment: clients take 60 days or more to pay',
        'No marketing beyond word of mouth',
        'Pricing by the hour caps what we can earn',
      ],
    },
    opportunity: {
      questions: [
        'Which new rules or deadlines will send clients looking for help?',
        'What do clients ask for that you could package as a fixed-price service?',
        'Which tools could take routine work off your team?',
        'Are there sectors or regions you could serve remotely?',
      ],
      examples: [
        'New reporting rules that small firms need help with',
        'Fixed-price packages for routine jobs',
        'Remote clients in other regions through video calls',
        'Automation tools that cut time on routine tasks',
        'Training and workshops as a second income stream',
      ],
    },
    threat: {
      questions: [
        'Which software or online services could do part of your work cheaper?',
        'Could a competitor hire away your best people?',
        'What would a mistake or data breach cost you?',
        'How would your clients’ budgets change in a downturn?',
      ],
      examples: [
        'Online services and AI tools doing routine work for less',
        'Larger firms poaching our experienced staff',
        'Clients cutting advisory budgets in a downturn',
        'A data breach damaging client trust',
        'Rising professional insurance costs',
      ],
    },
  },
};
