import { execFileSync, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configureOffice } from '../helpers/office.ts';

// The publisher as an office installs it: packed by npm, unpacked into the office's node_modules, run from
// there by its command. The publisher's dependencies are linked from this repository's node_modules rather
// than fetched, so the test needs no network; what npm pack leaves out of the package, the office lacks.

const work = mkdtempSync(join(tmpdir(), 'installed-package-'));
const office = join(work, 'office');
const installed = join(office, 'node_modules', 'pcc-transparency-publisher');
const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
/** Node 20 where the machine has it, as offices' machines may: the command hands over to the publisher's own Node 22. */
const systemNode = ['/usr/bin/node', process.execPath].find((path) => existsSync(path))!;

afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Runs the publisher's command in the office, as npm runs its scripts, with no OFFICE or SITE_URL of the test's. */
function publisher(...args: string[]): SpawnSyncReturns<string> {
  const { OFFICE: _office, SITE_URL: _site, ...environment } = process.env;
  return spawnSync(systemNode, [join(installed, 'bin', 'pcc-publisher.mjs'), ...args], { cwd: office, env: environment, encoding: 'utf8' });
}

const about = () => readFileSync(join(office, 'dist', 'about', 'index.html'), 'utf8');
/** Pages the office adds beside its about page. */
const GUIDES = 70;
const guides = () => Array.from({ length: GUIDES }, (_, n) => readFileSync(join(office, 'dist', `guide-${n + 1}`, 'index.html'), 'utf8'));

/** A node_modules folder holding the packed publisher and links to each of the packages this repository installed. */
function installInto(modules: string, tarball: string) {
  mkdirSync(modules, { recursive: true });
  for (const name of readdirSync('node_modules')) {
    if (name.startsWith('.') || name === 'pcc-transparency-publisher') continue;
    symlinkSync(resolve('node_modules', name), join(modules, name));
  }
  execFileSync('tar', ['-xzf', tarball, '-C', work]);
  renameSync(join(work, 'package'), join(modules, 'pcc-transparency-publisher'));
}

beforeAll(() => {
  const packed = execFileSync('npm', ['pack', '--json', '--pack-destination', work], { encoding: 'utf8' });
  const [{ filename }] = JSON.parse(packed) as [{ filename: string }];
  // The starter runs from an installed copy too; the office gets that copy's node_modules once it exists.
  const tool = join(work, 'tool');
  installInto(join(tool, 'node_modules'), join(work, filename));
  const created = spawnSync(systemNode, [join(tool, 'node_modules', 'pcc-transparency-publisher', 'bin', 'pcc-publisher.mjs'), 'init', office, '--area', 'North Exampleshire', '--kind', 'pfcc', '--email', 'enquiries@example.org'], { encoding: 'utf8' });
  expect(created.status, created.stderr).toBe(0);
  renameSync(join(tool, 'node_modules'), join(office, 'node_modules'));
});

describe('an office that installs the packed publisher', () => {
  it('is created by the starter with its content, workflows and a dependency on this version', () => {
    const manifest = JSON.parse(readFileSync(join(office, 'package.json'), 'utf8')) as { dependencies: Record<string, string>; scripts: Record<string, string> };
    expect(manifest.dependencies).toEqual({ 'pcc-transparency-publisher': `^${version}` });
    expect(manifest.scripts.test).toBe('pcc-publisher test');
    const config = JSON.parse(readFileSync(join(office, 'content', 'office.json'), 'utf8')) as { name: string; description: string; commissioner: { title: string } };
    expect(config.name).toBe('Office of the Police, Fire and Crime Commissioner for North Exampleshire');
    expect(config.commissioner.title).toBe('Police, Fire and Crime Commissioner');
    // A Police, Fire and Crime Commissioner's office starts by saying it is the fire and rescue authority too.
    expect(config.description).toContain('the fire and rescue service in North Exampleshire');
    expect(readFileSync(join(office, 'content', 'pages', 'about.md'), 'utf8')).toContain('is also the fire and rescue authority');
    for (const file of ['.github/workflows/check.yml', '.github/workflows/deploy.yml', '.gitignore', 'README.md', 'content/pages/about.md']) expect(existsSync(join(office, file)), file).toBe(true);
    // The guides its README names come with the publisher, with the pictures they show.
    for (const guide of ['editing.md', 'checks.md', 'customising.md']) {
      expect(readFileSync(join(office, 'README.md'), 'utf8')).toContain(`\`${guide}\``);
      expect(existsSync(join(installed, 'docs', guide)), guide).toBe(true);
    }
    for (const [, picture] of readFileSync(join(installed, 'docs', 'editing.md'), 'utf8').matchAll(/\]\((images\/[^)]+)\)/g)) expect(existsSync(join(installed, 'docs', picture!)), picture).toBe(true);
    const decisions = readdirSync(join(office, 'content', 'decisions'));
    expect(decisions).toHaveLength(1);
    expect(readFileSync(join(office, 'content', 'decisions', decisions[0]!), 'utf8')).toMatch(/^status: draft$/m);
  });

  it('refuses a folder that is not empty, and options it does not take, in a sentence, and gives its usage when asked', () => {
    const again = publisher('init', office, '--area', 'Elsewhere');
    expect(again.status).toBe(2);
    expect(again.stderr).toContain('is not empty');
    // Without an email address the office would have no way for the public to reach it.
    const unreachable = publisher('init', join(work, 'unreachable'), '--area', 'Elsewhere');
    expect(unreachable.status).toBe(2);
    expect(unreachable.stderr).toMatch(/^Say where the public can write to the office, with --email\.\nUsage: pcc-publisher init/);
    expect(existsSync(join(work, 'unreachable'))).toBe(false);
    const unknown = publisher('init', join(work, 'other'), '--colour', 'blue');
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/Unknown option '--colour'[\s\S]*Usage: pcc-publisher init/);
    expect(publisher('publish').stderr).toContain('There is no command "publish"');
    // Asked for help, it says how it is used, and creates nothing.
    const help = publisher('init', join(work, 'helped'), '--help');
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^Usage: pcc-publisher init <folder>/);
    expect(existsSync(join(work, 'helped'))).toBe(false);
  });

  it('uses a footer of its own, checks its content and passes its own tests: the build, every link, and axe on one page of each kind', () => {
    writeFileSync(join(office, 'content', 'pages', 'about.md'), readFileSync(join(office, 'content', 'pages', 'about.md'), 'utf8').replace('This site publishes', '*This* site publishes'));
    // Enough pages that most bodies are sanitised by the loader's thread (body-writer.ts), which runs the installed TypeScript too.
    for (let guide = 1; guide <= GUIDES; guide++) writeFileSync(join(office, 'content', 'pages', `guide-${guide}.md`), `---\ntitle: Guide ${guide}\ndescription: How to find guide ${guide}.\n---\n\nThe *guide* numbered ${guide}.\n`);
    // A component of the office's own, outside the installed publisher's folder, replaces the site's footer.
    mkdirSync(join(office, 'content', 'components'));
    writeFileSync(join(office, 'content', 'components', 'Footer.astro'), '---\nconst { office } = Astro.props;\n---\n<footer><p>{office.shortName} footer of its own</p></footer>\n');
    configureOffice(join(office, 'content'), { appearance: { components: { Footer: 'components/Footer.astro' } } });
    const checked = publisher('check');
    expect(checked.status, checked.stdout + checked.stderr).toBe(0);
    expect(checked.stdout).toMatch(/^0 errors/m);
    const tested = publisher('test');
    expect(tested.status, tested.stdout + tested.stderr).toBe(0);
    expect(tested.stdout).toContain('No page breaks a rule');
    expect(about()).toContain('<em>This</em>');
    guides().forEach((guide, n) => expect(guide).toContain(`The <em>guide</em> numbered ${n + 1}.`));
    expect(about()).toContain('<p>OPFCCNE footer of its own</p>');
    // Its example entries are drafts: its listings say there is nothing yet, rather than show empty headings.
    const decisions = readFileSync(join(office, 'dist', 'decisions', 'index.html'), 'utf8');
    expect(decisions).toContain('No decision notices have been published yet.');
    expect(decisions).not.toContain('Latest decisions');
    expect(existsSync(join(installed, 'dist'))).toBe(false);
    // The office's caches are in the office, not in the installed publisher.
    expect(existsSync(join(office, 'node_modules', '.astro'))).toBe(true);
  });

  it('rebuilds its pages with a new version of the publisher whose sanitiser allows less', () => {
    // The site the test before built, with an about page that has an <em>.
    // The new version: its allowlist drops <em>, as a security fix to the sanitiser might drop an element.
    const sanitizer = join(installed, 'src', 'site', 'lib', 'sanitize.ts');
    writeFileSync(sanitizer, readFileSync(sanitizer, 'utf8').replace('allowedTags: [...SAFE_ELEMENTS, ...MARKDOWN_ELEMENTS]', "allowedTags: [...SAFE_ELEMENTS, ...MARKDOWN_ELEMENTS].filter((tag) => tag !== 'em')"));
    const manifest = join(installed, 'package.json');
    writeFileSync(manifest, readFileSync(manifest, 'utf8').replace(`"version": "${version}"`, '"version": "999.0.0"'));
    const rebuilt = publisher('build');
    expect(rebuilt.status, rebuilt.stderr).toBe(0);
    expect(about()).not.toContain('<em>');
    expect(about()).toContain('This site publishes');
    guides().forEach((guide, n) => expect(guide).toContain(`The guide numbered ${n + 1}.`));
  });
});
