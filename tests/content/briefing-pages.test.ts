import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkOffice } from '../../src/domain/check/index.ts';
import { NORFOLK } from '../helpers/office.ts';

/**
 * The sections of the Norfolk candidate briefing (April 2016) published as pages, held against the
 * briefing's own text: an excerpt of the seed, kept verbatim (tabs, bullets and stray HTML included),
 * so that a page that loses a board, a function, a body or a figure fails here.
 */
const briefing = readFileSync('tests/fixtures/seeds/norfolk-candidate-briefing-2016-excerpt.txt', 'utf8');
const lines = briefing.split('\n');

/** The lines of the briefing after the heading `from`, up to the heading `to` (or the end of the excerpt). */
function section(from: string, to?: string): string[] {
  const start = lines.findIndex((line) => line.trim() === from);
  if (start < 0) throw new Error(`no heading "${from}" in the briefing excerpt`);
  const end = to === undefined ? lines.length : lines.findIndex((line, index) => index > start && line.trim() === to);
  if (end < 0) throw new Error(`no heading "${to}" after "${from}" in the briefing excerpt`);
  return lines.slice(start + 1, end);
}

/** A table's rows as the seed gives them: a label, a tab, then the rest (its blank second cells trimmed). */
function tabbedRows(from: string[]): [string, string][] {
  return from.filter((line) => line.includes('\t')).map((line) => {
    const [label, ...rest] = line.split('\t');
    return [label!.trim(), rest.join('\t').trim()];
  });
}

const pages = Object.fromEntries(
  checkOffice(NORFOLK)
    .entries.filter((entry) => entry.file.collection === 'pages')
    .map((entry) => [entry.file.id, { data: entry.data as { title: string; source?: { title: string; published?: string } }, text: entry.file.text }]),
);

function page(id: string) {
  const found = pages[id];
  if (!found) throw new Error(`no page ${id} in ${NORFOLK}/pages`);
  return found;
}

/** Every row of every GFM table in a Markdown text, its header and separator rows left out. */
function tableRows(markdown: string): string[][] {
  const rows: string[][] = [];
  let inTable = false;
  for (const line of markdown.split('\n')) {
    if (!line.startsWith('|')) {
      inTable = false;
      continue;
    }
    const cells = line.slice(1, line.trimEnd().length - 1).split('|').map((cell) => cell.trim());
    if (!inTable) inTable = true;
    else if (!cells.every((cell) => /^:?-+:?$/.test(cell))) rows.push(cells);
  }
  return rows;
}

/** Text as a reader sees it, for comparing wordings: one kind of dash and quote, single spaces, no Markdown links or emphasis. */
function plain(text: string): string {
  return text
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_]/g, '')
    .replace(/[–—]/g, '-')
    .replace(/[‘’]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The paragraphs and list items of a section of the briefing, long enough to be sentences: a paragraph the
 * extraction broke over a page (a line ending mid-sentence, the next starting in lower case) is joined up again,
 * and the further-information links left out (the pages give them as links).
 */
function paragraphs(from: string[]): string[] {
  const text = from.join('\n').replace(/([^.:;!?\s])\n\s*\n(?=[a-z])/g, '$1 ');
  return text
    .split('\n')
    .map((line) => line.replace(/^- /, '').trim())
    .filter((line) => line.length > 60 && !/https?:/.test(line));
}

/** The amounts, counts, percentages and dates a text states: "£217M", "1,829", "49%", "2014/15". */
function figures(text: string): string[] {
  const withoutAddresses = text.replace(/<https?:[^>]*>/g, '');
  return [...new Set(withoutAddresses.match(/£?\d[\d,.]*(?:%|m\b|M\b)?(?:\/\d+)?/g) ?? [])].map((figure) => figure.replace(/[.,]$/, ''));
}

describe("Annex E: the partnerships the office took part in", () => {
  const seedRows = tabbedRows(section('ANNEX E: Table of partnerships in which OPCCN participates')).flatMap(([area, boards]) =>
    boards
      .replace(/<[^>]+>/g, '')
      .split('▪')
      .map((board) => board.trim())
      .filter(Boolean)
      .map((board) => `${area} | ${board}`),
  );

  it('reads every area and board from the briefing (the table runs over a page break)', () => {
    expect(seedRows).toContain('Health and Wellbeing | Public Protection Forum');
    expect(seedRows).toContain('Specialist Crime | Missing Sub Group');
    expect(seedRows.length).toBeGreaterThan(25);
  });

  it('publishes each board of the table, under its area, and no other', () => {
    const published = tableRows(page('partnership-working').text).map((cells) => cells.join(' | '));
    expect(published.sort()).toEqual([...seedRows].sort());
  });
});

describe("Annex D: the Police and Crime Panel's functions", () => {
  const seed = tabbedRows(section('ANNEX D: Police Reform and Social Responsibility Act 2011 – Police and Crime Panels', 'ANNEX E: Table of partnerships in which OPCCN participates'));
  // The seed's column headings ("Function", "Reference") and its "Supporting powers" heading row have no reference of their own.
  const seedRows = seed.filter(([label, reference]) => reference !== '' && label !== 'Function').map((cells) => cells.join(' | '));

  it('publishes every function and supporting power with its reference in the Act, and no other', () => {
    const published = tableRows(page('police-and-crime-panel').text).map((cells) => cells.join(' | '));
    expect(seedRows).toContain('Review (and if necessary veto) PCC\'s level of precept | S28(5) and sch5');
    expect(published.sort()).toEqual([...seedRows].sort());
  });
});

describe('collaboration', () => {
  const seed = section('Collaboration', 'Norfolk 2020: Change Programme').join('\n');
  const text = plain(page('collaboration').text);

  it('names every force of ERSOU and of the 7 Force programme', () => {
    const ersou = /from the following police forces: ([^.]+)\./.exec(seed)![1]!.split(/, | and /);
    const sevenForces = /\n(\w[\w, ]+) police forces are seeking/.exec(seed)![1]!.split(/, | and /);
    expect(ersou).toHaveLength(6);
    expect(sevenForces).toHaveLength(7);
    const markdown = page('collaboration').text;
    const easternRegion = markdown.slice(markdown.indexOf('\n## The Eastern Region\n'), markdown.indexOf('\n## ', markdown.indexOf('\n## The Eastern Region\n') + 1));
    expect(easternRegion).toContain('ERSOU');
    for (const force of ersou) expect(easternRegion).toContain(`- ${force}\n`);
    for (const force of sevenForces) expect(text).toContain(force);
  });

  it('keeps Norfolk and Suffolk, the Eastern Region and the 7 Force programme as sections of their own', () => {
    for (const heading of ['Norfolk and Suffolk', 'The Eastern Region', '7 Force Strategic Collaboration Programme']) {
      expect(page('collaboration').text).toContain(`\n## ${heading}\n`);
    }
  });

  it('keeps every paragraph of the briefing, and every figure', () => {
    // Set out differently: ERSOU's forces as a list, and the note to candidates, now told as what the briefing asked.
    const setOutDifferently = /^(Areas of collaboration outside|Any requests for further information)/;
    const kept = paragraphs(section('Collaboration', 'Norfolk 2020: Change Programme')).filter((paragraph) => !setOutDifferently.test(paragraph));
    expect(kept.length).toBeGreaterThan(10);
    for (const paragraph of kept) expect(text).toContain(plain(paragraph));
    for (const figure of figures(seed)) expect(text, figure).toContain(figure);
    expect(text).toContain('Programme Director, Deputy Chief Constable Julia Wortley');
  });
});

describe('Norfolk 2020', () => {
  const seed = section('Norfolk 2020: Change Programme', 'National bodies');
  const text = plain(page('norfolk-2020').text);

  it('keeps every paragraph of the briefing, its broken bullets made headings and lists', () => {
    // Paragraphs the page sets out differently: the areas under review as a list, and a heading the extraction turned into a bullet.
    const kept = paragraphs(seed).filter((paragraph) => !paragraph.startsWith('A specialist in-house team'));
    expect(kept.length).toBeGreaterThan(20);
    for (const paragraph of kept) expect(text).toContain(plain(paragraph));
    // "A, B and C, D and E": the last " and " joins the list; the others are inside names.
    const areas = /will look at ([^.]+)\./.exec(seed.join('\n'))![1]!.replace(/ and (?!.* and )/, ', ').split(', ');
    expect(areas).toHaveLength(4);
    for (const area of areas) expect(text).toContain(`- ${area}`);
    expect(page('norfolk-2020').text).toContain('\n## Working together\n');
  });
});

describe('national bodies', () => {
  const seed = section('National bodies').filter((line) => line.trim() !== '');
  // The section runs name, description, web address, for each body, up to the first annex.
  const bodies = seed.flatMap((line, index) => (/^<https?:/.test(line) ? [{ name: seed[index - 2]!.trim(), description: seed[index - 1]! }] : []));

  it('describes every body the briefing lists, under its name, in the briefing\'s words', () => {
    expect(bodies.map((body) => body.name)).toContain('Independent Police Complaints Commission (IPCC)');
    expect(bodies).toHaveLength(7);
    const text = page('national-bodies').text;
    for (const { name, description } of bodies) {
      expect(text).toContain(`\n## ${name}\n`);
      expect(plain(text)).toContain(plain(description));
    }
  });
});

describe('grants and commissioning', () => {
  const seed = section('Grants and commissioning', 'Collaboration').join('\n');
  const text = plain(page('grants-and-commissioning').text);

  it('states the budget and its two parts, and every area the budget funds', () => {
    const kept = paragraphs(section('Grants and commissioning', 'Collaboration')).filter((paragraph) => !paragraph.startsWith('Services are funded'));
    expect(kept.length).toBeGreaterThan(3);
    for (const paragraph of kept) expect(text).toContain(plain(paragraph));
    for (const figure of figures(seed)) expect(text, figure).toContain(figure);
    for (const area of ['domestic abuse and sexual violence', 'mental health, drugs and alcohol', 'victims and witnesses', 'rehabilitation of offenders']) {
      expect(seed).toContain(area);
      expect(text).toContain(`- ${area}`);
    }
  });
});

describe('the pages, as a reader finds them', () => {
  const published = ['partnership-working', 'collaboration', 'norfolk-2020', 'national-bodies', 'police-and-crime-panel', 'grants-and-commissioning'];

  it('say which version of the briefing they come from, and its date', () => {
    for (const id of published) expect(page(id).data.source, id).toMatchObject({ title: 'Norfolk PCC Candidate Briefing (Version 3)', published: 'April 2016' });
  });

  it('are each linked from the About page', () => {
    const about = page('about').text;
    for (const id of published) expect(about).toContain(`](/${id}/)`);
  });

  it('say in their own text that they describe 2016', () => {
    for (const id of published) expect(page(id).text.split('\n---\n')[1]!.trim().split('\n\n')[0], id).toMatch(/2016/);
  });
});
