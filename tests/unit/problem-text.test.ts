import { describe, expect, it } from 'vitest';
import { formatText, type Problem } from '../../src/domain/check/problems.ts';

const guidance = (file: string, line: number, field: string): Problem => ({
  severity: 'warning', file, line, field, rule: 'template-text', group: 'new-entry-guidance',
  message: `the guidance "Write the ${field} here." from a new entry is still there: replace it with the real content`,
});
const missing = (id: string, severity: Problem['severity'] = 'warning'): Problem => ({
  severity, file: 'content/office.json', line: 1, field: `register.${id}`, rule: 'register', group: 'missing-duty',
  message: `nothing published meets paragraph ${id} (A duty): at least once a year`,
});

describe("the check's text output", () => {
  it("gives a file's many problems of one group on one line, with each field and line, where the first would be", () => {
    const text = formatText([guidance('content/plans/new.md', 14, 'summary'), guidance('content/plans/new.md', 2, 'title'), guidance('content/plans/new.md', 26, 'body')], 1);
    expect(text.split('\n')).toEqual([
      'content/plans/new.md:2  title, summary, body  warning: the guidance from a new entry is still in these 3 fields (lines 2, 14, 26): replace it with the real content',
      '',
      '0 errors, 3 warnings, 1 file checked',
    ]);
  });

  it('names each duty nothing published meets, on one line, and counts every problem in the summary', () => {
    const text = formatText([missing('3f'), missing('1a'), missing('7C')], 1);
    expect(text).toContain('content/office.json:1  register  warning: nothing published meets 3 paragraphs of the Specified Information Order: 1a, 3f, 7C.');
    expect(text).toMatch(/3 warnings, 1 file checked$/);
  });

  it('keeps each problem on a line of its own when a file has fewer than three of a group, or they differ in severity, file or group, or are errors', () => {
    const asError = (problem: Problem): Problem => ({ ...problem, severity: 'error' });
    const problems = [
      ...['title', 'summary', 'body'].map((field, index) => asError(guidance('content/decisions/1-2026.md', index + 2, field))),
      guidance('content/plans/a.md', 2, 'title'), guidance('content/plans/a.md', 9, 'body'),
      guidance('content/plans/b.md', 2, 'title'),
      missing('1a'), missing('3f'), missing('7C', 'error'),
      { ...guidance('content/plans/a.md', 5, 'summary'), group: undefined, rule: 'template-text' },
    ];
    const lines = formatText(problems, 3).split('\n').filter((line) => line.includes('  '));
    expect(lines).toHaveLength(problems.length);
    for (const problem of problems) expect(lines.some((line) => line.startsWith(`${problem.file}:${problem.line}  ${problem.field}  `))).toBe(true);
  });
});
