import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { deployment } from '../../src/domain/deployment.ts';
import { noticePath, reviseOneDecision, writeSyntheticOffice } from '../../bench/synthetic-office.ts';
import { watchedBuild } from '../../bench/watched-build.ts';
import { digests } from '../helpers/digests.ts';
import { NOTTINGHAMSHIRE } from '../helpers/office.ts';

const work = mkdtempSync(join(tmpdir(), 'watch-'));
// A small office's other pages: each build in the watch reuses or renders its pages by the same rules as the sample's.
const office = writeSyntheticOffice(NOTTINGHAMSHIRE, join(work, 'office'), 40);
const env = { ...process.env, OFFICE: office };
const site = join(work, 'site');
const watching = watchedBuild(office, site, ['--as-of', '2026-01-01']);
afterAll(async () => {
  await watching.stop();
  rmSync(work, { recursive: true, force: true });
  rmSync(deployment(env).cacheDir, { recursive: true, force: true });
});

describe('npm run watch', () => {
  it('builds the site, then publishes each edit and deletion as a full build would', async () => {
    const first = await watching.next();
    expect(first.built, first.output).toBe(true);
    // A notice the edits leave alone: its page, as the first build published it.
    const untouched = join(site, noticePath(office, join(office, 'decisions', readdirSync(join(office, 'decisions')).sort()[0]!)), 'index.html');
    const firstPublished = statSync(untouched).ino;
    // The first build rendered every page; while the watch waits for an edit, they are copied into the next
    // build's staging folder, where Astro finds them in place rather than copy them itself.
    const staged = `${site}.staging/${relative(site, untouched)}`;
    await expect.poll(() => existsSync(staged)).toBe(true);
    const copied = statSync(staged).ino;
    // Each build after the first is Astro's second or third in the same process.
    for (const build of [2, 3]) {
      const { page, title } = reviseOneDecision(office);
      const rebuilt = await watching.next();
      expect(rebuilt.output).toMatch(/reusing \d+ unchanged pages of the last build/);
      expect(readFileSync(join(site, page), 'utf8')).toContain(title);
      // The second build published the copy; the third, the first's file of the page, moved from the site the second replaced.
      expect(statSync(untouched).ino, `build ${build}`).toBe(build === 2 ? copied : firstPublished);
    }
    // Two notices deleted while the last site's pages are kept for the next build, one of them the last by
    // its file's name: their pages go all the same.
    const files = readdirSync(join(office, 'decisions')).sort();
    const deletedPages = [files[1]!, files.at(-1)!].map((file) => {
      const deleted = join(office, 'decisions', file);
      const page = join(site, noticePath(office, deleted));
      expect(existsSync(page)).toBe(true);
      rmSync(deleted);
      return page;
    });
    const afterDeletion = await watching.next();
    expect(afterDeletion.built, afterDeletion.output).toBe(true);
    for (const page of deletedPages) expect(existsSync(page), page).toBe(false);

    execFileSync(process.execPath, ['src/build/commands/build.ts', '--out', join(work, 'fresh'), '--as-of', '2026-01-01', '--full'], { env, stdio: 'pipe' });
    expect(digests(site)).toEqual(digests(join(work, 'fresh')));
  });

  it('builds a file each time an editor saves it by replacing it, as many editors and git do', async () => {
    const file = join(office, 'decisions', readdirSync(join(office, 'decisions')).sort()[2]!);
    const page = join(site, noticePath(office, file), 'index.html');
    for (const save of [1, 2, 3]) {
      const title = `Saved by replacing the file, time ${save}`;
      const saving = join(office, 'decisions', `.${basename(file)}.saving`);
      writeFileSync(saving, readFileSync(file, 'utf8').replace(/^title: .*$/m, `title: "${title}"`));
      renameSync(saving, file);
      const saved = await watching.next();
      expect(saved.built, saved.output).toBe(true);
      expect(readFileSync(page, 'utf8'), `save ${save}`).toContain(title);
    }
  });

  it('reports an edit that fails the check, keeps the site, and builds the edit that mends it', async () => {
    const file = join(office, 'decisions', readdirSync(join(office, 'decisions')).sort()[0]!);
    const text = readFileSync(file, 'utf8');
    const published = digests(site);
    writeFileSync(file, text.replace(/^date: .*$/m, 'date: 31 June 2024'));
    const failed = await watching.next();
    expect(failed.built).toBe(false);
    expect(failed.output).toContain(basename(file));
    expect(failed.output).toMatch(/date/);
    expect(digests(site)).toEqual(published);

    const { page, title } = reviseOneDecision(office);
    writeFileSync(file, text);
    const mended = await watching.next();
    expect(mended.built, mended.output).toBe(true);
    // The site published before the failed edit is still the one the last build recorded: the build builds on it.
    expect(mended.output).toMatch(/reusing \d+ unchanged pages of the last build/);
    expect(readFileSync(join(site, page), 'utf8')).toContain(title);
  });
});
