import { afterEach, describe, expect, it } from 'vitest';
import type { Problem } from '../../src/domain/check/problems.ts';
import { TempOffice } from '../helpers/office.ts';

const EXAMPLESHIRE = 'tests/fixtures/offices/exampleshire';
const AS_OF = '2025-03-31';
const GRANT = 'decisions/2013-14-003.md';
let office: TempOffice;
afterEach(() => office?.remove());

function notice(fields: Record<string, unknown>): string {
  const lines = Object.entries({ numbered: false, decisionMaker: 'pcc', ...fields }).map(([key, value]) => `${key}: ${JSON.stringify(value)}`);
  return `---\n${lines.join('\n')}\n---\n`;
}

const about = (o: TempOffice, rule: string) => o.check({ asOf: AS_OF }).problems.filter((problem) => problem.rule === rule);
const where = (problem: Problem) => `${problem.file.split('/').slice(-2).join('/')}:${problem.line} ${problem.field} ${problem.severity}`;

describe('the sentence of what was decided', () => {
  it('is asked of a published notice from this financial year or the last (an error), and of older ones and drafts (a warning)', () => {
    office = new TempOffice(EXAMPLESHIRE);
    office.write('decisions/this-year.md', notice({ title: 'This year', date: '2024-06-01' }));
    office.write('decisions/last-year.md', notice({ title: 'Last year', date: '2023-04' }));
    office.write('decisions/older.md', notice({ title: 'Older', date: '2023-03-31' }));
    office.write('decisions/draft.md', notice({ title: 'Draft', date: '2024-07-01', status: 'draft' }));
    office.write('decisions/written.md', notice({ title: 'Written', decided: 'Agreed to keep the advice line open.', date: '2024-08-01' }));
    const found = about(office, 'decided');
    expect(found.map(where).sort()).toEqual([
      'decisions/draft.md:4 decided warning',
      'decisions/last-year.md:4 decided error',
      'decisions/older.md:4 decided warning',
      'decisions/this-year.md:4 decided error',
    ]);
    expect(found.find((p) => p.file.endsWith('this-year.md'))!.message).toBe(
      'expected decided: one plain sentence of what was decided, which lists of decisions and the top of its page show; found none on a notice dated 2024-06-01, in 2023/24 or later',
    );
    expect(found.find((p) => p.file.endsWith('older.md'))!.message).toMatch(/found none on an older notice \(2023-03-31\)$/);
  });

  it('reports its absence on the title line of the file, where the sentence belongs', () => {
    office = new TempOffice(EXAMPLESHIRE).edit(GRANT, /^decided: .*\r\n/m, '');
    const [problem, ...rest] = about(office, 'decided');
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ file: expect.stringMatching(/decisions\/2013-14-003\.md$/), field: 'decided', severity: 'warning' });
    expect(problem!.line).toBe(office.read(GRANT).split('\r\n').findIndex((line) => line.startsWith('title:')) + 1);
  });
});

describe("the options an approver's certificate selects", () => {
  it('accepts the letters of options its statement offers', () => {
    office = new TempOffice(EXAMPLESHIRE);
    expect(about(office, 'selected-option')).toEqual([]);
  });

  it('refuses a letter the statement does not offer, naming the options it does', () => {
    office = new TempOffice(EXAMPLESHIRE).edit(GRANT, 'selected: [b]', 'selected: [b, e]');
    const [problem, ...rest] = about(office, 'selected-option');
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ field: 'approvals.0.selected.1', severity: 'error', message: `expected one of the statement's options, a, b, c, d; found "e"` });
    expect(problem!.line).toBe(office.read(GRANT).split('\r\n').findIndex((line) => line.includes('selected:')) + 1);
  });

  it('refuses a selection from a statement without lettered options', () => {
    office = new TempOffice(EXAMPLESHIRE).edit(GRANT, /I certify that:[\s\S]*?selected: \[b\]/, 'The costs can be met from existing budgets.\r\n    selected: [b]');
    expect(about(office, 'selected-option').map((p) => p.message)).toEqual([
      'expected a statement with lettered options ("a) …" on a line of its own) to select from; found "b"',
    ]);
  });
});
