export * from './serial';
export * from './parse';
export { foldAccents, monthFromName, monthWords } from './months';
export {
  dateOrderOfFormats,
  dateOrderOfLocale,
  isDayMonthAmbiguous,
  DEFAULT_DATE_ORDER,
  type DateOrder,
} from './order';
