import { createHash } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { officeFolderLoader } from '../../src/site/lib/office-loader.ts';
import { entryCacheDir, readEntryData, translationCacheDir } from '../../src/site/lib/entry-cache.ts';
import { TempOffice } from '../helpers/office.ts';

const office = new TempOffice('tests/fixtures/offices/bilingual');

/** Loads a collection of the office through a stand-in for Astro's loader context; the rendered body is the Markdown's text, marked. */
async function load(collection: 'decisions' | 'pages', languages: { default: string; translation?: string }) {
  const entries = new Map<string, { id: string; digest?: string }>();
  const context = {
    collection,
    store: {
      get: (id: string) => entries.get(id),
      set: (entry: { id: string; digest?: string }) => entries.set(entry.id, entry),
      delete: (id: string) => entries.delete(id),
      keys: () => [...entries.keys()],
      addModuleImport: () => {},
    },
    config: { root: pathToFileURL(`${process.cwd()}/`) },
    parseData: async ({ data }: { data: unknown }) => data,
    renderMarkdown: async (text: string) => ({ html: `<p>${text.replace(/^---[\s\S]*?---\n+/, '').trim()}</p><script>alert(1)</script>` }),
    generateDigest: (text: string) => createHash('sha1').update(text).digest('hex'),
  };
  await officeFolderLoader(collection, office.dir, languages).load(context as unknown as LoaderContext);
  return entries;
}

beforeAll(() => vi.stubEnv('OFFICE', office.dir));
afterAll(() => {
  vi.unstubAllEnvs();
  // The site's modules loaded for the copy are not left for the next test file of this worker.
  vi.resetModules();
  office.remove();
});

describe('the loader of a bilingual office', () => {
  it('keeps translations apart from the entries: never an entry, their data and sanitised bodies in a cache of their own', async () => {
    const entries = await load('decisions', { default: 'en', translation: 'cy' });
    expect([...entries.keys()].sort()).toEqual(['2023-24-001', '2023-24-002']);
    const kept = readEntryData(translationCacheDir('decisions', 'cy'));
    expect([...kept.keys()]).toEqual(['2023-24-001']);
    expect(JSON.parse(kept.get('2023-24-001')!.json)).toEqual({
      title: 'Cyllid ar gyfer llinell gymorth i ddioddefwyr',
      decided: 'Cytunwyd i ariannu llinell gymorth i ddioddefwyr troseddau am ddwy flynedd.',
      summary: 'Testun enghreifftiol. Cytunodd y comisiynydd i ariannu llinell gymorth ffôn i ddioddefwyr troseddau.',
    });
  });

  it('reads no translation for an office in one language', async () => {
    const entries = await load('pages', { default: 'en' });
    expect([...entries.keys()]).toEqual(['about']);
    expect(readEntryData(translationCacheDir('pages', 'cy')).size).toBe(0);
    expect(readEntryData(entryCacheDir('pages')).size).toBe(1);
  });
});

describe('an entry in the language of its page', async () => {
  // The site's modules read the office when they are loaded: after OFFICE names the copy, loaded afresh
  // even where another test file of the same worker has loaded them for another office.
  vi.stubEnv('OFFICE', office.dir);
  vi.resetModules();
  const { translated, translatedAll, translatedBody, untranslated } = await import('../../src/site/lib/translations.ts');
  const { officeLanguages } = await import('../../src/site/lib/language.ts');
  const [english, welsh] = officeLanguages as [(typeof officeLanguages)[0], (typeof officeLanguages)[0]];
  const entry = (id: string) => ({ id, collection: 'decisions', data: { title: `English ${id}`, amount: 120000, date: '2023-05-10' } });

  it('is the entry as it is in the default language', async () => {
    await load('decisions', { default: 'en', translation: 'cy' });
    const plain = entry('2023-24-001');
    expect(await translated(plain, english)).toBe(plain);
  });

  it("has its translation's fields laid over it in the other, and no lang", async () => {
    await load('decisions', { default: 'en', translation: 'cy' });
    const result = await translated(entry('2023-24-001'), welsh);
    expect(result.data).toMatchObject({ title: 'Cyllid ar gyfer llinell gymorth i ddioddefwyr', amount: 120000, date: '2023-05-10' });
    expect(result.lang).toBeUndefined();
    expect(translatedBody(entry('2023-24-001'), welsh)).toBe('<p>Testun enghreifftiol. Mae\'r llinell gymorth yn ateb galwadau gan ddioddefwyr troseddau bob dydd o\'r wythnos.</p>');
  });

  it('is the entry as it is, marked with the default language, while it has no translation', async () => {
    await load('decisions', { default: 'en', translation: 'cy' });
    const [first, second] = await translatedAll([entry('2023-24-001'), entry('2023-24-002')], welsh);
    expect(first!.lang).toBeUndefined();
    expect(second).toEqual({ ...entry('2023-24-002'), lang: 'en-GB' });
    expect(translatedBody(entry('2023-24-002'), welsh)).toBeUndefined();
  });

  it('keeps the data it was translated from, for the addresses, however often it is translated', async () => {
    await load('decisions', { default: 'en', translation: 'cy' });
    const plain = entry('2023-24-001');
    const once = await translated(plain, welsh);
    const twice = await translated(once, welsh);
    expect(twice.data.title).toBe('Cyllid ar gyfer llinell gymorth i ddioddefwyr');
    expect(untranslated(once.data)).toBe(plain.data);
    expect(untranslated(twice.data)).toBe(plain.data);
    expect(untranslated(plain.data)).toBe(plain.data);
  });

  it("has a translated list's words from its translation item by item, and the items' links from the entry", async () => {
    office.edit('decisions/2023-24-001.cy.md', /^title:/m, 'attachments:\n  - title: Adroddiad\n    file: files/other.pdf\ntitle:');
    await load('decisions', { default: 'en', translation: 'cy' });
    const attachments = [
      { title: 'Report', file: 'files/report.pdf', size: 1200 },
      { title: 'Appendix', file: 'files/appendix.pdf' },
    ];
    const result = await translated({ ...entry('2023-24-001'), data: { ...entry('2023-24-001').data, attachments } }, welsh);
    // The second item is not translated yet: it stays as the entry has it.
    expect((result.data as { attachments: unknown }).attachments).toEqual([{ title: 'Adroddiad', file: 'files/report.pdf', size: 1200 }, attachments[1]]);
  });
});
