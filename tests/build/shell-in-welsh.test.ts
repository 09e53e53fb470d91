import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { serve } from '../../src/build/static-server.ts';

// Cleveland given a Welsh translation, built once for the tests that read it (tests/setup/shared-sites.ts).
const site = inject('clevelandWelshSite');

const html = (path: string) => readFileSync(join(site, path), 'utf8');
/** The words of a page's main content (or of the whole page), without tags, apostrophes decoded, spaces collapsed. */
const text = (page: string, part: 'main' | 'all' = 'main') => {
  const shown = part === 'main' ? /<main[^>]*>([\s\S]*)<\/main>/.exec(page)![1]! : page;
  return shown.replace(/<[^>]+>/g, ' ').replace(/&#39;/g, "'").replace(/\s+/g, ' ').trim();
};

describe('the home page, 404 page and accessibility statement of a bilingual office', () => {
  it('speak Welsh at /cy/, with the Welsh name of the office and links to Welsh pages', () => {
    const home = html('cy/index.html');
    expect(home).toContain('<html lang="cy-GB">');
    expect(text(home)).toContain('Y penderfyniadau diweddaraf');
    expect(text(home)).toContain("Dod o hyd i'r hyn sydd ei angen arnoch");
    expect(text(home)).toContain('Barry Coppinger yw\'r comisiynydd, yn y swydd ers 22 Tachwedd 2012.');
    expect(text(home, 'all')).toContain('Angen yr heddlu?');
    expect(home).toContain('href="/cy/decisions/"');
    expect(home).toContain('href="/cy/transparency/"');
    expect(home).not.toMatch(/href="\/(decisions|budgets|services|plans|transparency|about)\/"/);
  });

  it('name the Open Government Licence in Welsh at /cy/ where the office gives no name of its own for it', () => {
    expect(text(html('cy/index.html'), 'all')).toContain('Trwydded Llywodraeth Agored v3.0');
    expect(text(html('cy/index.html'), 'all')).not.toContain('Open Government Licence');
    expect(text(html('index.html'), 'all')).toContain('Open Government Licence v3.0');
  });

  it("say at the top of an entry's Welsh page, under its title, that the entry is not yet translated", () => {
    const notice = html('cy/decisions/index.html').match(/href="(\/cy\/decisions\/(?!\d{4}\/)[^"]+\/)"/)![1]!;
    const page = html(`${notice.slice(1)}index.html`);
    const main = /<main[^>]*>([\s\S]*)<\/main>/.exec(page)![1]!;
    const said = main.indexOf('Nid yw&#39;r cofnod hwn wedi&#39;i gyfieithu i&#39;r Gymraeg eto');
    expect(said).toBeGreaterThan(main.indexOf('</h1>'));
    expect(said).toBeLessThan(main.indexOf('<dl'));
  });

  it("show the English text, marked as English and said to be untranslated, where a translation gives the title but not yet the text", () => {
    const page = html('cy/about/index.html');
    expect(text(page)).toContain('Am yr enghraifft hon');
    expect(text(page)).toContain("Nid yw testun y cofnod hwn wedi'i gyfieithu i'r Gymraeg eto");
    expect(page).toMatch(/<div lang="en-GB">\s*<p>This is an example office for the publisher/);
  });

  it("mark only an untranslated entry's own words as English: its title in the breadcrumb, and not the Welsh label before its title in the updates", () => {
    const notice = html('cy/decisions/index.html').match(/href="\/cy\/(decisions\/(?!\d{4}\/)[^"]+\/)"/)![1]!;
    expect(html(`cy/${notice}index.html`)).toMatch(/<li aria-current="page">Penderfyniad/);
    expect(html('cy/about/index.html')).toMatch(/<li aria-current="page">Am yr enghraifft hon<\/li>/);
    expect(html('cy/how-to-reach-us/index.html')).toContain('<li aria-current="page" lang="en-GB">How to reach us</li>');
    const updates = html('cy/updates/index.html');
    expect(updates).toMatch(/<h2><a href="\/cy\/decisions\/[^"]+\/">Penderfyniad[^<]*: <span lang="en-GB">/);
    expect(updates).not.toMatch(/<h2 lang="en-GB">/);
  });

  it("give the office's postal address as office.json writes it in Welsh on the Welsh pages", () => {
    expect(text(html('cy/index.html'), 'all')).toContain('Blwch Post 1 Trefenghraifft');
    expect(text(html('cy/index.html'), 'all')).not.toContain('PO Box 1');
    expect(text(html('index.html'), 'all')).toContain('PO Box 1 Exampletown');
  });

  it('say nothing of untranslated text on the Welsh page of a translated entry that has no text in either language', () => {
    const person = html('cy/people/sam-example/index.html');
    expect(text(person)).toContain('Prif Weithredwr a Swyddog Monitro');
    expect(text(person)).not.toContain('Nid yw testun');
  });

  it('keep English at the plain addresses', () => {
    expect(text(html('index.html'))).toContain('The latest decisions');
    expect(text(html('404.html'))).toContain('Page not found');
    expect(text(html('accessibility/index.html'))).toContain('Documents published before 23 September 2018');
  });

  it('offer the Welsh home page from the English 404 page, which a host serves at any missing address', () => {
    expect(html('404.html')).toContain('<a href="/cy/" lang="cy-GB" hreflang="cy-GB">Cymraeg</a>');
    // Served at any missing address, neither 404 page names an address of its own, nor one in the other language.
    for (const page of ['404.html', 'cy/404/index.html']) {
      expect(html(page), page).not.toContain('rel="canonical"');
      expect(html(page), page).not.toMatch(/<link rel="alternate" hreflang/);
      expect(html(page), page).not.toContain('og:url');
    }
    expect(html('index.html')).toContain('<link rel="canonical" href="https://bilingual.sample.test/">');
    const welsh = text(html('cy/404/index.html'));
    expect(welsh).toContain("Heb ddod o hyd i'r dudalen");
    expect(welsh).toContain('/cy/decisions/41-2020/');
  });

  it('are served by the preview at a missing address in each language: the Welsh 404 page under /cy/, the English one elsewhere', async () => {
    const server = await serve(site);
    try {
      const welsh = await fetch(`${server.url}/cy/decisions/99-2026/`);
      expect(welsh.status).toBe(404);
      expect(await welsh.text()).toContain('<html lang="cy-GB">');
      const english = await fetch(`${server.url}/decisions/99-2026/`);
      expect(english.status).toBe(404);
      expect(await english.text()).toContain('<html lang="en-GB">');
      // A second preview on the same port says so in a sentence, rather than end in Node's stack trace.
      const port = new URL(server.url).port;
      const second = spawnSync(process.execPath, ['src/build/commands/preview.ts', '--out', site, '--port', port], { encoding: 'utf8' });
      expect(second.status).toBe(2);
      expect(second.stderr).toBe(`Port ${port} is in use, perhaps by another preview still running: stop that one, or choose another port (npm run preview -- --port 4322).\n`);
    } finally {
      await server.close();
    }
  });

  it("are served no longer once the publisher's preview command is stopped, its server stopping with it", async () => {
    const command = spawn(process.execPath, ['bin/pcc-publisher.mjs', 'preview', '--out', site, '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
    const url = await new Promise<string>((done) => {
      let printed = '';
      command.stdout.setEncoding('utf8').on('data', (text: string) => {
        printed += text;
        const served = /at (http:\/\/127\.0\.0\.1:\d+)\//.exec(printed);
        if (served) done(served[1]!);
      });
    });
    expect((await fetch(`${url}/cy/`)).status).toBe(200);
    const ended = new Promise((done) => command.on('exit', done));
    command.kill('SIGTERM');
    await ended;
    await expect(fetch(`${url}/cy/`)).rejects.toThrow();
  });

  it('state the accessibility of the site in Welsh, with Welsh dates and the test report marked as English', () => {
    const statement = html('cy/accessibility/index.html');
    expect(text(statement)).toContain('Datganiad hygyrchedd');
    expect(text(statement)).toContain('Efallai na fydd dogfennau a gyhoeddwyd cyn 23 Medi 2018');
    expect(statement).toMatch(/<span lang="en">axe-core/);
  });
});
