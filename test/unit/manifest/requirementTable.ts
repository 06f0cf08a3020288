/**
 * The README's requirement-set table, rendered from requirementSets.ts.
 * `npx tsx test/unit/manifest/requirementTable.ts` prints it.
 */
import { API_REQUIREMENTS, isCoveredByManifest, type ApiRequirement } from '../../../src/host/office/requirementSets';

export function requirementTable(entries: readonly ApiRequirement[]): string {
  const rows = entries.map(({ api, requirement }) => {
    const set = requirement ? `${requirement.set} ${requirement.version}` : 'none (every host)';
    const note = isCoveredByManifest(requirement) ? '' : 'only after `isSetSupported`';
    return `| \`${api}\` | ${set} | ${note} |`;
  });
  return ['| API | requirement set | guard |', '|---|---|---|', ...rows].join('\n');
}

if (require.main === module) process.stdout.write(`${requirementTable(API_REQUIREMENTS)}\n`);
