import type { BusinessTemplate } from './types';

export const foodTemplate: BusinessTemplate = {
  id: 'food-hospitality',
  name: 'Food and hospitality',
  description: 'A café, bakery, restaurant, food truck, pub or small guesthouse.',
  quadrants: {
    strength: {
      questions: [
        'Which dishes, drinks or rooms do guests rave about?',
        'What do reviews praise most often?',
        'How does your kitchen or team keep quality on a busy day?',
        'What makes your place feel different when people walk in?',
      ],
      examples: [
        'Bread baked fresh on site every morning',
        'A chef with a loyal local following',
        'Strong reviews praising friendly service',
        'Terrace seating on a sunny square',
        'Recipes made with produce from nearby farms',
      ],
    },
    weakness: {
      questions: [
        'How much food do you throw away each week?',
        'Which hours or days are the tables empty?',
        'What breaks down or slows the kitchen at peak times?',
        'How hard is it to cover a sick shift?',
      ],
      examples: [
        'High food waste at the end of the day',
        'Quiet weekday afternoons with staff on the clock',
        'Old ovens that break down in the rush',
        'Few staff trained to cover the kitchen',
        'Menu prices not updated since ingredient costs rose',
      ],
    },
    opportunity: {
      questions: [
        'Who nearby needs food you could deliver or cater (offices, events, schools)?',
        'Which diets are customers asking about (vegan, gluten-free, halal)?',
        'Could delivery apps, pre-ordering or a loyalty card bring more visits?',
        'Which local events or seasons could you build on?',
      ],
      examples: [
        'Catering lunches for offices in the new business park',
        'Gluten-free and vegan options that guests ask for',
        'Pre-order and pick-up for the morning rush',
        'Summer festivals and markets in town',
        'Cooking classes or tasting evenings on quiet nights',
      ],
    },
    threat: {
      questions: [
        'Which ingredient or energy costs could squeeze your margin?',
        'What would a bad inspection or bad review cost you?',
        'Who is opening nearby, and what do they offer?',
        'Could you keep going if a key cook or baker left?',
      ],
      examples: [
        'Flour, butter and energy prices rising',
        'A coffee chain opening on the same street',
        'One bad hygiene inspection or viral review',
        'Cooks and baristas hard to find and keep',
        'People eating out less when money is tight',
      ],
    },
  },
};
