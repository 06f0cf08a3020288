export { PlainWorkbook } from './plainWorkbook';
