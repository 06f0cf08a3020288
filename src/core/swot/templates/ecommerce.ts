import type { BusinessTemplate } from './types';

export const ecommerceTemplate: BusinessTemplate = {
  id: 'ecommerce',
  name: 'E-commerce',
  description: 'A business that sells mostly online: its own web shop, marketplaces or subscriptions.',
  quadrants: {
    strength: {
      questions: [
        'Which products sell well without paid advertising?',
        'What do reviews and repeat orders tell you customers value?',
        'Which part of the order journey do you do better than others (delivery, packaging, returns)?',
        'Which audience or email list do you own outright?',
      ],
      examples: [
        'A niche product range with loyal repeat buyers',
        'An email list of engaged customers',
        'Fast dispatch: orders leave the same day',
        'Strong product reviews on marketplaces',
        'Low overheads: no shop rent',
      ],
    },
    weakness: {
      questions: [
        'How much does it cost you to win one new customer?',
        'How many visitors leave without buying, and where?',
        'How much of your sales depend on one marketplace or ad channel?',
        'What goes wrong with deliveries and returns?',
      ],
      examples: [
        'Rising advertising cost per sale',
        'Most sales come through one marketplace we do not control',
        'Many shoppers abandon the basket at checkout',
        'Returns eat into the margin',
        'Stock-outs on best sellers during peaks',
      ],
    },
    opportunity: {
      questions: [
        'Which countries or marketplaces could you ship to next?',
        'Could subscriptions or bundles raise how often people order?',
        'Which new channels are your buyers spending time on?',
        'Which partners or creators could introduce you to new buyers?',
      ],
      examples: [
        'Selling to neighbouring countries with simple shipping',
        'Subscription boxes for repeat purchases',
        'Short video and social shopping features',
        'Collaborations with creators in our niche',
        'Wholesale orders from small shops',
      ],
    },
    threat: {
      questions: [
        'What would happen if a marketplace changed its fees or rules?',
        'Which shipping or payment costs could jump?',
        'Who copies your products or undercuts your prices?',
        'Which privacy or consumer rules affect how you sell?',
      ],
      examples: [
        'Marketplace fee rises or a sudden account suspension',
        'Higher courier prices and delivery delays',
        'Cheap copies of our best sellers',
        'Privacy rules limiting ad targeting',
        'Payment fraud and chargebacks',
      ],
    },
  },
};
