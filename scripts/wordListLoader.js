/**
 * Build step for the language packs: their word lists are indented texts over several lines, read by
 * `words()`, which splits on any run of whitespace. The line breaks and indentation are kept as they
 * are by the minifier (they are string contents) and cost the functions bundle, which has a 40 KB
 * budget, about 190 bytes gzipped for nothing. This writes each list on one line; the words and
 * their order are unchanged.
 */
function collapseWordLists(source) {
  return source.replace(/words\(`([^`$]*)`\)/g, (_, list) => `words(\`${list.trim().split(/\s+/).join(' ')}\`)`);
}

module.exports = collapseWordLists;
module.exports.collapseWordLists = collapseWordLists;
