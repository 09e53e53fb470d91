import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import type { ChartSpec } from '../../src/site/lib/charts.ts';

/** The fictional office's site, whose budgets give Band D for 2010/11, 2011/12 and 2013/14, and none for 2012/13. */
const site = inject('exampleshireSite');
const page = (path: string) => readFileSync(join(site, path, 'index.html'), 'utf8');
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

/** The rows of a table on a page as text, cell by cell. */
function rows(html: string, tableId: string): string[] {
  const table = new RegExp(`<table id="${tableId}"[^>]*>([\\s\\S]*?)</table>`).exec(html)?.[1] ?? '';
  return [...table.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map(([, row]) => text(row!).trim());
}

function chart(html: string, id: string): ChartSpec {
  const attribute = new RegExp(`id="${id}"[^>]*data-chart="([^"]*)"`).exec(html)?.[1];
  if (!attribute) throw new Error(`no chart ${id}`);
  return JSON.parse(attribute.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&')) as ChartSpec;
}


describe('council tax by band, on an office other than the sample', () => {
  it('gives what each band pays in a year and a week, with the change on the financial year before', () => {
    expect(rows(page('budgets/2011-12/'), 'council-tax-bands-table')).toEqual([
      'Band A year A week Change on 2010/11',
      'A £127.44 £2.45 +£2.46 a year +£0.05 a week',
      'B £148.68 £2.86 +£2.87 a year +£0.06 a week',
      'C £169.92 £3.27 +£3.28 a year +£0.06 a week',
      'D £191.16 £3.68 +£3.69 a year +£0.07 a week',
      'E £233.64 £4.49 +£4.51 a year +£0.09 a week',
      'F £276.12 £5.31 +£5.33 a year +£0.10 a week',
      'G £318.60 £6.13 +£6.15 a year +£0.12 a week',
      'H £382.32 £7.35 +£7.38 a year +£0.14 a week',
    ]);
  });

  it('says the year before is not published rather than comparing with an earlier year', () => {
    const budget = page('budgets/2013-14/');
    expect(rows(budget, 'council-tax-bands-table')[0]).toBe('Band A year A week');
    expect(rows(budget, 'council-tax-bands-table')).toContain('D £199.53 £3.84');
    expect(text(budget)).toContain('The change on 2012/13 cannot be shown band by band: no Band D figure for 2012/13 is published on this site.');
    expect(text(budget)).not.toContain('2011/12');
  });

  it('lists the sections of a long budget page after its summary, each link leading to its heading', () => {
    const budget = page('budgets/2011-12/');
    const contents = /<nav class="contents"[^>]*>([\s\S]*?)<\/nav>/.exec(budget)?.[1] ?? '';
    const targets = [...contents.matchAll(/href="#([^"]+)">([^<]+)</g)].map(([, id, label]) => ({ id: id!, label: label! }));
    expect(targets.map((target) => target.label)).toEqual(['What your council tax band pays', 'How the budget is allocated', 'About this budget']);
    for (const { id } of targets) expect(budget, id).toContain(`id="${id}"`);
    expect(budget.indexOf('class="lede"')).toBeLessThan(budget.indexOf('class="contents"'));
    // A short page has no list of its sections.
    expect(page('budgets/2013-14/')).not.toContain('class="contents"');
  });

  it('leads the budget page with a plain summary of the budget and the Band D precept', () => {
    const budget = page('budgets/2011-12/');
    const lede = /<p class="lede">([\s\S]*?)<\/p>/.exec(budget)?.[1];
    expect(lede).toBe('The net budget for 2011/12 is £98.6m. The police part of council tax (the precept) for a Band D home is £191.16 a year, or £3.68 a week, up £3.69 a year (£0.07 a week) on 2010/11.');
    expect(budget.indexOf('class="lede"')).toBeLessThan(budget.indexOf('<table'));
  });

  it('lists every year on the budgets page, saying which years are not published, and gives the change only between consecutive years', () => {
    const index = page('budgets/');
    expect(rows(index, 'precepts')).toEqual([
      'Year Band D Change as published Change in pounds',
      '2010/11 £187.47 Not published 2009/10 not published',
      '2011/12 £191.16 +1.97% +£3.69 a year (+£0.07 a week)',
      '2012/13 Not published on this site',
      '2013/14 £199.53 Not published 2012/13 not published',
    ]);
    expect(rows(index, 'council-tax-bands-table')[4]).toBe('D £199.53 £3.84');
  });

  it('draws the precept chart over every year, a year not published as a gap', () => {
    const spec = chart(page('budgets/'), 'precepts-chart');
    expect(spec.categories).toEqual(['2010/11', '2011/12', '2012/13', '2013/14']);
    expect(spec.series[0]!.values).toEqual([187.47, 191.16, null, 199.53]);
    expect(spec.summary).toContain('no figure is published here for 2012/13');
  });

  it('keeps notes on the figures in a disclosure below their table, and draws no total as a bar beside its parts', () => {
    const budget = page('budgets/2011-12/');
    const details = /<details class="table-notes" id="allocation-notes">([\s\S]*?)<\/details>/.exec(budget);
    expect(details).not.toBeNull();
    expect(text(details![1]!)).toContain('About these figures: one total does not add up as published');
    expect(text(details![1]!)).toContain('As published, this total does not add up. Fictional: the lines add up to 98,580');
    expect(text(details![1]!)).toContain('a note on how the table was laid out');
    expect(budget.indexOf('id="allocation-notes"')).toBeGreaterThan(budget.indexOf('<table id="allocation"'));
    expect(budget.split('As published, this total does not add up.')).toHaveLength(2);
    const allocation = chart(budget, 'allocation-chart');
    expect(allocation.categories).toEqual(['Chief constable', 'Office of the commissioner', 'Commissioning']);
    expect(allocation.summary).toBe('Bar chart of how the 2011/12 budget is allocated: the largest is Chief constable at £96.2m and the smallest Office of the commissioner at £950k, giving a net budget of £98.6m.');
    expect(rows(budget, 'allocation').at(-1)).toMatch(/^Net budget 98,600/);
  });
});
