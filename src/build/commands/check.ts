// Validates the selected office's content without building the site.
// Usage: npm run check [-- --format text|json|github] [-- --as-of 2024-03-31] [-- --since <revision>] [-- --translations]
//        (OFFICE=examples/nottinghamshire npm run check; AS_OF=2024-03-31 fixes the build date too)
//        --translations: the translation report of a bilingual office, what is not yet translated, instead of the problems
//        --since: the revision of the repository whose published entries are compared with the files as they are now, for
//        change notes (CHANGES_SINCE sets it too; the last commit when neither does)
import { checkOffice } from '../../domain/check/index.ts';
import { countBySeverity, formatSummary, formatText, sortProblems, type Problem } from '../../domain/check/problems.ts';
import { asOfDate } from '../../domain/as-of.ts';
import { deployment, officeDir } from '../../domain/deployment.ts';
import { commandOptions } from '../command-line.ts';
import { checkCache } from '../files-digest.ts';
import { interfaceStrings } from '../content-check.ts';
import { formatTranslationReport } from '../../domain/check/translations.ts';
import { historyProblems } from '../changes-since.ts';

const values = commandOptions(
  { format: { type: 'string', default: 'text' }, 'as-of': { type: 'string' }, since: { type: 'string' }, translations: { type: 'boolean', default: false } },
  'npm run check [-- --format text|json|github] [-- --as-of 2024-03-31] [-- --since <revision>] [-- --translations]',
);

function githubAnnotation(problem: Problem): string {
  const escape = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const property = (text: string) => escape(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
  return `::${problem.severity} file=${property(problem.file)},line=${problem.line},title=${property(problem.field || 'content check')}::${escape(problem.message)}`;
}

const dir = officeDir();
let asOf: string;
try {
  asOf = asOfDate({ AS_OF: values['as-of'] ?? process.env.AS_OF });
} catch (error) {
  console.error((error as Error).message);
  process.exit(2);
}
const { office, problems, filesChecked, translations } = checkOffice(dir, { asOf, cache: checkCache(deployment().cacheDir), strings: interfaceStrings() });
problems.push(...historyProblems(dir, office, { since: values.since ?? process.env.CHANGES_SINCE, asOf }));
const sorted = sortProblems(problems);
const counts = countBySeverity(problems);

if (values.translations) {
  if (values.format === 'json') console.log(JSON.stringify({ office: dir, errors: counts.error, ...translations }, null, 2));
  else console.log(formatTranslationReport(translations, counts.error));
  process.exit(counts.error > 0 ? 1 : 0);
}

switch (values.format) {
  case 'json':
    console.log(JSON.stringify({ office: dir, asOf, filesChecked, errors: counts.error, warnings: counts.warning, problems: sorted }, null, 2));
    break;
  case 'github':
    for (const problem of sorted) console.log(githubAnnotation(problem));
    console.log(formatSummary(problems, filesChecked));
    break;
  case 'text':
    console.log(formatText(problems, filesChecked));
    break;
  default:
    console.error(`Unknown --format "${values.format}": expected text, json or github.`);
    process.exit(2);
}
process.exit(counts.error > 0 ? 1 : 0);
