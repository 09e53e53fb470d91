import { afterEach, describe, expect, it } from 'vitest';
import { cmsConfig, type CmsField } from '../../src/domain/cms-config.ts';
import { translatedFields, translatedItemFields } from '../../src/domain/collections.ts';
import { translatedFilePath, translationCode } from '../../src/domain/content-files.ts';
import { officeFiles } from '../../src/domain/office-files.ts';
import { readOffice } from '../../src/domain/office.ts';
import { checkOffice } from '../../src/domain/check/index.ts';
import { formatTranslationReport } from '../../src/domain/check/translations.ts';
import type { Problem } from '../../src/domain/check/problems.ts';
import { interfaceStrings } from '../../src/build/content-check.ts';
import { TempOffice } from '../helpers/office.ts';

const BILINGUAL = 'tests/fixtures/offices/bilingual';
const AS_OF = '2024-01-01';

let office: TempOffice | undefined;
afterEach(() => office?.remove());

const copy = () => (office = new TempOffice(BILINGUAL));
const rules = (problems: Problem[], rule: string) => problems.filter((problem) => problem.rule === rule);

describe('translation files', () => {
  it('are named for their entry and a language other than the default', () => {
    expect(translationCode('41-2020.cy.md', ['cy'])).toBe('cy');
    expect(translationCode('2020/41-2020.cy.md', ['cy'])).toBe('cy');
    expect(translationCode('41-2020.md', ['cy'])).toBeUndefined();
    // The default language's files have the plain names: a Welsh office's English is .en.md.
    expect(translationCode('41-2020.cy.md', ['en'])).toBeUndefined();
    expect(translatedFilePath('content/decisions/41-2020.cy.md')).toBe('content/decisions/41-2020.md');
  });

  it('are never entries of their own', () => {
    const found = officeFiles(BILINGUAL);
    expect(found.files.map(({ path }) => path).filter((path) => /\.cy\.md$/.test(path))).toEqual([]);
    expect(found.translations.map(({ path, code }) => [path.replace(`${BILINGUAL}/`, ''), code])).toEqual([
      ['decisions/2023-24-001.cy.md', 'cy'],
      ['pages/about.cy.md', 'cy'],
      ['people/sam-example.cy.md', 'cy'],
    ]);
    expect(found.problems).toEqual([]);
  });

  it('are marked in every collection by the schema: free text, never dates, amounts or links', () => {
    expect(translatedFields('decisions')).toEqual(expect.arrayContaining(['title', 'decided', 'summary', 'publicNote']));
    expect(translatedFields('decisions')).not.toEqual(expect.arrayContaining(['amount']));
    expect(translatedFields('decisions').some((field) => ['amount', 'date', 'reference', 'decisionMaker', 'status', 'editorsNote'].includes(field))).toBe(false);
    expect(translatedFields('pages')).toEqual(['title', 'description', 'publicNote', 'changes', 'withdrawn']);
  });

  it("mark a list's items' words, never their ids, numbers or links", () => {
    expect(translatedFields('plans')).toEqual(expect.arrayContaining(['pillars', 'actions', 'lists']));
    expect(translatedItemFields('plans', 'pillars')).toEqual(['title', 'summary', 'objectives']);
    expect(translatedItemFields('decisions', 'attachments')).toEqual(['title']);
    expect(translatedItemFields('meetings', 'papers')).toEqual(['title']);
    expect(translatedItemFields('plans', 'title')).toEqual([]);
    expect(translatedItemFields('meetings', 'agenda')).toEqual([]);
  });
});

describe('the check of a bilingual office', () => {
  it('warns of a published entry without its translation, or refuses it, by office.json', () => {
    const { problems } = copy().check({ asOf: AS_OF });
    expect(rules(problems, 'untranslated')).toEqual([
      expect.objectContaining({ severity: 'warning', file: expect.stringMatching(/decisions\/2023-24-002\.md$/), line: 1, message: expect.stringMatching(/expected 2023-24-002\.cy\.md beside it.*found none/) }),
    ]);
    expect(problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    office!.edit('office.json', '"untranslated": "warning"', '"untranslated": "error"');
    expect(rules(office!.check({ asOf: AS_OF }).problems, 'untranslated')[0]!.severity).toBe('error');
  });

  it('does not ask for the translation of a draft', () => {
    copy().edit('decisions/2023-24-002.md', 'amount: 8500', 'amount: 8500\nstatus: draft');
    expect(rules(office!.check({ asOf: AS_OF }).problems, 'untranslated')).toEqual([]);
  });

  it('reports a translation whose entry does not exist', () => {
    copy().write('decisions/2023-24-009.cy.md', '---\ntitle: Dim\n---\n');
    expect(rules(office!.check({ asOf: AS_OF }).problems, 'translation')).toEqual([
      expect.objectContaining({ severity: 'error', file: expect.stringMatching(/2023-24-009\.cy\.md$/), message: expect.stringMatching(/expected an entry 2023-24-009\.md beside this translation, found none/) }),
    ]);
  });

  it('warns of a translated field or text the entry has and its translation leaves out, which the page in Welsh would show in English', () => {
    copy().edit('decisions/2023-24-001.cy.md', /^summary: .*\n/m, '');
    office!.write('decisions/2023-24-001.cy.md', office!.read('decisions/2023-24-001.cy.md').replace(/\n---\n[\s\S]*$/, '\n---\n'));
    // A warning even where office.json makes an entry with no translation an error: part of one is there.
    office!.edit('office.json', '"untranslated": "warning"', '"untranslated": "error"');
    const left = rules(office!.check({ asOf: AS_OF }).problems, 'untranslated').filter((problem) => problem.file.endsWith('2023-24-001.cy.md'));
    expect(left).toEqual([
      expect.objectContaining({ severity: 'warning', field: 'summary', message: 'expected summary in Welsh, as 2023-24-001.md has it, found none: the Welsh page shows it in English meanwhile' }),
      expect.objectContaining({ severity: 'warning', field: 'body', line: 5, message: expect.stringContaining('expected the text in Welsh below the front matter, as 2023-24-001.md has text, found none') }),
    ]);
  });

  it("takes the approvals' words in Welsh, their role and statement, and refuses a translation that changes who signed", () => {
    copy().edit('decisions/2023-24-001.md', /^summary:/m, 'approvals:\n  - role: Chief Finance Officer\n    name: Sam Example\n    statement: There are no financial consequences.\nsummary:');
    office!.edit('decisions/2023-24-001.cy.md', /^summary:/m, 'approvals:\n  - role: Prif Swyddog Cyllid\n    name: Sam Example\n    statement: Nid oes goblygiadau ariannol.\nsummary:');
    const problems = office!.check({ asOf: AS_OF }).problems.filter((problem) => problem.file.endsWith('2023-24-001.cy.md'));
    expect(problems).toEqual([]);
    office!.edit('decisions/2023-24-001.cy.md', '    name: Sam Example', '    name: Sam Enghraifft');
    expect(rules(office!.check({ asOf: AS_OF }).problems, 'translation')).toEqual([expect.objectContaining({ field: 'approvals.0.name', message: expect.stringMatching(/^expected name "Sam Example" in item 1 of approvals, as 2023-24-001\.md has it, found "Sam Enghraifft"/) })]);
  });

  it('reports a field that is not translated, naming the file it belongs in', () => {
    copy().edit('decisions/2023-24-001.cy.md', 'summary:', 'amount: 120000\nsummary:');
    const [problem] = rules(office!.check({ asOf: AS_OF }).problems, 'translation');
    expect(problem).toMatchObject({ field: 'amount', line: 4, message: expect.stringMatching(/^amount is the same in every language, so it belongs in 2023-24-001\.md only/) });
  });

  it("validates a translation's fields against the schema, with file, line and field", () => {
    copy().edit('decisions/2023-24-001.cy.md', /^title: .*$/m, 'title: 42').edit('pages/about.cy.md', /^title: .*\n/m, 'titel: Beth\n');
    const problems = rules(office!.check({ asOf: AS_OF }).problems, 'schema');
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ file: expect.stringMatching(/2023-24-001\.cy\.md$/), line: 2, field: 'title', message: 'expected text, found 42: put it in quotes to keep it as text, as written (unquoted, 010 is read as the number 10)' }),
        expect.objectContaining({ file: expect.stringMatching(/about\.cy\.md$/), field: 'titel', message: expect.stringMatching(/unknown field "titel".*title/) }),
        expect.objectContaining({ file: expect.stringMatching(/about\.cy\.md$/), field: 'title', message: 'this field is required but missing' }),
      ]),
    );
  });

  it('reports an interface string missing in a language, with its file, line and key', () => {
    const strings = interfaceStrings();
    const cy = JSON.parse(strings.cy!.text) as { translation: Record<string, string> };
    delete cy.translation.notYetTranslated;
    const { problems, translations } = copy().check({ asOf: AS_OF, strings: { ...strings, cy: { path: strings.cy!.path, text: JSON.stringify(cy, null, 2) } } });
    expect(rules(problems, 'interface-string')).toEqual([
      expect.objectContaining({ file: expect.stringMatching(/src\/site\/strings\/cy\.json$/), field: 'translation.notYetTranslated', line: expect.any(Number), message: expect.stringMatching(/^expected the string translation\.notYetTranslated in Welsh, .*found none/) }),
    ]);
    expect(translations!.missingStrings).toEqual([{ file: expect.stringMatching(/cy\.json$/), key: 'translation.notYetTranslated' }]);
    // The Welsh table as it is has every string.
    expect(rules(copy().check({ asOf: AS_OF, strings }).problems, 'interface-string')).toEqual([]);
  });

  describe("a plan's pillars", () => {
    const plan = (pillars: string) => `---\ntitle: Plan\nkind: police-and-crime-plan\nperiod:\n  from: 2024/25\n  to: 2026/27\nstatus: published\nsummary: A plan.\npillars:\n${pillars}---\n`;
    const pillar = (id: string, number: number, title: string, objectives: string[]) => `  - id: ${id}\n    number: ${number}\n    title: ${title}\n${objectives.length ? `    objectives:\n${objectives.map((objective) => `      - ${objective}\n`).join('')}` : ''}`;
    const english = pillar('victims', 1, 'Supporting victims', ['Faster support']) + pillar('roads', 2, 'Safer roads', []);
    const welsh = pillar('victims', 1, 'Cefnogi dioddefwyr', ['Cymorth cyflymach']) + pillar('roads', 2, 'Ffyrdd mwy diogel', []);
    const checked = (translation: string) => {
      copy().write('plans/plan.md', plan(english)).write('plans/plan.cy.md', `---\ntitle: Cynllun\nsummary: Cynllun.\npillars:\n${translation}---\n`);
      return rules(office!.check({ asOf: AS_OF }).problems, 'translation');
    };

    it('are translated in words, each with the entry\'s id and number', () => {
      expect(checked(welsh)).toEqual([]);
    });

    it('report a pillar whose id or number differs from the entry\'s, with file, line and field', () => {
      expect(checked(welsh.replace('id: roads', 'id: ffyrdd').replace('number: 1', 'number: 3'))).toEqual([
        expect.objectContaining({ severity: 'error', file: expect.stringMatching(/plans\/plan\.cy\.md$/), line: 6, field: 'pillars.0.number', message: expect.stringMatching(/^expected number 1 in item 1 of pillars, as plan\.md has it, found 3: only the words of an item \(title, summary, objectives\) are translated/) }),
        expect.objectContaining({ line: 10, field: 'pillars.1.id', message: expect.stringMatching(/^expected id "roads" in item 2 of pillars, as plan\.md has it, found "ffyrdd"/) }),
      ]);
    });

    it('report a pillar left out, and a number missing', () => {
      expect(checked(pillar('victims', 1, 'Cefnogi dioddefwyr', []).replace('    number: 1\n', ''))).toEqual([
        expect.objectContaining({ line: 4, field: 'pillars', message: expect.stringMatching(/^expected 2 items in pillars, as plan\.md has, in the same order, found 1/) }),
        expect.objectContaining({ line: 5, field: 'pillars.0.number', message: expect.stringMatching(/^expected number 1 in item 1 of pillars, as plan\.md has it, found none/) }),
      ]);
    });
  });

  it("refuses a translation into the office's own language", () => {
    copy().edit('office.json', '"language": "cy-GB"', '"language": "en-GB"');
    const { office: read, problems } = readOffice(office!.dir);
    expect(read).toBeNull();
    expect(problems).toEqual([expect.objectContaining({ field: 'translation.language', message: expect.stringMatching(/expected a language other than the office's own, "en-GB".*found "en-GB"/) })]);
  });
});

describe('the North Wales example', () => {
  it('checks with no error, and warns only of the decision left untranslated on purpose', () => {
    const { problems, translations } = checkOffice('examples/north-wales', { strings: interfaceStrings() });
    expect(problems.map(({ severity, file, rule }) => [severity, file.replace(/^.*north-wales\//, ''), rule])).toEqual([['warning', 'decisions/chief-constable-retire-and-rehire-2025.md', 'untranslated']]);
    expect(translations!.untranslated).toHaveLength(1);
  });
});

describe("office.json's translation of the office's own names", () => {
  it('gives the complaints routes\' and the licence\'s names, and refuses a name for a route the office does not give', () => {
    const withNames = '"translation": {\n    "complaints": { "commissioner": { "name": "Panel Heddlu a Throseddu" } },\n    "licence": { "name": "Trwydded Llywodraeth Agored v3.0" },';
    copy().edit('office.json', '"translation": {', withNames).edit('office.json', '"registerReport"', '"complaints": { "commissioner": { "name": "Police and Crime Panel", "email": "panel@example.org" } },\n  "registerReport"');
    const { office: read, problems } = readOffice(office!.dir);
    expect(problems).toEqual([]);
    expect(read!.translation).toMatchObject({ complaints: { commissioner: { name: 'Panel Heddlu a Throseddu' } }, licence: { name: 'Trwydded Llywodraeth Agored v3.0' } });
    office!.edit('office.json', '"complaints": { "commissioner": { "name": "Panel', '"complaints": { "police": { "name": "Panel');
    expect(readOffice(office!.dir).problems).toEqual([expect.objectContaining({ field: 'translation.complaints.police', message: expect.stringMatching(/^expected complaints\.police to name the route this translates, found none/) })]);
    office!.edit('office.json', '"complaints": { "police": { "name": "Panel', '"complaints": { "fire": { "name": "Panel');
    expect(readOffice(office!.dir).problems).toEqual([expect.objectContaining({ field: 'translation.complaints.fire', message: expect.stringMatching(/^expected complaints\.fire to name the route this translates, found none/) })]);
  });
});

describe('the check of an office that publishes in one language', () => {
  it('reports a translation file, and asks for no translations', () => {
    copy().edit('office.json', /"translation": \{[^}]*\},\n/, '');
    const { problems, translations } = office!.check({ asOf: AS_OF });
    expect(translations).toBeUndefined();
    expect(rules(problems, 'untranslated')).toEqual([]);
    expect(rules(problems, 'translation').map(({ file, message }) => [file.replace(/^.*\/(\w+\/[\w.-]+)$/, '$1'), message.slice(0, 60)])).toEqual([
      ['decisions/2023-24-001.cy.md', 'this office publishes in one language, en-GB (office.json\'s '],
      ['pages/about.cy.md', 'this office publishes in one language, en-GB (office.json\'s '],
      ['people/sam-example.cy.md', 'this office publishes in one language, en-GB (office.json\'s '],
    ]);
  });
});

describe('the translation report', () => {
  it('names the entry left untranslated, with its title, and every missing string', () => {
    const { translations } = copy().check({ asOf: AS_OF, strings: interfaceStrings() });
    expect(translations!.untranslated).toEqual([{ file: expect.stringMatching(/decisions\/2023-24-002\.md$/), title: "Replacing the office's telephones" }]);
    const text = formatTranslationReport(translations, 0);
    expect(text).toMatch(/^Not yet translated into cy-GB:/);
    expect(text).toMatch(/decisions\/2023-24-002\.md {2}Replacing the office's telephones\n/);
    expect(text).not.toMatch(/2023-24-001|about|sam-example/);
    expect(text).toMatch(/1 entry and 0 interface strings not yet translated$/);
  });

  it('says an office in one language has nothing to translate', () => {
    expect(formatTranslationReport(undefined, 0)).toBe('This office publishes in one language: it has nothing to translate.');
  });
});

describe("the editor's configuration of a bilingual office", () => {
  const { office: bilingual } = readOffice(BILINGUAL);
  const config = cmsConfig(bilingual!, BILINGUAL, 'https://example.org/');
  const decisions = config.collections.find(({ name }) => name === 'decisions')!;
  const field = (name: string) => (decisions.fields as CmsField[]).find((found) => found.name === name)!;

  it("puts each language in its own file beside the default's, which keeps its plain name", () => {
    expect(config.i18n).toEqual({ structure: 'multiple_files', locales: ['en', 'cy'], default_locale: 'en', omit_default_locale_from_file_path: true });
    expect(decisions.i18n).toBe(true);
  });

  it('shows translated fields and the body in both languages, the others in the default alone', () => {
    expect([field('title').i18n, field('decided').i18n, field('body').i18n]).toEqual([true, true, true]);
    expect([field('amount').i18n, field('date').i18n]).toEqual([false, false]);
  });

  it("shows a list's items' words in both languages, and copies their links into the translation", () => {
    const attachments = field('attachments');
    expect(attachments.i18n).toBe(true);
    expect((attachments.fields as CmsField[]).map(({ name, i18n }) => [name, i18n])).toEqual([['title', true], ['file', 'duplicate'], ['size', 'duplicate']]);
  });

  it('leaves an English-only office without i18n', () => {
    const { office: english } = readOffice('content');
    const plain = cmsConfig(english!, 'content', 'https://example.org/');
    expect(plain).not.toHaveProperty('i18n');
    expect(plain.collections.every((collection) => !('i18n' in collection) && (collection.fields as CmsField[]).every((found) => !('i18n' in found)))).toBe(true);
  });
});
