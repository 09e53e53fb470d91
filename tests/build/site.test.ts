import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { checkOffice } from '../../src/domain/check/index.ts';
import { entryPath } from '../../src/domain/addresses.ts';
import { requirements } from '../../src/domain/requirements.ts';
import { CLEVELAND, NORFOLK, NOTTINGHAMSHIRE } from '../helpers/office.ts';
import { SAMPLE_SITE_URL } from '../setup/shared-sites.ts';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? htmlFiles(path) : name.endsWith('.html') ? [path] : [];
  });
}

/** The page each content entry must have, by collection. */
function expectedPages(office: string): string[] {
  const { office: config, entries } = checkOffice(office);
  return entries.flatMap(({ file, data }) => {
    const path = entryPath(file.collection, { id: file.id, data }, config!);
    return path === undefined ? [] : [`${path}index.html`];
  });
}

// The shared sites: Cleveland's in Welsh as well as English, which leaves its English pages as they are.
const OFFICES = [
  [NORFOLK, 'norfolkSite', 'Norfolk'],
  [NOTTINGHAMSHIRE, 'nottinghamshireSite', 'Nottinghamshire'],
  [CLEVELAND, 'clevelandWelshSite', 'Cleveland'],
] as const;

describe.each(OFFICES)('building %s', (office, site, area) => {
  const out = inject(site);

  it('gives every content entry its page', () => {
    const missing = expectedPages(office).filter((page) => !existsSync(join(out, page)));
    expect(missing).toEqual([]);
    expect(expectedPages(office).length).toBeGreaterThan(0);
  });

  it('builds every listing page, the home page, the accessibility statement and a 404 page', () => {
    for (const page of ['index.html', '404.html', 'accessibility/index.html', 'decisions/index.html', 'budgets/index.html', 'services/index.html', 'plans/index.html', 'transparency/index.html']) {
      expect(existsSync(join(out, page)), page).toBe(true);
    }
  });

  it('names the office and no other office on its pages', () => {
    const home = readFileSync(join(out, 'index.html'), 'utf8');
    const others = OFFICES.map(([, , other]) => other).filter((other) => other !== area);
    expect(home).toContain(area);
    expect(htmlFiles(out).filter((file) => others.some((other) => readFileSync(file, 'utf8').includes(other)))).toEqual([]);
  });
});

describe('the Norfolk site', () => {
  const out = inject('norfolkSite');

  it('shows the plan with its six pillars and every objective', () => {
    const plan = readFileSync(join(out, 'plans/police-crime-and-community-safety-plan-2022-24/index.html'), 'utf8');
    expect(plan).toContain('The 6 pillars of the plan');
    expect(plan.match(/<h3 id="[a-z-]+">Pillar \d:/g)).toHaveLength(6);
    expect(plan).toContain('Continued collaboration with other blue light services');
  });

  it('says on its pages that its newest entry is years old, and calls its budget and plan the latest published, not current', () => {
    for (const page of ['index.html', 'decisions/41-2020/index.html', 'budgets/2021-22/index.html', 'accessibility/index.html']) {
      expect(readFileSync(join(out, page), 'utf8'), page).toContain('This site has not been updated for some time: its newest entry is dated 2022/23.');
    }
    const home = readFileSync(join(out, 'index.html'), 'utf8');
    expect(home).toContain('The budget for 2021/22, the latest published</h2>');
    expect(home).toContain('The latest plan published here is the <a');
    expect(home).not.toContain('The current plan');
    // office.json names a commissioner newer than the newest entry: the page does not doubt the name.
    expect(home).toContain('The commissioner is Sarah Taylor, in office since 9 May 2024.</p>');
  });

  it('shows money, years and dates the UK way', () => {
    const budget = readFileSync(join(out, 'budgets/2021-22/index.html'), 'utf8');
    expect(budget).toContain('£278.01');
    expect(budget).toContain('£183.1m');
    expect(budget).toContain('(13,527)');
    const decision = readFileSync(join(out, 'decisions/41-2020/index.html'), 'utf8');
    expect(decision).toContain('9 November 2020');
  });

  it('tells readers where a published total does not add up', () => {
    const budget = readFileSync(join(out, 'budgets/2021-22/index.html'), 'utf8');
    expect(budget).toContain('As published, this total does not add up.');
    expect(budget).toContain('a difference of 38');
  });
});

// A build for a sub-path is checked on a small office's, in tests/build/manifest.test.ts.

describe('findability of the Norfolk site', () => {
  const out = inject('norfolkSite');
  const read = (path: string) => readFileSync(join(out, path), 'utf8');

  it('lists decisions by year, newest first, with counts', () => {
    expect(read('decisions/index.html')).toMatch(/href="\/decisions\/2020\/">2020<\/a> \(1\)/);
    expect(read('decisions/2020/index.html')).toContain('href="/decisions/41-2020/"');
  });

  it('lists plans by kind and services by theme, place and provider as static pages', () => {
    expect(existsSync(join(out, 'plans/kinds/police-and-crime-plan/index.html'))).toBe(true);
    expect((read('services/themes/community-safety/index.html').match(/<tr data-themes=/g) ?? []).length).toBe(7);
  });

  it("matches Annex F's money to the services by theme, and sets the briefing's \"almost £2m\" beside it", () => {
    const listing = read('services/index.html');
    expect(listing).toMatch(/<a href="\/services\/themes\/victims-and-witnesses\/">Victims and witnesses<\/a><span class="muted">Published as “Supporting Victims and Witnesses” \(£571,326\) and “Domestic Abuse and Sexual Violence” \(£736,248\)<\/span><\/th> <td class="num">£1,307,574<\/td><td><a href="\/services\/themes\/victims-and-witnesses\/">21 services<\/a>/);
    expect(listing).toMatch(/<tr class="total"><th scope="row">Total<\/th> <td class="num">£2,472,331<\/td>/);
    expect(listing).toContain("the briefing says the office&#39;s commissioning budget for 2015/16 was almost £2m");
    expect(listing).toContain('so the two figures come from different parts of the briefing and do not reconcile');
    const themePage = read('services/themes/reducing-reoffending/index.html');
    expect(themePage).toContain('£350,979, from PCC-commissioned projects and services (Annex F), published April 2016, under “Rehabilitation of Offenders”.');
    expect(read('services/4-women-centre/index.html')).toContain('It gives £350,979 under');
    expect(existsSync(join(out, 'services/locations/kings-lynn/index.html'))).toBe(true);
    expect(existsSync(join(out, 'services/providers/victim-support/index.html'))).toBe(true);
  });

  it("prints 41/2020's summary only where it does not repeat the detail of the submission", () => {
    const decision = read('decisions/41-2020/index.html');
    const objective = 'There is a shared understanding of the importance of working closely together';
    expect(decision.split(objective)).toHaveLength(2);
    expect(decision.split('recognise the opportunity presented to strengthen the support')).toHaveLength(2);
    expect(decision).toMatch(/<h2>Summary<\/h2><p>This Memorandum of Understanding \(MoU\) sets out the principles/);
    expect(decision).toContain("The notice does not mark which of this certificate's options apply: it prints all of them (a, b, c, d).");
  });

  it('publishes RSS feeds of decisions and of everything, with the decision in both', () => {
    for (const feed of ['decisions/feed.xml', 'feed.xml']) {
      const xml = read(feed);
      expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?><rss version="2.0">/);
      expect(xml).toContain(`<link>${SAMPLE_SITE_URL}/decisions/41-2020/</link>`);
      expect(xml).toContain('<pubDate>Mon, 09 Nov 2020 00:00:00 GMT</pubDate>');
      expect(xml).toContain('<description>Agreed a memorandum of understanding with Norfolk County Council to create a single community safety team');
    }
  });

  it('publishes a sitemap of every page', () => {
    const sitemap = readdirSync(out).filter((name) => /^sitemap-\d+\.xml$/.test(name)).map((name) => read(name)).join('');
    expect(read('sitemap-index.xml')).toContain('sitemap-0.xml');
    for (const path of ['decisions/41-2020/', 'budgets/2021-22/', 'services/4-women-centre/']) expect(sitemap).toContain(`<loc>${SAMPLE_SITE_URL}/${path}</loc>`);
    // A service known only from its row in a list has no page, so nothing to list.
    expect(sitemap).not.toContain('services/restorative-justice-hub/');
  });

  it("publishes the candidate briefing's sections as pages in the sitemap and the search, linked from About", () => {
    const sitemap = readdirSync(out).filter((name) => /^sitemap-\d+\.xml$/.test(name)).map((name) => read(name)).join('');
    for (const page of ['partnership-working', 'collaboration', 'norfolk-2020', 'national-bodies', 'police-and-crime-panel', 'grants-and-commissioning']) {
      expect(sitemap).toContain(`<loc>${SAMPLE_SITE_URL}/${page}/</loc>`);
      expect(read(`${page}/index.html`)).toMatch(/<main [^>]*data-pagefind-body/);
      expect(read(`${page}/index.html`)).toContain('Source: Norfolk PCC Candidate Briefing (Version 3), April 2016');
      expect(read('about/index.html')).toContain(`href="/${page}/"`);
    }
  });

  it('describes pages for link previews and search engines', () => {
    const home = read('index.html');
    const data = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(home)![1]!);
    expect(data).toMatchObject({ '@type': 'GovernmentOrganization', name: 'Office of the Police and Crime Commissioner for Norfolk', areaServed: { name: 'Norfolk' } });
    const catalogue = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(read('data/index.html'))![1]!);
    expect(catalogue['@type']).toBe('DataCatalog');
    expect(catalogue.dataset.every((d: { distribution: unknown[] }) => d.distribution.length === 2)).toBe(true);
    const decision = read('decisions/41-2020/index.html');
    expect(decision).toContain(`<link rel="canonical" href="${SAMPLE_SITE_URL}/decisions/41-2020/">`);
    expect(decision).toContain('<meta property="og:title" content="The Norfolk Community Safety Partnership (NCSP) (decision 41/2020)">');
    // The notice's own sections are a level below the page's heading for its detail.
    expect(decision).toContain('<h3 id="1-objective">1. Objective</h3>');
  });
});

describe('the transparency register page', () => {
  const statusOn = (html: string, id: string) => new RegExp(`<tr id="requirement-${id}">.*?class="status status-([a-z-]+)"`, 's').exec(html)?.[1];

  it('gives every requirement of the catalogue a row and a status', () => {
    const html = readFileSync(join(inject('norfolkSite'), 'transparency/index.html'), 'utf8');
    for (const requirement of requirements) expect(statusOn(html, requirement.id), requirement.id).toMatch(/^(current|due-soon|overdue|missing)$/);
  });

  it('shows the 2015 PEEL report as history, not as meeting 7B, which came into force in 2021', () => {
    const html = readFileSync(join(inject('norfolkSite'), 'transparency/index.html'), 'utf8');
    expect(statusOn(html, '7B')).toBe('missing');
    expect(html).toContain('Nothing published since this duty came into force on 31 May 2021; 1 earlier item is listed as history.');
    const earlier = /<h3 id="history-7B">[\s\S]*?<\/ul>/.exec(html)![0];
    expect(earlier).toContain('HMIC PEEL assessment of Norfolk Constabulary, 2015</a>, published <time datetime="2016-03-01">1 March 2016</time>: before this duty came into force on 31 May 2021');
  });

  it('moves statuses with the build date', () => {
    // Exampleshire, built as of two dates: its grants file of January 2014 is current a month later, overdue eleven years on.
    const then = readFileSync(join(inject('exampleshireSpendingSite'), 'transparency/index.html'), 'utf8');
    const now = readFileSync(join(inject('exampleshireSite'), 'transparency/index.html'), 'utf8');
    expect(statusOn(then, '3f')).toBe('current');
    expect(statusOn(now, '3f')).toBe('overdue');
    expect(then).toContain('Statuses are worked out for <strong>15 February 2014</strong>');
    expect(now).toContain('Statuses are worked out for <strong>31 March 2025</strong>');
  });
});
