import { readdirSync, readFileSync, statSync } from 'fs';
import { join, relative } from 'path';

const ROOT = join(__dirname, '..', '..');

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...sourceFiles(full));
    else if (/\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name)) out.push(full);
  }
  return out;
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const found: string[] = [];
  for (const m of text.matchAll(/(?:from\s+|require\(\s*|import\(\s*)['"]([^'"]+)['"]/g)) found.push(m[1]);
  return found;
}

describe('architecture', () => {
  it('keeps src/core free of Office, React, DOM, Node built-ins and file libraries', () => {
    const forbidden =
      /^(fs|path|os|child_process|node:.*|react|react-dom.*|@fluentui\/.*|exceljs|hyperformula|@microsoft\/office-js)$/;
    const offenders: string[] = [];
    for (const file of sourceFiles(join(ROOT, 'src', 'core'))) {
      for (const spec of importsOf(file))
        if (forbidden.test(spec)) offenders.push(`${relative(ROOT, file)} imports ${spec}`);
      const text = readFileSync(file, 'utf8');
      if (/\b(Excel\.run|Office\.context|document\.|window\.)/.test(text))
        offenders.push(`${relative(ROOT, file)} touches Office or the DOM`);
    }
    expect(offenders).toEqual([]);
  });

  it('keeps HyperFormula (GPLv3) out of the task pane, functions and commands sources', () => {
    const offenders: string[] = [];
    for (const area of ['taskpane', 'functions', 'commands']) {
      for (const file of sourceFiles(join(ROOT, 'src', area))) {
        for (const spec of importsOf(file)) {
          if (/hyperformula|host\/memory|playground/.test(spec))
            offenders.push(`${relative(ROOT, file)} imports ${spec}`);
        }
      }
    }
    expect(offenders).toEqual([]);
  });
});
