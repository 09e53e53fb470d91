import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { datasets, to360Giving, toCsv, toJson, type Provenance } from '../../src/site/lib/open-data.ts';
import { contentFromCheck } from '../helpers/published.ts';

const provenance: Provenance = {
  publisher: 'Office of the Police and Crime Commissioner for Norfolk',
  licence: { name: 'Open Government Licence v3.0', url: 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/' },
  buildDate: '2025-03-31',
  siteUrl: 'https://example.org/',
};
const url = (path: string) => `https://example.org/${path}`;

describe('CSV', () => {
  it('quotes commas, quotation marks and line breaks so that text survives a round trip', () => {
    const content = contentFromCheck('content');
    const decision = { ...content.decisions[0]!, title: 'A "quoted", comma\nand new line', amount: 1234.5 };
    const data = datasets({ ...content, decisions: [decision] }, url).find((d) => d.name === 'decisions')!;
    const [header, row] = parse(toCsv(data, provenance)) as string[][];
    expect(row![header!.indexOf('title')]).toBe('A "quoted", comma\nand new line');
    expect(row![header!.indexOf('amount')]).toBe('1234.5');
    expect(row![header!.indexOf('restricted')]).toBe('false');
  });
});

describe('JSON in English and Welsh', () => {
  const content = contentFromCheck('content');
  const own = ['decisions', 'plans', 'plan-pillars', 'plan-actions', 'budgets', 'services', 'commissioning-themes', 'transparency', 'sio-requirements'];
  const data = datasets(content, url).filter((d) => own.includes(d.name) || d.name.startsWith('budget-'));

  it('describes each dataset and each of its fields in Welsh too for an office publishing in Welsh', () => {
    expect(data.length).toBeGreaterThan(own.length);
    for (const dataset of data) {
      const file = JSON.parse(toJson(dataset, provenance, true));
      expect(file.title_cy, dataset.name).toMatch(/\S/);
      expect(file.description_cy, dataset.name).toMatch(/\S/);
      for (const field of file.fields) expect(field.description_cy, `${dataset.name}.${field.name}`).toMatch(/\S/);
    }
  });

  it("leaves an English-only office's files as they were, in English alone", () => {
    const file = toJson(data[0]!, provenance);
    expect(file).not.toContain('_cy');
    expect(JSON.parse(file).fields[0]).toEqual({ name: 'reference', description: data[0]!.columns[0]!.description });
  });
});

describe('360Giving', () => {
  const content = contentFromCheck('content');

  it('publishes no file when no service has an amount and an award date, as the standard requires grants', () => {
    expect(to360Giving(content, provenance, url)).toBeNull();
  });

  it('gives every grant every field the standard requires', () => {
    const priced = content.services.map((service, index) =>
      index % 3 === 0
        ? { ...service, data: { ...service.data, amount: 1000 + index, awarded: '2016-04-01', ...(index === 0 ? { provider: { ...service.data.provider, charityNumber: '1092925' } } : {}), period: { from: '2016/17', to: '2017/18' } } }
        : service,
    );
    const file = JSON.parse(to360Giving({ ...content, services: priced }, provenance, url)!);
    expect(file).toMatchObject({ license: provenance.licence.url, issued: '2025-03-31', publisher: { name: provenance.publisher } });
    expect(file.grants).toHaveLength(priced.filter((s) => s.data.amount !== undefined).length);
    for (const grant of file.grants) {
      expect(grant).toMatchObject({ currency: 'GBP', awardDate: '2016-04-01' });
      for (const field of ['id', 'title', 'description', 'amountAwarded']) expect(grant[field], field).toBeTruthy();
      for (const organisation of [...grant.recipientOrganization, ...grant.fundingOrganization]) {
        expect(organisation.id).toMatch(/^(GB-CHC-\d+|360G-[a-z0-9-]+)$/);
        expect(organisation.name.length).toBeGreaterThan(0);
      }
      expect(grant.plannedDates).toEqual([{ startDate: '2016-04-01', endDate: '2018-03-31' }]);
    }
    expect(file.grants[0].recipientOrganization[0].id).toBe('GB-CHC-1092925');
    expect(new Set(file.grants.map((g: { id: string }) => g.id)).size).toBe(file.grants.length);
  });
});
