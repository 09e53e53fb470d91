import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { entriesToRender, pathsInEachLanguage, readBuiltPages, writePreviousPages } from '../../src/site/lib/page-reuse.ts';

const folders: string[] = [];
afterEach(() => folders.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));
function recordsFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'page-records-'));
  folders.push(dir);
  return dir;
}

const notice = (id: string, digest: string, reference = id, filePath = `decisions/${id}.md`) => ({ id, digest, reference, filePath });
const pathOf = (entry: { reference: string }) => `decisions/${entry.reference}/`;
const ids = (entries: { id: string }[]) => entries.map((entry) => entry.id);

describe('entries to render', () => {
  it('renders again a page whose entry is unchanged but which shows something else that changed (a paper\'s size)', () => {
    const records = recordsFolder();
    writePreviousPages(records, { site: '/srv/site', pages: { decisions: { same: { digest: 'a\0PDF, 12 KB', path: 'decisions/same/' }, other: { digest: 'b', path: 'decisions/other/' } } } });
    const sizes: Record<string, string> = { same: 'PDF, 14 KB', other: '' };
    expect(ids(entriesToRender('decisions', [notice('same', 'a'), notice('other', 'b')], pathOf, (entry) => sizes[entry.id]!, { PAGE_RECORDS: records }))).toEqual(['same']);
  });

  it('renders every entry, and records nothing, outside a build that keeps records', () => {
    const entries = [notice('1-2020', 'a'), notice('2-2020', 'b')];
    expect(entriesToRender('decisions', entries, pathOf, undefined, {})).toEqual(entries);
  });

  it('renders every entry when there is no last build, and records each page for the next', () => {
    const records = recordsFolder();
    expect(ids(entriesToRender('decisions', [notice('1-2020', 'a')], pathOf, undefined, { PAGE_RECORDS: records }))).toEqual(['1-2020']);
    expect(readBuiltPages(records)).toEqual({ decisions: { pages: { '1-2020': { digest: 'a', path: 'decisions/1-2020/', reused: false } } } });
  });

  it('reuses only the pages of entries unchanged in content and path, and never of MDX entries', () => {
    const records = recordsFolder();
    writePreviousPages(records, {
      site: '/srv/site',
      pages: {
        decisions: {
          same: { digest: 'a', path: 'decisions/same/' },
          edited: { digest: 'b', path: 'decisions/edited/' },
          moved: { digest: 'c', path: 'decisions/moved/' },
          withdrawn: { digest: 'd', path: 'decisions/withdrawn/' },
          mdx: { digest: 'e', path: 'decisions/mdx/' },
        },
      },
    });
    const entries = [notice('same', 'a'), notice('edited', 'B'), notice('moved', 'c', 'moved-again'), notice('added', 'f'), notice('mdx', 'e', 'mdx', 'decisions/mdx.mdx')];
    expect(ids(entriesToRender('decisions', entries, pathOf, undefined, { PAGE_RECORDS: records }))).toEqual(['edited', 'moved', 'added', 'mdx']);
    const built = readBuiltPages(records).decisions!;
    expect(built.reusedFrom).toBe('/srv/site');
    expect(Object.entries(built.pages).filter(([, page]) => page.reused).map(([id]) => id)).toEqual(['same']);
    expect(Object.keys(built.pages)).not.toContain('withdrawn');
    expect(readdirSync(records).sort()).toEqual(['decisions.pages.json', 'previous.json']);
  });
});

describe('a reusable page in each language', () => {
  it('is at its path in the default language, and after the code of the other', () => {
    expect(pathsInEachLanguage('decisions/41-2020/', [{ code: 'en', isDefault: true }])).toEqual(['decisions/41-2020/']);
    expect(pathsInEachLanguage('decisions/41-2020/', [{ code: 'en', isDefault: true }, { code: 'cy', isDefault: false }])).toEqual(['decisions/41-2020/', 'cy/decisions/41-2020/']);
  });
});
