import { describe, expect, it } from 'vitest';
import { parseSourceFile } from '../../src/domain/content-files.ts';
import { changeNoteProblems, entryCollection, type ChangedEntry } from '../../src/domain/check/history.ts';

const OPTIONS = { translationCodes: ['cy'], asOf: '2025-03-31', comparedWith: 'the last commit' };

const PUBLISHED = `---
reference: "2013-14-001"
title: Budget monitoring arrangements
decided: "Set how the budget is monitored during the year."
date: 2013-05-01
decisionMaker: chief-finance-officer
changes:
  - date: 2014-01-10
    note: Added the monitoring timetable.
---
The budget is monitored every quarter, and the Panel is told of any overspend.
`;

/** An entry file's change from `before` to `after` (undefined: absent), as the git side hands it to the rule. */
function change(before: string | undefined, after: string | undefined, path = 'decisions/2013-14-001.md'): ChangedEntry {
  const parse = (text: string) => parseSourceFile('decisions', 'office/decisions', `office/${path}`, text);
  return {
    path,
    shownPath: `office/${path}`,
    ...(before !== undefined && { base: parse(before) }),
    ...(after !== undefined && { current: parse(after) }),
  };
}

const problemsOf = (before: string | undefined, after: string | undefined, path?: string) => changeNoteProblems([change(before, after, path)], OPTIONS);

const withNote = (text: string, note: string) => text.replace('---\nThe budget', `${note}---\nThe budget`);
const corrected = PUBLISHED.replace('every quarter', 'every month');

describe("the check's rule on change notes", () => {
  it('passes a change of substance with a new change note', () => {
    expect(problemsOf(PUBLISHED, withNote(corrected, '  - date: 2025-03-01\n    note: Corrected how often the budget is monitored.\n'))).toEqual([]);
  });

  it('fails a change of substance without a new change note, at the changes field, saying what is expected and what it found', () => {
    const problems = problemsOf(PUBLISHED, corrected);
    expect(problems).toHaveLength(1);
    const [problem] = problems;
    expect(problem).toMatchObject({ severity: 'error', file: 'office/decisions/2013-14-001.md', line: 7, field: 'changes', rule: 'change-notes' });
    expect(problem!.message).toMatch(/changed since the last commit/);
    expect(problem!.message).toMatch(/expected a new change note in changes, with the date and a note saying what changed, for the public \(like date: 2025-03-31/);
    expect(problem!.message).toMatch(/or minor: true/);
    expect(problem!.message).toMatch(/found none new \(the newest is dated 2014-01-10\)$/);
  });

  it('points at the end of the front matter of an entry with no change notes yet, and says it found none', () => {
    const before = PUBLISHED.replace(/changes:\n.*\n.*\n/, '');
    const [problem] = problemsOf(before, before.replace('every quarter', 'every month'));
    expect(problem).toMatchObject({ line: 7, field: 'changes' });
    expect(problem!.message).toMatch(/found no change notes$/);
  });

  it('fails a change to the data as well as to the text, and one that edits an old note instead of adding one', () => {
    expect(problemsOf(PUBLISHED, PUBLISHED.replace('2013-05-01', '2013-05-02'))).toHaveLength(1);
    expect(problemsOf(PUBLISHED, corrected.replace('Added the monitoring timetable.', 'Corrected the monitoring timetable.'))).toHaveLength(1);
  });

  it('passes a minor correction marked minor: true, with no note', () => {
    expect(problemsOf(PUBLISHED, withNote(PUBLISHED.replace('Panel', 'panel'), '  - date: 2025-03-01\n    minor: true\n'))).toEqual([]);
  });

  it('passes a change of formatting alone with no note: quoting, key order, line wrapping', () => {
    const reformatted = `---
decisionMaker: 'chief-finance-officer'
title: "Budget monitoring arrangements"
reference: 2013-14-001
decided: Set how the budget is monitored during the year.
date: "2013-05-01"
changes:
  - { date: 2014-01-10, note: "Added the monitoring timetable." }
---

The budget is monitored every quarter,
and the Panel is told of any overspend.
`;
    expect(problemsOf(PUBLISHED, reformatted)).toEqual([]);
  });

  it("passes a change to the note to editors alone, which is never published", () => {
    expect(problemsOf(PUBLISHED, PUBLISHED.replace('changes:', 'editorsNote: Checked against the signed copy.\nchanges:'))).toEqual([]);
  });

  it('passes any change to a draft, and a new entry', () => {
    const draft = PUBLISHED.replace('decisionMaker:', 'status: draft\ndecisionMaker:');
    expect(problemsOf(draft, draft.replace('every quarter', 'every month'))).toEqual([]);
    expect(problemsOf(draft, undefined)).toEqual([]);
    expect(problemsOf(undefined, corrected)).toEqual([]);
  });

  it('fails a published entry made a draft again, as that takes it off the site', () => {
    const [problem, ...others] = problemsOf(PUBLISHED, PUBLISHED.replace('decisionMaker:', 'status: draft\ndecisionMaker:'));
    expect(others).toEqual([]);
    expect(problem).toMatchObject({ severity: 'error', line: 6, field: 'status' });
    expect(problem!.message).toMatch(/found status: draft$/);
  });

  it('fails a published entry removed, on its old file, asking for a withdrawal', () => {
    const [problem, ...others] = problemsOf(PUBLISHED, undefined);
    expect(others).toEqual([]);
    expect(problem).toMatchObject({ severity: 'error', file: 'office/decisions/2013-14-001.md', line: 1, field: 'withdrawn', rule: 'change-notes' });
    expect(problem!.message).toMatch(/expected the entry kept and withdrawn/);
    expect(problem!.message).toMatch(/found the file removed\. .*withdrawn: \{date: 2025-03-31, reason: "…"\}/);
  });

  it('fails a published entry renamed, naming its new file', () => {
    const [problem] = changeNoteProblems([{ ...change(PUBLISHED, undefined), renamedTo: 'office/decisions/2013-14-009.md' }], OPTIONS);
    expect(problem).toMatchObject({ file: 'office/decisions/2013-14-001.md', field: 'withdrawn' });
    expect(problem!.message).toMatch(/found the file renamed to office\/decisions\/2013-14-009\.md/);
  });

  it('passes a withdrawal with no change note, whatever else changed with it', () => {
    expect(problemsOf(PUBLISHED, withNote(corrected, 'withdrawn:\n  date: 2025-03-01\n  reason: Replaced by decision 2014-15-002.\n'))).toEqual([]);
  });

  it('asks for a note for a change to an entry withdrawn before', () => {
    const withdrawn = withNote(PUBLISHED, 'withdrawn:\n  date: 2025-03-01\n  reason: Replaced by decision 2014-15-002.\n');
    expect(problemsOf(withdrawn, withdrawn.replace('every quarter', 'every month'))).toHaveLength(1);
  });

  it('warns of a new change note dated after the build date, and not of the older ones', () => {
    const problems = problemsOf(PUBLISHED, withNote(corrected, '  - date: 2025-04-02\n    note: Corrected how often the budget is monitored.\n'));
    expect(problems).toEqual([expect.objectContaining({ severity: 'warning', line: 10, field: 'changes.1.date' })]);
    expect(problemsOf(PUBLISHED, withNote(corrected, '  - date: 2025-03\n    note: Corrected how often the budget is monitored.\n'))).toEqual([]);
  });

  it('leaves out translations, the office configuration, files that are no entries, and versions that cannot be read', () => {
    expect(problemsOf(PUBLISHED, undefined, 'decisions/2013-14-001.cy.md')).toEqual([]);
    expect(problemsOf(PUBLISHED, undefined, 'office.json')).toEqual([]);
    expect(problemsOf(PUBLISHED, undefined, 'spending/2013-11.csv')).toEqual([]);
    expect(problemsOf(PUBLISHED, '---\ntitle: [unclosed\n---\n')).toEqual([]);
    expect(problemsOf('---\ntitle: [unclosed\n---\n', undefined)).toEqual([]);
  });
});

describe('entry files by their path in the office folder', () => {
  it("are a collection's Markdown files, in its folder or below, but not its translations", () => {
    expect(entryCollection('decisions/2013-14-001.md', ['cy'])).toBe('decisions');
    expect(entryCollection('decisions/2013/001.mdx', ['cy'])).toBe('decisions');
    expect(entryCollection('decisions/2013-14-001.cy.md', ['cy'])).toBeUndefined();
    // A Welsh office's English is the translation.
    expect(entryCollection('decisions/2013-14-001.cy.md', ['en'])).toBe('decisions');
    expect(entryCollection('decisions/.2013-14-001.md.swp', ['cy'])).toBeUndefined();
    expect(entryCollection('files/report.md', ['cy'])).toBeUndefined();
    expect(entryCollection('README.md', ['cy'])).toBeUndefined();
  });
});

describe("the check's warning of a decision's page that moves", () => {
  // Numbers that restart each financial year, as Exampleshire's do: an address is the year and the number.
  const numbering = { decisionReference: { pattern: '^\\d{4}-\\d{2}-\\d{3}$', example: '2013-14-001', restarts: 'financial-year' as const }, financialYearStart: { month: 4, day: 1 } };
  const unnumbered = PUBLISHED.replace('reference: "2013-14-001"\n', 'numbered: false\n');
  const noted = (text: string) => withNote(text, '  - date: 2025-03-01\n    note: Corrected the notice.\n');
  const moves = (before: string, after: string, withNumbering = true) =>
    changeNoteProblems([change(before, after)], { ...OPTIONS, ...(withNumbering && { numbering }) }).filter((problem) => problem.rule === 'moved-page');

  it('names the old address and the new, at the field that moved it, when a notice without a number has its title corrected', () => {
    const retitled = noted(unnumbered.replace('title: Budget monitoring arrangements', 'title: Budget monitoring arrangement'));
    const [problem, ...more] = moves(unnumbered, retitled);
    expect(more).toEqual([]);
    expect(problem).toMatchObject({ severity: 'warning', file: 'office/decisions/2013-14-001.md', line: 3, field: 'title' });
    expect(problem!.message).toBe(
      "this change moves the notice's page from /decisions/2013-05-01-budget-monitoring-arrangements/ to /decisions/2013-05-01-budget-monitoring-arrangement/, as its address is made from its date and title: links to the old address, published at the last commit, will stop working. Keep the title as published unless the correction is needed",
    );
  });

  it("warns when a numbered notice's reference changes, or its date moves it to another year of numbers, and not for a title", () => {
    expect(moves(PUBLISHED, noted(PUBLISHED.replace('reference: "2013-14-001"', 'reference: "2013-14-002"')))).toEqual([expect.objectContaining({ field: 'reference', message: expect.stringContaining('as its address is made from its reference and the year of its date') })]);
    expect(moves(PUBLISHED, noted(PUBLISHED.replace('date: 2013-05-01', 'date: 2014-05-01')))).toEqual([expect.objectContaining({ field: 'date' })]);
    expect(moves(PUBLISHED, noted(PUBLISHED.replace('title: Budget monitoring arrangements', 'title: Budget monitoring')))).toEqual([]);
  });

  it('looks for no move where the numbering is not known (office.json could not be read), or a field is not valid', () => {
    expect(moves(PUBLISHED, noted(PUBLISHED.replace('reference: "2013-14-001"', 'reference: "2013-14-002"')), false)).toEqual([]);
    expect(moves(PUBLISHED, noted(PUBLISHED.replace('date: 2013-05-01', 'date: 1st May 2013')))).toEqual([]);
  });
});
