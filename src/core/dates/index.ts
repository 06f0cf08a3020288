export * from './serial';
export * from './parse';
export { foldAccents, monthFromName, monthWords } from './months';
