import type { BusinessTemplate } from './types';

export const retailTemplate: BusinessTemplate = {
  id: 'retail',
  name: 'Retail shop',
  description: 'A shop selling goods to the public: a boutique, a hardware store, a florist, a bookshop.',
  quadrants: {
    strength: {
      questions: [
        'Why do people choose your shop over the big chains or online stores?',
        'Which products or brands can customers only find at your shop?',
        'How does your location or shop front bring people in?',
        'What do your staff know that helps customers choose?',
      ],
      examples: [
        'Corner shop on a busy high street with good window space',
        'Staff who give expert advice the chains cannot',
        'Exclusive local brands nobody else in town stocks',
        'Regulars who come in every week',
        'Flexible: we can order a special item within days',
      ],
    },
    weakness: {
      questions: [
        'Which stock sits on the shelves too long?',
        'When is the shop quiet, and what does it cost you then?',
        'Can customers find you, see your stock or buy from you online?',
        'How much of your cash is tied up in stock?',
      ],
      examples: [
        'Too much cash tied up in slow-moving stock',
        'No online shop and an out-of-date website',
        'Opening hours that miss people who work late',
        'Old till system with no sales reports',
        'Small buying volumes, so suppliers charge us more',
      ],
    },
    opportunity: {
      questions: [
        'Which events, seasons or local changes bring new shoppers?',
        'Could you sell to customers who cannot come to the shop?',
        'Are there groups (tourists, students, new families) you could serve better?',
        'Which services could you add around your products (repairs, workshops, gift wrapping)?',
      ],
      examples: [
        'Click and collect for busy commuters',
        'Tourists visiting the new town museum',
        'Workshops and demonstrations in the shop after hours',
        'Local buying campaigns that favour independent shops',
        'Selling surplus stock through an online marketplace',
      ],
    },
    threat: {
      questions: [
        'Which online sellers or chains compete on your best lines?',
        'What could reduce foot traffic on your street (roadworks, parking, closures)?',
        'Which supplier price rises would you struggle to pass on?',
        'How is your customers’ shopping changing?',
      ],
      examples: [
        'Online stores selling the same products cheaper',
        'Parking charges keeping shoppers away from the centre',
        'Wholesale prices rising faster than we can raise ours',
        'Empty units nearby making the street feel run down',
        'Shoplifting and card fraud',
      ],
    },
  },
};
