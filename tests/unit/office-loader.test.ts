import { createHash } from 'node:crypto';
import { renameSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatProblem } from '../../src/domain/check/problems.ts';
import { entryCacheDir, readEntryData } from '../../src/site/lib/entry-cache.ts';
import { officeFolderLoader } from '../../src/site/lib/office-loader.ts';
import { NOTTINGHAMSHIRE, TempOffice } from '../helpers/office.ts';

let office: TempOffice;
afterEach(() => {
  office?.remove();
  vi.unstubAllEnvs();
});

/** The data the site's loader keeps for each entry of a collection, by id, loaded through a stand-in for Astro's loader context. */
async function load(collection: 'pages' | 'plans'): Promise<Record<string, unknown>> {
  // The loader keeps its entries in the content cache of the office being built.
  vi.stubEnv('OFFICE', office.dir);
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
    renderMarkdown: async () => ({ html: '<p>Rendered.</p>' }),
    generateDigest: (text: string) => createHash('sha1').update(text).digest('hex'),
  };
  await officeFolderLoader(collection, office.dir).load(context as unknown as LoaderContext);
  return Object.fromEntries(Array.from(readEntryData(entryCacheDir(collection)), ([id, { json }]) => [id, JSON.parse(json) as unknown]));
}

/** How the loader fails: its message, and no stack trace for Astro to print. */
async function failure(collection: 'pages' | 'plans'): Promise<{ message: string; stack?: string }> {
  const error = (await load(collection).then(() => undefined, (failed: unknown) => failed)) as Error | undefined;
  expect(error).toBeInstanceOf(Error);
  return { message: error!.message, stack: error!.stack };
}

describe('the office loader', () => {
  it('loads what the check reads: a byte-order mark, a name ending .Markdown, a link inside the office folder', async () => {
    office = new TempOffice(NOTTINGHAMSHIRE);
    office.write('pages/about.Markdown', `\uFEFF${office.read('pages/about.md')}`);
    renameSync(join(office.dir, 'pages/about.md'), join(office.dir, 'plan-notes.md'));
    symlinkSync('../plan-notes.md', join(office.dir, 'pages/notes.md'));
    const pages = await load('pages');
    expect(Object.keys(pages).sort()).toEqual(['about', 'notes']);
    expect(pages.about).toEqual(pages.notes);
    expect(pages.about).toMatchObject({ title: 'About the Commissioner and the OPCC' });
    expect(office.check().problems).toEqual([]);
  });

  it('refuses text that is not UTF-8, naming the file and line, with no stack trace', async () => {
    office = new TempOffice(NOTTINGHAMSHIRE);
    writeFileSync(join(office.dir, 'pages/about.md'), Buffer.from(office.read('pages/about.md').replace('the OPCC', 'the OPCC, Café'), 'latin1'));
    const { message, stack } = await failure('pages');
    expect(message).toMatch(/^\S*\/pages\/about\.md, line 2: the file is not saved as UTF-8: .*\nRun npm run check for the details\.$/);
    expect(stack).toBe('');
  });

  it('refuses two files for one entry, and links that lead nowhere or round a loop, as the check does', async () => {
    office = new TempOffice(NOTTINGHAMSHIRE);
    office.write('plans/business-plan-2014-15.MD', office.read('plans/business-plan-2014-15.md'));
    symlinkSync('gone.md', join(office.dir, 'plans/missing.md'));
    symlinkSync('..', join(office.dir, 'plans/up'));
    const { message, stack } = await failure('plans');
    const found = office.check().problems.filter((problem) => problem.file.includes('/plans/'));
    expect(found.map((problem) => problem.rule).sort()).toEqual(['duplicate-file', 'link', 'link']);
    expect(message).toBe(`${found.map(formatProblem).join('\n')}\nRun npm run check for the details.`);
    expect(stack).toBe('');
  });
});
