import { describe, expect, it } from 'vitest';
import { pageOfEachKind } from '../../src/build/site-pages.ts';
import { starterOffice } from '../../src/domain/starter.ts';

describe("a new office's configuration", () => {
  it('is named for its kind and area, and valid as it is', () => {
    const made = starterOffice({ area: 'Greater Exampleton', kind: 'mayor', email: 'policing@example.org' });
    if ('problems' in made) throw new Error(JSON.stringify(made.problems));
    expect(made.office.name).toBe('Office of the Mayor of Greater Exampleton');
    expect(made.office.commissioner.title).toBe('Mayor');
    expect(made.office.shortName).toBe('OMGE');
    // Or the short name the office gives.
    const named = starterOffice({ area: 'Essex', kind: 'pfcc', email: 'pfcc@example.org', shortName: ' PFCC ' });
    if ('problems' in named) throw new Error(JSON.stringify(named.problems));
    expect(named.office.shortName).toBe('PFCC');
    // Its force is the area's and "Police" unless it gives the force's own name.
    expect(named.office.force).toBe('Essex Police');
    const london = starterOffice({ area: 'London', kind: 'mayor', email: 'policing@example.org', force: ' Metropolitan Police Service ' });
    if ('problems' in london) throw new Error(JSON.stringify(london.problems));
    expect(london.office.force).toBe('Metropolitan Police Service');
    // Nor, where it says so, by a chief constable nor scrutinised by a panel: its description names its own.
    const met = starterOffice({ area: 'London', kind: 'mayor', email: 'policing@example.org', chiefOfficer: 'Commissioner of Police of the Metropolis', panel: 'Police and Crime Committee of the London Assembly' });
    if ('problems' in met) throw new Error(JSON.stringify(met.problems));
    expect([met.office.chiefOfficer, met.office.panel]).toEqual(['Commissioner of Police of the Metropolis', 'Police and Crime Committee of the London Assembly']);
    expect(met.office.description).toBe('The Mayor of London sets the priorities for policing in London and holds the Commissioner of Police of the Metropolis to account on the public\'s behalf.');
    expect(london.office.description).toContain('holds the chief constable to account');
    // One given with "the" before it is refused, and named as the answer to ask for again.
    const doubled = starterOffice({ area: 'London', kind: 'mayor', email: 'policing@example.org', panel: 'the London Assembly' });
    expect('problems' in doubled && doubled.problems).toEqual([{ field: 'panel', answer: 'panel', message: expect.stringContaining('without "the"') }]);
    // Its decision references are the office's own shape where it gives one: the pattern is made to fit them.
    const numbered = starterOffice({ area: 'London', kind: 'mayor', email: 'policing@example.org', reference: 'PCD 1234' });
    if ('problems' in numbered) throw new Error(JSON.stringify(numbered.problems));
    expect(numbered.office.decisionReference).toEqual({ pattern: '^PCD \\d{1,4}$', example: 'PCD 1234', restarts: 'never' });
    // Its kind gives it a mayor's decision makers and titles.
    expect(JSON.parse(made.text).kinds).toEqual([{ kind: 'mayor' }]);
    expect(JSON.parse(made.text)).not.toHaveProperty('site');
    // A mayor who holds the fire functions, as York and North Yorkshire's does, says so in its kinds and its description.
    const withFire = starterOffice({ area: 'York and North Yorkshire', kind: 'mayor', email: 'policing@example.org', fire: true });
    if ('problems' in withFire) throw new Error(JSON.stringify(withFire.problems));
    expect(JSON.parse(withFire.text).kinds).toEqual([{ kind: 'mayor', fire: true }]);
    expect(withFire.office.description).toContain('the fire and rescue service in York and North Yorkshire');
    // A commissioner with fire functions is a pfcc: the schema says so.
    const pccWithFire = starterOffice({ area: 'Exampleshire', kind: 'pcc', email: 'enquiries@example.org', fire: true });
    expect('problems' in pccWithFire && pccWithFire.problems).toEqual([expect.objectContaining({ field: 'kinds.0.fire', message: expect.stringContaining('a pcc with fire functions is a pfcc') })]);
    // Its example reference is the one its first notice will have.
    const thisYear = starterOffice({ area: 'Exampleshire', kind: 'pcc', email: 'enquiries@example.org' }, '2026-12-04');
    if ('problems' in thisYear) throw new Error(JSON.stringify(thisYear.problems));
    expect(thisYear.office.decisionReference).toEqual({ pattern: '^\\d{1,3}/\\d{4}$', example: '1/2026', restarts: 'never' });
  });

  it('is refused with each problem when an answer does not fit the office schema', () => {
    const made = starterOffice({ area: 'Exampleshire', kind: 'pcc', site: 'http://insecure.example', email: 'not an email' });
    // A commissioner's office is the default kind, so office.json need not say so.
    const commissioner = starterOffice({ area: 'Exampleshire', kind: 'pcc', email: 'enquiries@example.org' });
    if ('problems' in commissioner) throw new Error(JSON.stringify(commissioner.problems));
    expect(JSON.parse(commissioner.text)).not.toHaveProperty('kinds');
    // Each names the answer it came from, for init to ask for it again in a terminal.
    expect('problems' in made && made.problems).toEqual([
      { field: 'contact.email', answer: 'email', message: expect.stringMatching(/^expected an email address/) },
      { field: 'site', answer: 'site', message: expect.stringMatching(/^expected the web address the site is published at/) },
    ]);
    // Without an email address, the office has no way for the public to reach it, and the answer to ask for is the email.
    const unreachable = starterOffice({ area: 'Exampleshire', kind: 'pcc' });
    expect('problems' in unreachable && unreachable.problems).toEqual([{ field: 'contact', answer: 'email', message: expect.stringContaining('at least one way to contact the office') }]);
  });
});

describe('one page of each kind', () => {
  it('keeps the first page of each section and depth, with years a kind of their own', () => {
    const pages = ['/', '/404.html', '/decisions/', '/decisions/2013-14-003/', '/decisions/2014/', '/decisions/2015/', '/decisions/41-2020/', '/services/providers/a/', '/services/providers/b/'];
    expect(pageOfEachKind(pages)).toEqual(['/', '/404.html', '/decisions/', '/decisions/2013-14-003/', '/decisions/2014/', '/services/providers/a/']);
  });
});
