/**
 * Finds every Office.js member the Office adapter and the ribbon commands reach, with the
 * TypeScript checker: a member of one of the adapter's structural types (`officeApi.ts`) counts as
 * the Office.js member it stands for (`OFFICE_TYPE_NAMES`), and a member of the real `Office` and
 * `Excel` globals counts as itself. Also reads the requirement set @types/office-js gives each one.
 */
import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import * as ts from 'typescript';
import { OFFICE_TYPE_NAMES } from '../../../src/host/office/officeApi';

export const ROOT = join(__dirname, '..', '..', '..');
const OFFICE_API_FILE = join(ROOT, 'src/host/office/officeApi.ts');
const OFFICE_TYPES_FILE = join(ROOT, 'node_modules/@types/office-js/index.d.ts');
/** Our own wrapper type, not an Office.js one. */
const OWN_TYPES = new Set(['OfficeHost']);

/** The adapter's and the commands' source files (tests excluded). */
export function scannedFiles(): string[] {
  const list = (dir: string): string[] =>
    readdirSync(join(ROOT, dir))
      .filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f))
      .map((f) => join(ROOT, dir, f));
  return [...list('src/host/office'), ...list('src/commands')];
}

export interface ApiUse {
  /** `Excel.Table.resize`, `Office.Addin.showAsTaskpane`. */
  readonly api: string;
  /** `officeWorkbook.ts:231`, the first place it is used. */
  readonly where: string;
}

function officeTypeName(name: string): string | undefined {
  return (OFFICE_TYPE_NAMES as Record<string, string>)[name];
}

/** The Office.js name of a member declared in `officeApi.ts` or in @types/office-js, else undefined. */
function apiNameOf(symbol: ts.Symbol, checker: ts.TypeChecker, problems: string[]): string | undefined {
  const declaration = symbol.declarations?.[0];
  if (!declaration) return undefined;
  const file = declaration.getSourceFile().fileName;
  if (file === OFFICE_API_FILE.replace(/\\/g, '/') || file === OFFICE_API_FILE) {
    const owner = declaration.parent;
    if (!ts.isInterfaceDeclaration(owner)) return undefined; // a member of a plain data value (a rule, an error)
    const name = owner.name.text;
    if (OWN_TYPES.has(name)) return undefined;
    const mapped = officeTypeName(name);
    if (!mapped) {
      problems.push(`${name} in officeApi.ts has no entry in OFFICE_TYPE_NAMES`);
      return undefined;
    }
    return `${mapped}.${symbol.name}`;
  }
  if (file.includes('@types/office-js')) {
    const full = checker.getFullyQualifiedName(symbol);
    return full.startsWith('Office.') || full.startsWith('Excel.') ? full : undefined;
  }
  return undefined;
}

/** Every Office.js member reached from the scanned files, and problems found on the way. */
export function scanOfficeApiUses(): { uses: ApiUse[]; problems: string[] } {
  const files = scannedFiles();
  const config = ts.readConfigFile(join(ROOT, 'tsconfig.json'), ts.sys.readFile);
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, ROOT);
  const program = ts.createProgram(files, { ...parsed.options, noEmit: true });
  const checker = program.getTypeChecker();
  const found = new Map<string, string>();
  const problems: string[] = [];
  for (const file of files) {
    const source = program.getSourceFile(file);
    if (!source) throw new Error(`TypeScript did not load ${file}`);
    const visit = (node: ts.Node): void => {
      if (ts.isPropertyAccessExpression(node)) {
        const symbol = checker.getSymbolAtLocation(node.name);
        const api = symbol ? apiNameOf(symbol, checker, problems) : undefined;
        if (api && !found.has(api)) {
          const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
          found.set(api, `${file.slice(file.lastIndexOf('/') + 1)}:${line}`);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return {
    uses: [...found].map(([api, where]) => ({ api, where })).sort((a, b) => a.api.localeCompare(b.api)),
    problems,
  };
}

export interface DeclaredRequirement {
  readonly set: string;
  readonly version: string;
}

let typeIndex: Map<string, ts.Node> | null = null;

/** Classes, interfaces, functions and their members in @types/office-js, by qualified name. */
function officeTypeIndex(): Map<string, ts.Node> {
  if (typeIndex) return typeIndex;
  const source = ts.createSourceFile(
    'office.d.ts',
    readFileSync(OFFICE_TYPES_FILE, 'utf8'),
    ts.ScriptTarget.Latest,
    true,
  );
  const index = new Map<string, ts.Node>();
  const walk = (node: ts.Node, prefix: string): void => {
    if (ts.isModuleDeclaration(node) && node.body && ts.isModuleBlock(node.body)) {
      const name = `${prefix}${node.name.getText()}`;
      node.body.statements.forEach((s) => walk(s, `${name}.`));
      return;
    }
    if ((ts.isClassDeclaration(node) || ts.isInterfaceDeclaration(node)) && node.name) {
      const name = `${prefix}${node.name.text}`;
      if (!index.has(name)) index.set(name, node);
      for (const member of node.members) {
        if (member.name && (ts.isIdentifier(member.name) || ts.isStringLiteral(member.name))) {
          const key = `${name}.${member.name.text}`;
          if (!index.has(key)) index.set(key, member);
        }
      }
      return;
    }
    if (ts.isFunctionDeclaration(node) && node.name) {
      const key = `${prefix}${node.name.text}`;
      if (!index.has(key)) index.set(key, node);
      return;
    }
    if (ts.isVariableStatement(node)) {
      for (const d of node.declarationList.declarations)
        if (ts.isIdentifier(d.name) && !index.has(`${prefix}${d.name.text}`))
          index.set(`${prefix}${d.name.text}`, node);
    }
  };
  source.statements.forEach((s) => walk(s, ''));
  typeIndex = index;
  return index;
}

/** The requirement set named in a declaration's doc comment, `null` for "Not in a set", else undefined. */
function requirementIn(node: ts.Node): DeclaredRequirement | null | undefined {
  const docs = ts.getJSDocCommentsAndTags(node).map((d) => d.getText());
  const text = docs.join('\n');
  const apiSet = /\[Api set: (\w+) ([\d.]+)\]/.exec(text);
  if (apiSet) return { set: apiSet[1], version: apiSet[2] };
  const linked = /\*\*Requirement set\*\*: \{@link [^|}]*\| ([^}]+)\}/.exec(text);
  if (!linked) return undefined;
  if (/Not in a set/i.test(linked[1])) return null;
  // "All of these API requirement sets are version 1.1, unless otherwise specified" (Office common API sets).
  const [set, version = '1.1'] = linked[1].trim().split(/\s+/);
  return { set, version };
}

/**
 * What @types/office-js says an API needs: the member's own annotation, else its class's, else
 * (for the original Excel API, which carries none) ExcelApi 1.1; `null` when it is in no set.
 */
export function typesRequirement(api: string): DeclaredRequirement | null {
  const index = officeTypeIndex();
  const owner = api.slice(0, api.lastIndexOf('.'));
  const member = index.get(api);
  const own = member ? requirementIn(member) : undefined;
  if (own !== undefined) return own;
  const ownerNode = index.get(owner);
  const inherited = ownerNode ? requirementIn(ownerNode) : undefined;
  if (inherited !== undefined) return inherited;
  if (!member && !ownerNode) throw new Error(`@types/office-js declares no ${api}`);
  return api.startsWith('Excel.') ? { set: 'ExcelApi', version: '1.1' } : null;
}
