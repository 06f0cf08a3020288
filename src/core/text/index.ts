/** Text helpers every engine shares: folding, words, stems and placeholders. */
export { fold, foldAccents, squeeze } from './fold';
export { tokenise, stemWord } from './tokens';
export { isPlaceholder } from './placeholder';
