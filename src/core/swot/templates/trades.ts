import type { BusinessTemplate } from './types';

export const tradesTemplate: BusinessTemplate = {
  id: 'trades',
  name: 'Trades and workshops',
  description: 'An electrician, plumber, builder, garage, joinery or repair workshop.',
  quadrants: {
    strength: {
      questions: [
        'Which jobs do customers call you first for?',
        'What certificates, tools or vans let you take work others cannot?',
        'How quickly can you turn up when something breaks?',
        'Which builders, landlords or firms send you regular work?',
      ],
      examples: [
        'Certified for gas, electrical or safety work',
        'Same-day call-outs for emergencies',
        'Regular work from landlords and letting agents',
        'Well-equipped workshop and two vans',
        'Word-of-mouth reputation for tidy, honest work',
      ],
    },
    weakness: {
      questions: [
        'How long does it take to quote, invoice and get paid?',
        'How much of your time goes on travel and fetching parts?',
        'What happens to the business if you are ill for a month?',
        'Which jobs do you lose money on without noticing?',
      ],
      examples: [
        'Quotes and invoices written by hand in the evenings',
        'The business stops when the owner is off sick',
        'Hard to take on bigger jobs without more hands',
        'Ageing van and tools that need replacing',
        'No clear view of which jobs are profitable',
      ],
    },
    opportunity: {
      questions: [
        'Which new rules or grants create work (energy efficiency, safety checks)?',
        'Could you sell maintenance contracts instead of one-off jobs?',
        'Which new technologies could you be the local expert in?',
        'Could apprentices or subcontractors help you take more work?',
      ],
      examples: [
        'Heat pump, solar and EV charger installations',
        'Annual service contracts for boilers or machines',
        'Landlords needing safety certificates every year',
        'Apprenticeship funding to train a new hand',
        'Online booking so customers can pick a slot',
      ],
    },
    threat: {
      questions: [
        'Which material prices or delivery times could hurt your jobs?',
        'Who undercuts you on price, and how?',
        'What would a claim or accident cost you?',
        'How might new regulations change the work you are allowed to do?',
      ],
      examples: [
        'Price rises and shortages of materials',
        'Cheap operators undercutting quotes',
        'Big platforms taking a cut of every booked job',
        'Stricter regulations that need new certificates',
        'Fewer home improvement jobs when interest rates rise',
      ],
    },
  },
};
