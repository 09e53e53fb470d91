import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { DATA_FILE, entryCacheDir } from '../../src/site/lib/entry-cache.ts';
import { digests } from '../helpers/digests.ts';
import { NOTTINGHAMSHIRE } from '../helpers/office.ts';
import { NOTTINGHAMSHIRE_AS_OF, SAMPLE_SITE_URL } from '../setup/shared-sites.ts';

const work = mkdtempSync(join(tmpdir(), 'reproducible-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('reproducible builds', () => {
  it('builds byte-identical output from the same content and build date', () => {
    // The first build is the shared sample's, made before any test ran; the second is made here as it was.
    const first = digests(inject('norfolkSite'));
    const out = join(work, 'second');
    execFileSync(process.execPath, ['src/build/commands/build.ts', '--out', out, '--as-of', inject('norfolkAsOf')], { env: { ...process.env, OFFICE: 'content', SITE_URL: SAMPLE_SITE_URL }, stdio: 'pipe' });
    const second = digests(out);
    expect(Object.keys(first).length).toBeGreaterThan(300);
    const different = Object.keys(first).filter((file) => first[file] !== second[file]);
    expect(different).toEqual([]);
    expect(Object.keys(second).sort()).toEqual(Object.keys(first).sort());
  });

  it('builds the same site again when entries have gone from the cache beside the content store', () => {
    // The first build is the shared Nottinghamshire site's, which filled the cache; the second is made here as it was.
    const first = digests(inject('nottinghamshireSite'));
    const { SITE_URL: _, ...environment } = process.env;
    const env = { ...environment, OFFICE: NOTTINGHAMSHIRE };
    // The plans' data, and the budgets' rendered bodies.
    rmSync(join(entryCacheDir('plans', env), DATA_FILE));
    const budgets = entryCacheDir('budgets', env);
    for (const body of readdirSync(budgets).filter((name) => name.endsWith('.html'))) rmSync(join(budgets, body));
    const out = join(work, 'cache-emptied');
    execFileSync(process.execPath, ['src/build/commands/build.ts', '--out', out, '--as-of', NOTTINGHAMSHIRE_AS_OF], { env, stdio: 'pipe' });
    expect(digests(out)).toEqual(first);
  });
});
