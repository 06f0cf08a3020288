import type { BusinessTemplate } from './types';

export const nonprofitTemplate: BusinessTemplate = {
  id: 'non-profit',
  name: 'Non-profit',
  description: 'A charity, association, club, social enterprise or community group.',
  quadrants: {
    strength: {
      questions: [
        'Which of your programmes make the biggest difference to people?',
        'Who gives time or money to you again and again?',
        'What trust or relationships have you built in the community?',
        'Which partners work with you, and why?',
      ],
      examples: [
        'Committed volunteers who have stayed for years',
        'Trusted name in the neighbourhood',
        'Clear stories of the people we have helped',
        'Good relationships with local councils and schools',
        'Low running costs thanks to donated premises',
      ],
    },
    weakness: {
      questions: [
        'How much of your income depends on one funder or grant?',
        'Which work relies on one volunteer or staff member?',
        'How well do you measure and report your impact?',
        'What stops more people from hearing about you?',
      ],
      examples: [
        'Most income comes from one grant that ends next year',
        'Board and volunteers stretched thin',
        'Impact not measured, so funders ask for more evidence',
        'Little presence online or in local media',
        'Old computers and donated software',
      ],
    },
    opportunity: {
      questions: [
        'Which funders, companies or foundations support causes like yours?',
        'Could you earn income from services, events or a shop?',
        'Which new needs in the community fit your mission?',
        'Which tools could make giving or volunteering easier?',
      ],
      examples: [
        'Local companies looking for community partners',
        'Online giving and monthly donations',
        'Paid training or room hire as earned income',
        'New public programmes that fund our type of work',
        'Retired professionals looking to volunteer',
      ],
    },
    threat: {
      questions: [
        'What if a main grant is cut or not renewed?',
        'Which other organisations compete for the same funders?',
        'How could rising demand outpace what you can deliver?',
        'Which rules on safeguarding, data or reporting could catch you out?',
      ],
      examples: [
        'Public funding cuts',
        'More charities competing for the same donors',
        'Demand for our services growing faster than our means',
        'Volunteer burnout',
        'Stricter reporting and safeguarding rules',
      ],
    },
  },
};
