import { mkdtempSync, rmSync, statSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readCheckCache } from '../../src/domain/check/index.ts';
import { sortProblems } from '../../src/domain/check/problems.ts';
import { TempOffice } from '../helpers/office.ts';

const AS_OF = '2025-03-31';
let office: TempOffice;
let work: string;
afterEach(() => {
  office.remove();
  rmSync(work, { recursive: true, force: true });
});

function setUp() {
  office = new TempOffice();
  work = mkdtempSync(join(tmpdir(), 'check-cache-'));
  // Files as an editor leaves them: written long enough ago for their state on disk to vouch for their text.
  const anHourAgo = new Date(Date.now() - 3_600_000);
  for (const path of ['decisions/2020-41.md', 'plans/police-crime-and-community-safety-plan-2022-24.md']) utimesSync(join(office.dir, path), anHourAgo, anHourAgo);
  return { file: join(work, 'check.json'), codeDigest: 'the code' };
}

const report = (result: ReturnType<TempOffice['check']>) => sortProblems(result.problems);

describe('the check with its findings kept from the last run', () => {
  it('reports what a check without them reports, before and after an edit', () => {
    const cache = setUp();
    expect(report(office.check({ asOf: AS_OF, cache }))).toEqual(report(office.check({ asOf: AS_OF })));
    office.edit('decisions/2020-41.md', /^outcome: .*$/m, 'outcome: aproved');
    const edited = report(office.check({ asOf: AS_OF, cache }));
    expect(edited.map((problem) => problem.field)).toContain('outcome');
    expect(edited).toEqual(report(office.check({ asOf: AS_OF })));
  });

  it('leaves its findings as they were when no file has changed', () => {
    const cache = setUp();
    office.check({ asOf: AS_OF, cache });
    // A whole second: file times keep no finer fractions exactly.
    const anHourAgo = new Date(Math.floor(Date.now() / 1000) * 1000 - 3_600_000);
    utimesSync(cache.file, anHourAgo, anHourAgo);
    office.check({ asOf: AS_OF, cache });
    expect(statSync(cache.file).mtimeMs).toBe(anHourAgo.getTime());
  });

  it('takes the findings read ahead of the check (npm run watch reads them between edits) as those of the file', () => {
    const cache = setUp();
    office.check({ asOf: AS_OF, cache });
    const kept = readCheckCache(cache.file)!;
    rmSync(cache.file);
    // A finding only the findings read ahead hold, for a file that has not changed since: it is not checked again.
    const plan = Object.keys(kept.files).find((path) => path.includes('plans/'))!;
    kept.files[plan]!.problems.push({ severity: 'warning', file: plan, line: 1, field: 'title', message: 'kept from the last check', rule: 'schema' });
    office.edit('decisions/2020-41.md', /^outcome: .*$/m, 'outcome: aproved');
    const edited = report(office.check({ asOf: AS_OF, cache: { ...cache, kept } }));
    expect(edited.map((problem) => problem.message)).toContain('kept from the last check');
    expect(edited.filter((problem) => problem.file !== plan)).toEqual(report(office.check({ asOf: AS_OF })).filter((problem) => problem.file !== plan));
    expect(edited.map((problem) => problem.field)).toContain('outcome');
  });

  it('checks every file again for another build date, office configuration or version of the code', () => {
    const cache = setUp();
    office.check({ asOf: AS_OF, cache });
    // A notice dated after the next build date is in the future only for that date's check.
    office.edit('decisions/2020-41.md', /^date: .*$/m, 'date: 2025-03-30');
    const anHourAgo = new Date(Date.now() - 3_600_000);
    utimesSync(join(office.dir, 'decisions/2020-41.md'), anHourAgo, anHourAgo);
    office.check({ asOf: AS_OF, cache });
    const earlier = report(office.check({ asOf: '2025-03-01', cache }));
    expect(earlier).toEqual(report(office.check({ asOf: '2025-03-01' })));
    expect(earlier.some((problem) => problem.field === 'date')).toBe(true);
    expect(report(office.check({ asOf: AS_OF, cache: { ...cache, codeDigest: 'other code' } }))).toEqual(report(office.check({ asOf: AS_OF })));
  });
});

describe("the papers entries link to, with the check's findings kept", () => {
  it('are taken from the findings of an entry that has not changed, and checked against the files folder as it is now', () => {
    office = new TempOffice('tests/fixtures/offices/exampleshire');
    work = mkdtempSync(join(tmpdir(), 'check-cache-'));
    const cache = { file: join(work, 'check.json'), codeDigest: 'the code' };
    const notice = 'decisions/code-of-corporate-governance.md';
    office.write(notice, `${office.read(notice)}\nThe [minutes](/files/minutes.pdf) follow.\n`);
    const anHourAgo = new Date(Date.now() - 3_600_000);
    utimesSync(join(office.dir, notice), anHourAgo, anHourAgo);
    const first = report(office.check({ asOf: AS_OF, cache }));
    expect(first.filter((problem) => problem.rule === 'document').map((problem) => problem.field)).toContain('body');
    expect(first).toEqual(report(office.check({ asOf: AS_OF })));

    // The entry is unchanged, its paper gone: the check finds it from the links it kept.
    rmSync(join(office.dir, 'files/code-of-corporate-governance.pdf'));
    const kept = readCheckCache(cache.file)!;
    const path = Object.keys(kept.files).find((file) => file.endsWith(notice))!;
    kept.files[path]!.links!.push({ value: 'files/kept-link.pdf', at: { line: 1 }, pages: false });
    const after = report(office.check({ asOf: AS_OF, cache: { ...cache, kept } }));
    const missing = (problems: typeof after) => problems.filter((problem) => problem.rule === 'document' && problem.message.startsWith('there is no file')).map((problem) => problem.message.split(' in ')[0]);
    expect(missing(after)).toEqual(expect.arrayContaining(['there is no file files/code-of-corporate-governance.pdf', 'there is no file files/minutes.pdf', 'there is no file files/kept-link.pdf']));
    expect(after.filter((problem) => !problem.message.includes('kept-link'))).toEqual(report(office.check({ asOf: AS_OF })));
  });
});
