/**
 * DESIGN §1: the core keeps no state between calls. A module-level `let`, or a module-level Map, Set or WeakMap
 * that can still be written to, is state shared by every caller (a cache, a scratch buffer); constant data is
 * declared read-only so the compiler keeps it that way.
 */
import { readdirSync, readFileSync, statSync } from 'fs';
import { join, relative } from 'path';
import ts from 'typescript';

const ROOT = join(__dirname, '..', '..');
const COLLECTIONS = new Set(['Map', 'Set', 'WeakMap', 'WeakSet']);
const READ_ONLY_TYPES = /^Readonly(Map|Set)</;

function coreFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...coreFiles(full));
    else if (/\.ts$/.test(name) && !/\.test\.ts$/.test(name)) out.push(full);
  }
  return out;
}

/** What is wrong with one top-level declaration, or null. */
function mutableState(statement: ts.VariableStatement, source: ts.SourceFile): string[] {
  const problems: string[] = [];
  const constant = (statement.declarationList.flags & ts.NodeFlags.Const) !== 0;
  for (const d of statement.declarationList.declarations) {
    const name = d.name.getText(source);
    if (!constant) {
      problems.push(`${name} is a module-level variable`);
      continue;
    }
    const init = d.initializer;
    if (!init || !ts.isNewExpression(init) || !ts.isIdentifier(init.expression)) continue;
    const kind = init.expression.text;
    if (!COLLECTIONS.has(kind)) continue;
    if (kind.startsWith('Weak')) problems.push(`${name} is a module-level ${kind} (a cache shared by every call)`);
    else if (!d.type || !READ_ONLY_TYPES.test(d.type.getText(source)))
      problems.push(`${name} is a module-level ${kind} that can be written to (declare it Readonly${kind})`);
  }
  return problems;
}

describe('module state in src/core', () => {
  it('has no module-level variables, caches or writable collections: constant data only', () => {
    const offenders: string[] = [];
    for (const file of coreFiles(join(ROOT, 'src', 'core'))) {
      const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
      for (const statement of source.statements)
        if (ts.isVariableStatement(statement))
          for (const problem of mutableState(statement, source)) offenders.push(`${relative(ROOT, file)}: ${problem}`);
    }
    expect(offenders).toEqual([]);
  });
});
