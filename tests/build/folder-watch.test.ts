import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { watchFolders } from '../../src/build/folder-watch.ts';

const office = mkdtempSync(join(tmpdir(), 'folder-watch-'));
mkdirSync(join(office, 'decisions'));
writeFileSync(join(office, 'decisions', '41-2020.md'), 'first\n');
let changes = 0;
const failures: Error[] = [];
watchFolders(office, { ignored: (name) => name.startsWith('.'), changed: () => (changes += 1), failed: (error) => failures.push(error) });
afterAll(() => rmSync(office, { recursive: true, force: true }));

/** Makes a change, and waits until the watch has reported one more. */
async function reported(change: () => void): Promise<void> {
  const before = changes;
  change();
  await expect.poll(() => changes).toBeGreaterThan(before);
}

describe('the folders npm run watch follows', () => {
  it('reports a file each time it is saved by replacing it', async () => {
    for (const save of [1, 2, 3]) {
      await reported(() => {
        writeFileSync(join(office, 'decisions', '.41-2020.md.saving'), `save ${save}\n`);
        renameSync(join(office, 'decisions', '.41-2020.md.saving'), join(office, 'decisions', '41-2020.md'));
      });
    }
  });

  it('reports the files of a folder added, and of one removed and added again', async () => {
    await reported(() => mkdirSync(join(office, 'plans')));
    await reported(() => writeFileSync(join(office, 'plans', 'plan.md'), 'a plan\n'));
    await reported(() => writeFileSync(join(office, 'plans', 'plan.md'), 'the plan revised\n'));
    await reported(() => rmSync(join(office, 'plans'), { recursive: true }));
    await reported(() => mkdirSync(join(office, 'plans')));
    await reported(() => writeFileSync(join(office, 'plans', 'plan.md'), 'a plan again\n'));
    expect(failures).toEqual([]);
  });
});
