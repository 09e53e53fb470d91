// A resident's questions, each answered from the home page in at most three steps, on a phone and on a
// desktop, for the sample and for an office that is not the sample. The expected answers are worked out
// here from the office's own files, independently of the pages.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { asOfDate } from '../../src/domain/as-of.ts';
import { checkOffice } from '../../src/domain/check/index.ts';
import { registerRows } from '../../src/domain/register.ts';
import { referenceText } from '../../src/domain/decision-references.ts';
import { firstDay } from '../../src/domain/dates.ts';
import { readOfficeSpending } from '../../src/domain/spending/files.ts';
import { monthlyPublications } from '../../src/domain/spending/publications.ts';
import type { BudgetData } from '../../src/domain/schemas/budgets.ts';
import type { DecisionData } from '../../src/domain/schemas/decisions.ts';
import type { ServiceData } from '../../src/domain/schemas/services.ts';
import { serve } from '../../src/build/static-server.ts';
import { connectChromium, openPage } from '../helpers/browser-session.ts';
import { NORFOLK } from '../helpers/office.ts';
import { EXAMPLESHIRE_AS_OF } from '../setup/shared-sites.ts';

const EXAMPLESHIRE = 'tests/fixtures/offices/exampleshire';
const MOST_STEPS = 3;
const WIDTHS = [390, 1280];

/** What an office has published as of a date, read from its files through the check, as a resident's questions need it. */
function officeFacts(dir: string, asOf: string) {
  const { office, entries } = checkOffice(dir);
  const published = entries.filter((entry) => (entry.data as { status?: string }).status !== 'draft');
  const of = <T>(collection: string) => published.filter((entry) => entry.file.collection === collection).map((entry) => entry.data as T);
  // The register as the site builds it: the entries, and the monthly spending and grants files.
  const register = registerRows(published.map((entry) => ({ collection: entry.file.collection, id: entry.file.id, data: entry.data as Record<string, unknown> })), asOf, office!, monthlyPublications(readOfficeSpending(dir, office)));
  return { office: office!, budgets: of<BudgetData>('budgets'), decisions: of<DecisionData>('decisions'), services: of<ServiceData>('services'), register };
}

/** Money as the pages print it: £1,234.50, or £16,128 for whole pounds. */
const pounds = (amount: number) => `£${amount.toLocaleString('en-GB', { minimumFractionDigits: Number.isInteger(amount) ? 0 : 2, maximumFractionDigits: 2 })}`;

/** A resident's visit from the home page: each link followed is a step. */
class Visit {
  steps = 0;
  readonly page: Page;
  constructor(page: Page) {
    this.page = page;
  }

  async follow(name: string | RegExp, within = this.page.locator('main')): Promise<void> {
    await within.getByRole('link', { name, exact: typeof name === 'string' }).first().click();
    await this.page.waitForLoadState('load');
    this.steps++;
  }

  /** The text of the page's main content, with runs of white space as one space. */
  async mainText(): Promise<string> {
    return (await this.page.locator('main').innerText()).replace(/\s+/g, ' ');
  }
}

/**
 * Each office, its site and the date it was built as of (the sample's today, as its build had none), with
 * the decision its resident looks for: by reference, or by title where the office numbers afresh each year.
 */
const offices = [
  { name: 'the Norfolk sample', dir: NORFOLK, site: () => inject('norfolkSite'), asOf: asOfDate(), decision: '41/2020' },
  { name: 'Exampleshire, not the sample', dir: EXAMPLESHIRE, site: () => inject('exampleshireSite'), asOf: EXAMPLESHIRE_AS_OF, decision: "Victims' advice line for 2013/14" },
];

let browser: Browser;
beforeAll(async () => {
  browser = await connectChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe.each(offices)('a resident of $name', ({ dir, site, asOf, decision: decisionReference }) => {
  const facts = officeFacts(dir, asOf);
  let server: Awaited<ReturnType<typeof serve>>;
  beforeAll(async () => {
    server = await serve(site());
  });
  afterAll(async () => server?.close());

  async function homePage(width: number): Promise<Visit> {
    const page = await openPage(browser, { viewport: { width, height: 900 } });
    await page.goto(`${server.url}/`);
    return new Visit(page);
  }

  it.each(WIDTHS)('finds what a Band B household paid for policing in the latest year published (%i px)', async (width) => {
    const latest = facts.budgets.filter((budget) => budget.precept).sort((a, b) => b.financialYear.localeCompare(a.financialYear))[0]!;
    // Band B is seven ninths of Band D (Local Government Finance Act 1992, s.5), to the penny.
    const bandB = Math.round((latest.precept!.bandD * 700) / 9) / 100;
    const visit = await homePage(width);
    await visit.follow(`What each council tax band pays in ${latest.financialYear}`);
    const bands = visit.page.getByRole('table', { name: new RegExp(`by council tax band, ${latest.financialYear.replace('/', '\\/')}`) });
    const row = bands.getByRole('row', { name: /^B\b/ });
    expect(await row.getByRole('cell').first().textContent()).toBe(pounds(bandB));
    expect(await row.isVisible()).toBe(true);
    expect(visit.steps).toBeLessThanOrEqual(MOST_STEPS);
    await visit.page.close();
  });

  it.each(WIDTHS)('finds what a decision decided and what it cost, or that no cost was stated (%i px)', async (width) => {
    const notice = facts.decisions.find((decision) => decision.reference === decisionReference || decision.title === decisionReference)!;
    const visit = await homePage(width);
    // The home page lists the latest decisions; an older one is under all decisions, by year.
    const onHome = await visit.page.locator('main').getByRole('link', { name: notice.title, exact: true }).count();
    if (!onHome) {
      await visit.follow(/^All decisions/);
      const listed = await visit.page.locator('main').getByRole('link', { name: notice.title, exact: true }).count();
      if (!listed) await visit.follow(notice.date.slice(0, 4));
    }
    await visit.follow(notice.title);
    const text = await visit.mainText();
    expect(text).toContain(notice.decided!.replace(/\s+/g, ' '));
    expect(text).toContain(notice.amount === undefined ? 'Cost No cost stated' : `Cost ${pounds(notice.amount)}`);
    expect(visit.steps).toBeLessThanOrEqual(MOST_STEPS);
    await visit.page.close();
  });

  it.each(WIDTHS)('finds who provides a named service and where, on screen (%i px)', async (width) => {
    const service = facts.services.find((entry) => entry.locations.length > 0 && entry.summary)!;
    const visit = await homePage(width);
    await visit.follow('All commissioned services');
    const row = visit.page.locator('main tr', { has: visit.page.getByRole('rowheader', { name: service.service, exact: true }) }).first();
    for (const fact of [service.provider.name, service.locations[0]!]) {
      const cell = row.getByText(fact).first();
      const box = await cell.boundingBox();
      expect(box, `${fact} is shown`).not.toBeNull();
      expect(box!.x + box!.width, `${fact} ends within the ${width} px screen`).toBeLessThanOrEqual(width);
    }
    expect(visit.steps).toBeLessThanOrEqual(MOST_STEPS);
    await visit.page.close();
  });

  it.each(WIDTHS)('finds which duties are overdue (%i px)', async (width) => {
    const overdue = facts.register.filter((row) => row.assessment.status === 'overdue').map((row) => row.requirement.title).sort();
    const visit = await homePage(width);
    expect(await visit.mainText()).toContain(`${overdue.length} overdue`);
    expect(overdue.length, 'the office has an overdue duty to find').toBeGreaterThan(0);
    await visit.follow('overdue');
    const listed = await visit.page.getByRole('region', { name: 'Overdue' }).getByRole('listitem').getByRole('link').allTextContents();
    expect(listed.sort()).toEqual(overdue);
    expect(await visit.page.getByRole('heading', { name: 'Overdue' }).isVisible()).toBe(true);
    expect(visit.steps).toBeLessThanOrEqual(MOST_STEPS);
    await visit.page.close();
  });

  it("finds a decision by the number the search page gives as an example: the office's own newest", async () => {
    const page = await browser.newPage({ viewport: { width: WIDTHS[0]!, height: 800 } });
    await page.goto(`${server.url}/search/`);
    const hint = (await page.locator('#search-hint').textContent())!;
    const reference = hint.match(/a decision number such as (.+)\.$/)?.[1];
    const numbered = facts.decisions.filter((decision) => decision.reference !== undefined);
    const notice = numbered.find((decision) => referenceText(decision, facts.office) === reference);
    expect(notice, `"${hint}" names one of the office's decisions`).toBeDefined();
    const newest = Math.max(...numbered.map((decision) => Date.parse(firstDay(decision.date, facts.office.financialYearStart))));
    expect(Date.parse(firstDay(notice!.date, facts.office.financialYearStart))).toBe(newest);
    await page.getByLabel(/^Search decisions/).fill(reference!);
    await page.getByLabel(/^Search decisions/).press('Enter');
    await expect.poll(() => page.locator('#search-results li h3').first().textContent()).toBe(notice!.title);
    await page.close();
  });

  it.each(WIDTHS)("finds the office's phone number on the home page (%i px)", async (width) => {
    const phone = facts.office.contact.phone!;
    const visit = await homePage(width);
    const link = visit.page.locator(`a[href="tel:${phone.replace(/\s+/g, '')}"]`).first();
    expect(await link.textContent()).toBe(phone);
    await link.scrollIntoViewIfNeeded();
    expect(await link.isVisible()).toBe(true);
    expect(visit.steps).toBe(0);
    await visit.page.close();
  });
});
