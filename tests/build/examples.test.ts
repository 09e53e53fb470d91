import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { runCheck } from '../../src/build/check-command.ts';
import { checkOffice } from '../../src/domain/check/index.ts';
import { formatText } from '../../src/domain/check/problems.ts';
import { NORTH_WALES, NORTH_YORKSHIRE, WEST_YORKSHIRE } from '../helpers/office.ts';

// The two example offices of other kinds, built from real public facts: they use the office kinds, the
// fire function and the mayor's decision makers, so they pass only where the product knows all three.

const outputs = mkdtempSync(join(tmpdir(), 'examples-'));
afterAll(() => rmSync(outputs, { recursive: true, force: true }));

function buildSite(office: string, name: string, asOf?: string): string {
  const out = join(outputs, name);
  execFileSync(process.execPath, ['src/build/commands/build.ts', '--out', out], { env: { ...process.env, OFFICE: office, ...(asOf ? { AS_OF: asOf } : {}) }, stdio: 'pipe' });
  return out;
}

/** The text of some HTML, without its tags and with its spaces collapsed. */
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim();

/** The part of the register's page about one requirement: from its row's id to the next requirement's. */
function requirementRow(page: string, id: string): string {
  const start = page.indexOf(`id="requirement-${id}"`);
  expect(start, `requirement ${id} on the register`).toBeGreaterThan(-1);
  const next = page.indexOf('id="requirement-', start + 1);
  return page.slice(start, next === -1 ? undefined : next);
}

describe.each([NORTH_YORKSHIRE, WEST_YORKSHIRE])('the example office in %s', (dir) => {
  it('passes the check with no errors and no warnings', () => {
    const result = checkOffice(dir);
    expect(formatText(result.problems, result.filesChecked)).toMatch(/^0 errors, 0 warnings, \d+ files checked$/);
  });
});

describe('the North Wales example, in English and Welsh', () => {
  it('passes the check but for the one decision left untranslated on purpose, which the translation report names', () => {
    const result = checkOffice(NORTH_WALES);
    expect(formatText(result.problems, result.filesChecked)).toMatch(/\n0 errors, 1 warning, \d+ files checked$/);
    expect(result.problems[0]).toMatchObject({ file: `${NORTH_WALES}/decisions/chief-constable-retire-and-rehire-2025.md`, severity: 'warning' });
    const report = runCheck(['--translations'], { ...process.env, OFFICE: NORTH_WALES });
    expect(report.status).toBe(0);
    expect(report.stdout).toContain(`${NORTH_WALES}/decisions/chief-constable-retire-and-rehire-2025.md  Chief Constable's request to retire and be reappointed`);
    expect(report.stdout).toContain('1 entry and 0 interface strings not yet translated');
  });
});

describe('the North Wales example\'s history of a decision, in English and Welsh', () => {
  const out = inject('northWalesSite');

  it('notes the Welsh translation\'s addition on the decision\'s page in each language, newest first, then its first publication', () => {
    const page = (path: string) => text(readFileSync(join(out, path, 'decisions/2025-01-police-precept-for-2025-26/index.html'), 'utf8'));
    expect(page('')).toContain('Last updated 2 December 2026 — See all updates');
    expect(page('')).toContain('History 2 December 2026 Added the Welsh translation. January 2025 First published.');
    expect(page('cy')).toContain('Diweddarwyd ddiwethaf 2 Rhagfyr 2026 — Gweld pob diweddariad');
    expect(page('cy')).toContain('Hanes 2 Rhagfyr 2026 Ychwanegwyd y cyfieithiad Cymraeg. Ionawr 2025 Cyhoeddwyd gyntaf.');
    expect(page('cy')).not.toContain('Added the Welsh translation');
  });
});

describe('the North Yorkshire example, a Police, Fire and Crime Commissioner', () => {
  let out: string;
  beforeAll(() => {
    // A week before the office's duties passed to the mayor, in the year of its 2024/25 budgets.
    out = buildSite(NORTH_YORKSHIRE, 'north-yorkshire', '2024-04-30');
  });

  it("names the panel that met by its kind's name, the Police, Fire and Crime Panel", () => {
    const meeting = text(readFileSync(join(out, 'meetings/panel-2024-02-05/index.html'), 'utf8'));
    expect(meeting).toContain('Meeting of Police, Fire and Crime Panel');
    expect(meeting).not.toMatch(/Police and Crime Panel/);
  });

  it('lists the fire-side requirements on its register, met by its fire decisions', () => {
    const register = readFileSync(join(out, 'transparency/index.html'), 'utf8');
    expect(requirementRow(register, 'fire-5d')).toContain('Fire Precept Proposal 2024/25');
    expect(requirementRow(register, '5d')).toContain('Chief Constable Vacancy');
  });

  it('publishes its policing and its fire and rescue budget for 2024/25 at addresses of their own, each with its own precept', () => {
    const fire = text(readFileSync(join(out, 'budgets/fire/2024-25/index.html'), 'utf8'));
    expect(fire).toContain('What your council tax band pays for fire and rescue in 2024/25');
    expect(fire).toContain('D £83.02 £1.60 +£2.41 a year');
    expect(fire).not.toContain('police part of council tax');
    const policing = text(readFileSync(join(out, 'budgets/2024-25/index.html'), 'utf8'));
    expect(policing).toContain('What your council tax band pays for policing in 2024/25');
    expect(policing).toContain('D £306.86 £5.90 +£11.77 a year');
    // The household cost on the home page is the police precept alone.
    const household = text(/<section aria-labelledby="household-heading"[\s\S]*?<\/section>/.exec(readFileSync(join(out, 'index.html'), 'utf8'))![0]);
    expect(household).toContain('£306.86 a year for a Band D home in 2024/25');
    expect(household).not.toContain('£83.02');
  });

  it('meets the fire and rescue budget duty with its fire budget, and the policing one with its policing budget', () => {
    const register = readFileSync(join(out, 'transparency/index.html'), 'utf8');
    const fire = text(requirementRow(register, 'fire-3a-3e'));
    expect(fire).toContain('Current Published for 2024/25');
    expect(fire).toContain('Fire and rescue budget 2024/25');
    const policing = text(requirementRow(register, '3a-3e'));
    expect(policing).toContain('Current Published for 2024/25');
    expect(policing).not.toContain('Fire and rescue budget');
  });

  it('names each decision maker by the kind of office on the decision\'s date, and the holder by her term', () => {
    expect(text(readFileSync(join(out, 'decisions/056-2013/index.html'), 'utf8'))).toContain('Decided by Police and Crime Commissioner');
    expect(text(readFileSync(join(out, 'decisions/dn-04-2024/index.html'), 'utf8'))).toContain('Police, Fire and Crime Commissioner');
    // A fire decision says whose it is; a policing one does not.
    expect(text(readFileSync(join(out, 'decisions/dn-04-2024/index.html'), 'utf8'))).toContain('For The fire and rescue service');
    expect(text(readFileSync(join(out, 'decisions/dn-09-2023/index.html'), 'utf8'))).not.toContain('For The fire and rescue service');
    expect(text(readFileSync(join(out, 'index.html'), 'utf8'))).toContain('The commissioner is Zoë Metcalfe, in office since 25 November 2021, until 7 May 2024.');
  });

  it('says on each decision where its facts come from and the day the source was read', () => {
    const notice = readFileSync(join(out, 'decisions/dn-04-2024/index.html'), 'utf8');
    expect(notice).toContain('href="https://www.northyorkshire-pfcc.gov.uk/decision-notices/dn-04-2024-fire-precept-proposal-2024-25/"');
    expect(notice).toContain('read on 2 December 2026');
  });
});

describe('the West Yorkshire example, a mayor with a deputy mayor for policing and crime', () => {
  let out: string;
  beforeAll(() => {
    out = buildSite(WEST_YORKSHIRE, 'west-yorkshire', '2026-12-02');
  });

  it('names the deputy mayor on the decisions she took, and the mayor on the precept', () => {
    const grant = readFileSync(join(out, 'decisions/2025-04-09-independent-domestic-violence-advisor-idva-pathfinder-pilot/index.html'), 'utf8');
    expect(grant).toContain('Alison Lowe');
    expect(grant).toContain('Deputy Mayor for Policing and Crime');
    const precept = readFileSync(join(out, 'decisions/2023-02-calculation-of-the-council-tax-and-issue-of-the-precept-for/index.html'), 'utf8');
    expect(precept).toContain('Tracy Brabin');
    expect(precept).not.toContain('Alison Lowe');
  });

  it('calls the office holder the Mayor, not the commissioner', () => {
    const home = text(readFileSync(join(out, 'index.html'), 'utf8'));
    expect(home).toContain('The Mayor is Tracy Brabin, in office since 10 May 2021.');
    expect(home).toContain('What the Mayor does');
    expect(home).not.toMatch(/the commissioner/i);
  });
});
