import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const work = mkdtempSync(join(tmpdir(), 'reproducible-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function digests(root: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else files[path.slice(root.length)] = createHash('sha256').update(readFileSync(path)).digest('hex');
    }
  };
  walk(root);
  return files;
}

describe('reproducible builds', () => {
  it('builds byte-identical output from the same content and build date', () => {
    const build = (name: string) => {
      const out = join(work, name);
      execFileSync(process.execPath, ['scripts/build.ts', '--out', out, '--as-of', '2024-03-31'], { env: { ...process.env, OFFICE: 'content' }, stdio: 'pipe' });
      return digests(out);
    };
    const first = build('first');
    const second = build('second');
    expect(Object.keys(first).length).toBeGreaterThan(300);
    const different = Object.keys(first).filter((file) => first[file] !== second[file]);
    expect(different).toEqual([]);
    expect(Object.keys(second).sort()).toEqual(Object.keys(first).sort());
  });
});
