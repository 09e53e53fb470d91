// npm run check (commands/check.ts) as a function of its command line and environment: what it prints,
// and how it ends. The command writes the one and exits with the other.
import { checkOffice } from '../domain/check/index.ts';
import { countBySeverity, formatSummary, formatText, sortProblems, type Problem } from '../domain/check/problems.ts';
import { formatTranslationReport } from '../domain/check/translations.ts';
import { asOfDate } from '../domain/as-of.ts';
import { deployment, officeDir } from '../domain/deployment.ts';
import { historyProblems } from './changes-since.ts';
import { parseCommandLine } from './command-line.ts';
import { interfaceStrings } from './content-check.ts';
import { checkCache } from './files-digest.ts';

const OPTIONS = { format: { type: 'string', default: 'text' }, 'as-of': { type: 'string' }, since: { type: 'string' }, translations: { type: 'boolean', default: false } } as const;
const USAGE = 'npm run check [-- --format text|json|github] [-- --as-of 2024-03-31] [-- --since <revision>] [-- --translations]';

/** What the check printed on each stream, and its exit code: 0 passed, 1 found errors, 2 could not check as asked. */
export interface CheckOutcome {
  status: 0 | 1 | 2;
  stdout: string;
  stderr: string;
}

function githubAnnotation(problem: Problem): string {
  const escape = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const property = (text: string) => escape(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
  return `::${problem.severity} file=${property(problem.file)},line=${problem.line},title=${property(problem.field || 'content check')}::${escape(problem.message)}`;
}

/** Checks the office OFFICE names in `env`, as `args` (the command's options) ask. */
export function runCheck(args: string[], env: Record<string, string | undefined> = process.env): CheckOutcome {
  const refused = (message: string): CheckOutcome => ({ status: 2, stdout: '', stderr: `${message}\n` });
  const parsed = parseCommandLine(OPTIONS, USAGE, args);
  if ('usageError' in parsed) return refused(parsed.usageError);
  const { values } = parsed;
  if (!['text', 'json', 'github'].includes(values.format)) return refused(`Unknown --format "${values.format}": expected text, json or github.`);
  const dir = officeDir(env);
  let asOf: string;
  try {
    asOf = asOfDate({ AS_OF: values['as-of'] ?? env.AS_OF });
  } catch (error) {
    return refused((error as Error).message);
  }
  const { office, problems, filesChecked, translations } = checkOffice(dir, { asOf, cache: checkCache(deployment(env).cacheDir), strings: interfaceStrings() });
  problems.push(...historyProblems(dir, office, { since: values.since ?? env.CHANGES_SINCE, asOf }));
  const sorted = sortProblems(problems);
  const counts = countBySeverity(problems);
  const status = counts.error > 0 ? 1 : 0;
  const printed = (lines: string[]): CheckOutcome => ({ status, stdout: lines.map((line) => `${line}\n`).join(''), stderr: '' });

  if (values.translations) {
    return printed([values.format === 'json' ? JSON.stringify({ office: dir, errors: counts.error, ...translations }, null, 2) : formatTranslationReport(translations, counts.error)]);
  }
  switch (values.format) {
    case 'json':
      return printed([JSON.stringify({ office: dir, asOf, filesChecked, errors: counts.error, warnings: counts.warning, problems: sorted }, null, 2)]);
    case 'github':
      return printed([...sorted.map(githubAnnotation), formatSummary(problems, filesChecked)]);
    default:
      return printed([formatText(problems, filesChecked)]);
  }
}
