export type Severity = 'error' | 'warning';

/**
 * Warnings of one kind that a new office has many of at once, which the text output gives on one line
 * a file: the guidance a new entry is written with, and the duties nothing published meets yet. Errors
 * are always given one a line, as each stops the build.
 */
export type ProblemGroup = 'new-entry-guidance' | 'missing-duty';

/** One thing wrong with the content, said so that an editor can find it and fix it. */
export interface Problem {
  severity: Severity;
  file: string;
  line: number;
  /** The field, written as an editor would find it in the file: "mtfp.0.table.rows.3.values". */
  field: string;
  message: string;
  rule: string;
  /** Given when the text output may give this problem on one line with others of its group in the same file. */
  group?: ProblemGroup;
}

export function countBySeverity(problems: Problem[]): Record<Severity, number> {
  return {
    error: problems.filter((p) => p.severity === 'error').length,
    warning: problems.filter((p) => p.severity === 'warning').length,
  };
}

/** Groups by file and orders by line, the order an editor reads them in. */
export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.field.localeCompare(b.field));
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** One problem on one line: `content/decisions/2020-41.md:7  date  expected a date like 2020-11-09, found "9th Nov 2020"`. */
export function formatProblem(problem: Problem): string {
  const label = problem.severity === 'warning' ? 'warning: ' : '';
  return `${problem.file}:${problem.line}  ${problem.field || '(file)'}  ${label}${problem.message}`;
}

/** From how many problems of one group in one file the text output gives them on one line. */
const GROUPED_FROM = 3;

/** The line for the problems of a group in one file: its fields, and one message for them all. */
const groupedLine: Record<ProblemGroup, (problems: Problem[]) => Pick<Problem, 'field' | 'message'>> = {
  'new-entry-guidance': (problems) => ({
    field: problems.map((problem) => problem.field).join(', '),
    message: `the guidance from a new entry is still in these ${problems.length} fields (lines ${problems.map((problem) => problem.line).join(', ')}): replace it with the real content`,
  }),
  'missing-duty': (problems) => ({
    field: 'register',
    message: `nothing published meets ${problems.length} paragraphs of the Specified Information Order: ${problems.map((problem) => problem.field.replace(/^register\./, '')).join(', ')}. The register of what the office must publish (/transparency/ on the site) gives what each needs, and when`,
  }),
};

/**
 * Every problem, grouped by file (a blank line between files), then the summary line. Many warnings of
 * one group in a file (see ProblemGroup) are given on one line, where the first of them would be.
 */
export function formatText(problems: Problem[], filesChecked: number): string {
  const sorted = sortProblems(problems);
  const groupKey = (problem: Problem) => `${problem.file}\0${problem.severity}\0${problem.group}`;
  const groups = Map.groupBy(sorted.filter((problem) => problem.group && problem.severity === 'warning'), groupKey);
  const lines: string[] = [];
  let currentFile = '';
  for (const problem of sorted) {
    const group = groups.get(groupKey(problem)) ?? [];
    if (group.length >= GROUPED_FROM && group[0] !== problem) continue;
    if (currentFile && problem.file !== currentFile) lines.push('');
    currentFile = problem.file;
    lines.push(formatProblem(group.length >= GROUPED_FROM ? { ...problem, ...groupedLine[problem.group!](group) } : problem));
  }
  if (lines.length) lines.push('');
  lines.push(formatSummary(problems, filesChecked));
  return lines.join('\n');
}

/** The closing line of every check: "2 errors, 1 warning, 71 files checked". */
export function formatSummary(problems: Problem[], filesChecked: number): string {
  const counts = countBySeverity(problems);
  return `${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${plural(filesChecked, 'file')} checked`;
}
