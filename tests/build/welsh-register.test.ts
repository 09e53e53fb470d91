import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';

// The North Wales example is bilingual: its Welsh pages word what they list from the office's entries in Welsh.

const out = inject('northWalesSite');

const page = (path: string) => readFileSync(join(out, path, 'index.html'), 'utf8');

describe('the open data described in Welsh', () => {
  it('names the office holder in each description, leaving no placeholder for it', () => {
    expect(page('cy/data')).toContain('Y comisiynydd, unrhyw ddirprwy');
    for (const file of ['cy/data/index.html', 'data/people.json', 'data/interests.json', 'data/complaints.json']) {
      expect(readFileSync(join(out, file), 'utf8'), file).not.toMatch(/\{(holder|panel)\}/);
    }
  });
});

describe('the register on the Welsh pages', () => {
  it('titles each entry in Welsh and links it to its Welsh page, at the address its English title makes', () => {
    const register = page('cy/transparency');
    expect(register).toContain('<a href="/cy/decisions/2025-01-police-precept-for-2025-26/">Penderfyniad heb rif: Praesept yr heddlu ar gyfer 2025/26</a>');
    expect(register).toContain('<a href="/cy/budgets/2025-26/">Cyllideb 2025/26</a>');
    expect(register).not.toContain('Decision not numbered');
  });

  it('marks the title of an entry not yet translated as English', () => {
    expect(page('cy/transparency')).toContain('<a href="/cy/decisions/2025-12-chief-constables-request-to-retire-and-be-reappointed/" lang="en-GB">Penderfyniad heb rif: Chief Constable&#39;s request to retire and be reappointed</a>');
  });

  it('names the home page\'s prominent requirements in Welsh', () => {
    const home = page('cy');
    expect(home).toContain('<h3>Mesurau cenedlaethol troseddu a phlismona</h3>');
    expect(home).not.toContain('National crime and policing measures');
    expect(page('.')).toContain('<h3>National crime and policing measures</h3>');
  });
});

describe('the open data page and downloads in Welsh', () => {
  it('names and describes the register collections\' datasets, and every field, in Welsh', () => {
    const data = page('cy/data');
    const main = data.slice(data.indexOf('<main'));
    expect(main).toContain('Pobl a chyflogau');
    expect(main).toContain('Eu rôl: pcc, deputy-pcc');
    expect(main).not.toContain('People and pay');
    expect(main).not.toContain('lang="en-GB"');
  });

  it('lists a schema\'s values as the downloads hold them, each with its Welsh label, where the descriptions derive them', () => {
    const main = page('cy/data');
    expect(main).toContain('Pa fath o gynllun: Police and crime plan (Cynllun heddlu a throseddu); Business plan (Cynllun busnes);');
    expect(main).toContain('Draft (Drafft), Out for consultation (Yn destun ymgynghoriad), Published (Cyhoeddwyd), Superseded (Disodlwyd).');
    const plans = JSON.parse(readFileSync(join(out, 'data', 'plans.json'), 'utf8')) as { fields: { name: string; description: string; description_cy?: string }[] };
    const status = plans.fields.find((field) => field.name === 'status')!;
    expect(status.description).toBe('Draft, Out for consultation, Published, Superseded.');
    expect(status.description_cy).toBe('Draft (Drafft), Out for consultation (Yn destun ymgynghoriad), Published (Cyhoeddwyd), Superseded (Disodlwyd).');
    const people = JSON.parse(readFileSync(join(out, 'data', 'people.json'), 'utf8')) as { title_cy?: string; fields: { description_cy?: string }[] };
    expect(people.title_cy).toBe('Pobl a chyflogau');
    expect(people.fields.every((field) => field.description_cy)).toBe(true);
  });
});
