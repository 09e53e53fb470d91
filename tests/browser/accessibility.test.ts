import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessibilityCheckFiles, accessibilityReport, checkAccessibility, violationLines } from '../../src/build/accessibility.ts';
import { serve } from '../../src/build/static-server.ts';
import { browserSession } from '../helpers/browser-session.ts';

const session = browserSession();

// Every page of the sample is checked in every-page.test.ts, in the visit that checks its security and reflow.
describe('the accessibility check', () => {
  const root = mkdtempSync(join(tmpdir(), 'accessibility-check-'));
  const page = (path: string, body: string) => {
    mkdirSync(join(root, path), { recursive: true });
    writeFileSync(join(root, path, 'index.html'), `<!doctype html><html lang="en"><head><title>A page</title></head><body><main><h1>A page</h1>${body}</main></body></html>`);
  };
  let site: Awaited<ReturnType<typeof serve>>;
  beforeAll(async () => {
    page('', '<p>Nothing wrong here.</p>');
    page('unlabelled/', '<img src="/a.png"><img src="/b.png"><img src="/c.png"><img src="/d.png"><input type="text">');
    for (const path of ['over-an-image/', 'over-another-image/']) page(path, '<p style="color: #777; background: url(/texture.png)">Text over an image, whose contrast axe cannot work out.</p>');
    page('hangs/', '<script>for (;;);</script>');
    writeFileSync(join(root, '404.html'), '<!doctype html><title>Not found</title>');
    site = await serve(root, { files: accessibilityCheckFiles });
  });
  afterAll(async () => {
    await site?.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('names each page with a violation, the rule and the elements that break it', async () => {
    const found = await checkAccessibility(session.browser(), site.url, ['/', '/unlabelled/']);
    expect(violationLines(found)).toEqual([
      '/unlabelled/ image-alt: Images must have alternative text (img[src="/a.png"], img[src="/b.png"], img[src="/c.png"] and 1 more)',
      '/unlabelled/ label: Form elements must have labels (input)',
    ]);
  });

  it('names a page that is not there, or never finishes loading at two tries, and what it was doing; and checks the others', async () => {
    // The page that hangs never finishes, so a short budget names it however fast the machine;
    // the others keep the usual one.
    const hanging = checkAccessibility(session.browser(), site.url, ['/hangs/'], { budgetMs: 1_000 });
    const others = checkAccessibility(session.browser(), site.url, ['/', '/gone/', '/unlabelled/']);
    const hung = await hanging;
    expect(hung.retried).toEqual([{ path: '/hangs/', reason: 'not checked within 1 s, loading it' }]);
    expect(hung.unchecked).toEqual([{ path: '/hangs/', reason: 'not checked within 1 s, loading it' }]);
    const found = await others;
    expect(found.unchecked).toEqual([{ path: '/gone/', reason: 'the server answered 404' }]);
    expect(found.checked.map((checked) => checked.path)).toEqual(['/', '/unlabelled/']);
  });

  it('visits a page again in a new window when its first visit overruns, and says what held it up', async () => {
    const windows: unknown[] = [];
    let visits = 0;
    // The first visit's own checks never end; the second's do at once.
    const checked = () => (visits++ === 0 ? new Promise<void>(() => undefined) : Promise.resolve());
    const found = await checkAccessibility(session.browser(), site.url, ['/'], { budgetMs: 10_000, visit: { opened: (page) => windows.push(page.context()), checked } });
    expect(found.retried).toEqual([{ path: '/', reason: "not checked within 10 s, making the visit's own checks" }]);
    expect(found.unchecked).toEqual([]);
    expect(found.checked.map((page) => page.path)).toEqual(['/']);
    // One page to check opens one window, and a second for its second visit.
    expect(new Set(windows).size).toBe(2);
  });

  it('reports the pages checked and every check that needs a person, once each', async () => {
    const found = await checkAccessibility(session.browser(), site.url, ['/', '/over-an-image/', '/over-another-image/']);
    const report = accessibilityReport(found, new Date('2026-03-31T12:00:00Z'));
    expect(report).toMatchObject({ tested: '2026-03-31', standard: 'WCAG 2.2 AA', pages: 3 });
    expect(report.needsAPerson).toEqual([{ id: 'color-contrast', help: expect.stringContaining('contrast') }]);
  });
});
