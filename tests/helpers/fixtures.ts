import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { TempOffice } from './office.ts';

/** Fixtures are checked against a fixed build date, so "in the future" means the same thing every year. */
export const FIXTURE_AS_OF = '2025-03-31';
export const FIXTURES_DIR = 'tests/fixtures/bad';

/**
 * A fixture is one bad content file. Comment lines at the top of its front matter say where it
 * goes in a copy of the Norfolk office and exactly what the check must say:
 *
 *   # path: budgets/2021-22.md            (optional; default <collection>/<file name>)
 *   # expect: error 7 date: expected a date like 2020-11-09, found "9th Nov 2020"
 *   # expect: error @commissioning/annex-f-2016.md:12 themes.0.total: ...   (a problem in another file)
 *
 * Office configuration fixtures (office/*.json) replace office.json; their expectations are in a
 * sidecar file of the same name ending .expect.
 */
export interface Fixture {
  file: string;
  target: string;
  expected: string[];
}

export function readFixtures(dir = FIXTURES_DIR): Fixture[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.(md|mdx|json)$/.test(name))
    .sort()
    .map((name) => readFixture(join(dir, name)));
}

export function readFixture(file: string): Fixture {
  const text = readFileSync(file, 'utf8');
  const isOffice = file.endsWith('.json');
  const directives = isOffice ? readFileSync(file.replace(/\.json$/, '.expect'), 'utf8') : text;
  const path = /^# path: (\S+)/m.exec(directives)?.[1];
  const collection = basename(dirname(file));
  return {
    file,
    target: isOffice ? 'office.json' : (path ?? `${collection}/${basename(file)}`),
    expected: [...directives.matchAll(/^# expect: (.*)$/gm)].map((match) => match[1]!.trim()),
  };
}

/** What the check says, in the fixtures' own notation: problems in the fixture's file by line, others by path. */
export function actualProblems(fixture: Fixture): string[] {
  const office = new TempOffice();
  try {
    office.write(fixture.target, readFileSync(fixture.file, 'utf8'));
    const { problems } = office.check({ asOf: FIXTURE_AS_OF });
    const target = join(office.dir, fixture.target);
    const shownOffice = relative(process.cwd(), office.dir);
    return problems.map((problem) => {
      const absolute = join(process.cwd(), problem.file);
      const where = absolute === target ? `${problem.line}` : `@${relative(office.dir, absolute)}:${problem.line}`;
      // Messages that name another file name it by its path in the office, whatever the temporary folder.
      return `${problem.severity} ${where} ${problem.field || '-'}: ${problem.message.replaceAll(`${shownOffice}/`, '')}`;
    });
  } finally {
    office.remove();
  }
}
