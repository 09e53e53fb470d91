import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { bodyWriter } from '../../src/site/lib/body-writer.ts';
import { sanitizeBody } from '../../src/site/lib/sanitize.ts';

let scratch: string;
afterEach(() => rmSync(scratch, { recursive: true, force: true }));

const bodyOf = (n: number) => `<p>Decision ${n}.</p><script>alert(${n})</script><a href="javascript:alert(1)">link</a>`;

describe('the body writer', () => {
  it('keeps a first build’s many bodies sanitised, those beyond the first few written by its thread, and is ready again after', async () => {
    scratch = mkdtempSync(join(tmpdir(), 'bodies-'));
    const dir = join(scratch, 'entries', 'decisions');
    const writer = bodyWriter();
    for (let n = 0; n < 300; n++) await writer.write({ dir, digest: `d${n}`, html: bodyOf(n) }, `decisions/${n}.md`);
    await writer.written();
    expect(readdirSync(dir).sort()).toEqual(Array.from({ length: 300 }, (_, n) => `d${n}.html`).sort());
    for (const n of [0, 63, 64, 299]) {
      const kept = readFileSync(join(dir, `d${n}.html`), 'utf8');
      expect(kept).toBe(sanitizeBody(bodyOf(n)));
      expect(kept).not.toMatch(/script|javascript/);
    }
    await writer.write({ dir, digest: 'edited', html: bodyOf(300) }, 'decisions/300.md');
    await writer.written();
    expect(readFileSync(join(dir, 'edited.html'), 'utf8')).toBe(sanitizeBody(bodyOf(300)));
  });

  it('names the file whose body its thread could not keep, with no stack trace', async () => {
    scratch = mkdtempSync(join(tmpdir(), 'bodies-'));
    const dir = join(scratch, 'decisions');
    // A file where a folder should be: nothing can be written under it.
    writeFileSync(join(scratch, 'blocked'), '');
    const writer = bodyWriter();
    for (let n = 0; n < 100; n++) await writer.write({ dir: n === 80 ? join(scratch, 'blocked') : dir, digest: `d${n}`, html: bodyOf(n) }, `decisions/${n}.md`);
    const error = (await writer.written().then(() => undefined, (failed: unknown) => failed)) as Error | undefined;
    expect(error?.message).toMatch(/^decisions\/80\.md: its body could not be kept \(.+\)\.$/);
    expect(error?.stack).toBe('');
  });

  it('says the bodies were not kept when its thread stops, and then writes again rather than repeat the failure or wait for ever', async () => {
    scratch = mkdtempSync(join(tmpdir(), 'bodies-'));
    const dir = join(scratch, 'decisions');
    const stopping = join(scratch, 'stopping-thread.mjs');
    writeFileSync(stopping, "import { parentPort } from 'node:worker_threads';\nparentPort.on('message', () => process.exit(3));\n");
    const writer = bodyWriter(stopping);
    for (let n = 0; n < 70; n++) await writer.write({ dir, digest: `d${n}`, html: bodyOf(n) }, `decisions/${n}.md`);
    const error = (await writer.written().then(() => undefined, (failed: unknown) => failed)) as Error | undefined;
    expect(error?.message).toMatch(/^The bodies of [1-6] entries were not kept: the thread writing them stopped\.$/);
    // The next save's bodies, kept here, are written and heard of.
    await writer.write({ dir, digest: 'again', html: bodyOf(70) }, 'decisions/70.md');
    await writer.written();
    expect(readFileSync(join(dir, 'again.html'), 'utf8')).toBe(sanitizeBody(bodyOf(70)));
  });

  it('fails at once on a body it keeps itself that cannot be written', async () => {
    scratch = mkdtempSync(join(tmpdir(), 'bodies-'));
    writeFileSync(join(scratch, 'blocked'), '');
    const writer = bodyWriter();
    await expect(writer.write({ dir: join(scratch, 'blocked'), digest: 'd0', html: bodyOf(0) }, 'decisions/0.md')).rejects.toThrow();
  });

  it('never keeps a process from ending that stops before its bodies are all handed over, as a sync that fails part way does', () => {
    scratch = mkdtempSync(join(tmpdir(), 'bodies-'));
    const writer = fileURLToPath(new URL('../../src/site/lib/body-writer.ts', import.meta.url));
    // Past the 64 bodies kept here, a message's worth given to the thread and written, and a few more not yet handed over, never waited for.
    const script = `import { bodyWriter } from ${JSON.stringify(writer)};
const writer = bodyWriter();
for (let n = 0; n < 84; n++) await writer.write({ dir: ${JSON.stringify(scratch)}, digest: 'd' + n, html: '<p>' + n + '</p>' }, 'decisions/' + n + '.md');`;
    const file = join(scratch, 'sync-that-stops.mjs');
    writeFileSync(file, script);
    // Bounded only so that a failing run ends: the process, working, ends by itself.
    const run = spawnSync(process.execPath, [file], { timeout: 120_000 });
    expect(run.signal).toBeNull();
    expect(run.status).toBe(0);
  });
});
