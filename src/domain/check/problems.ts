export type Severity = 'error' | 'warning';

/** One thing wrong with the content, said so that an editor can find it and fix it. */
export interface Problem {
  severity: Severity;
  file: string;
  line: number;
  /** The field, written as an editor would find it in the file: "mtfp.0.table.rows.3.values". */
  field: string;
  message: string;
  rule: string;
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

/** Every problem, grouped by file (a blank line between files), then the summary line. */
export function formatText(problems: Problem[], filesChecked: number): string {
  const lines: string[] = [];
  let currentFile = '';
  for (const problem of sortProblems(problems)) {
    if (currentFile && problem.file !== currentFile) lines.push('');
    currentFile = problem.file;
    lines.push(formatProblem(problem));
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
