/** The English SMART words live in the English language pack. */
export { EN } from '../../lang/smart/en';
