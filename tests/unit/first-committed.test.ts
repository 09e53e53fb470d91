import { describe, expect, it } from 'vitest';
import { firstCommitted } from '../../src/build/git-history.ts';

const commit = (date: string, ...changes: string[]) => [`\u0001${date}`, '', ...changes].join('\n');

describe("a file's first commit, from the repository's log (oldest commit first)", () => {
  it('dates each file of the office by the commit that added it, whatever came after', () => {
    const log = [commit('2024-01-05', 'A\toffice/decisions/a.md', 'A\toffice/office.json'), commit('2024-02-01', 'A\toffice/decisions/b.md')].join('\n');
    expect(firstCommitted(log, 'office/')).toEqual({ 'decisions/a.md': '2024-01-05', 'decisions/b.md': '2024-02-01', 'office.json': '2024-01-05' });
  });

  it('follows a file through a rename, keeping the date it was first added', () => {
    const log = [commit('2023-06-30', 'A\toffice/decisions/old-name.md'), commit('2024-03-01', 'R087\toffice/decisions/old-name.md\toffice/decisions/new-name.md')].join('\n');
    expect(firstCommitted(log, 'office/')).toEqual({ 'decisions/new-name.md': '2023-06-30' });
  });

  it('forgets a deleted file, and dates one added again under its old name from its new addition', () => {
    const log = [commit('2022-01-01', 'A\toffice/pages/about.md'), commit('2022-05-01', 'D\toffice/pages/about.md'), commit('2023-09-09', 'A\toffice/pages/about.md')].join('\n');
    expect(firstCommitted(log, 'office/')).toEqual({ 'pages/about.md': '2023-09-09' });
  });

  it('leaves out files outside the office folder, and takes the whole repository when the office is its root', () => {
    const log = commit('2025-04-04', 'A\tREADME.md', 'A\toffice/plans/plan.md');
    expect(firstCommitted(log, 'office/')).toEqual({ 'plans/plan.md': '2025-04-04' });
    expect(firstCommitted(log, '')).toEqual({ 'README.md': '2025-04-04', 'office/plans/plan.md': '2025-04-04' });
  });
});
