import { execFile } from 'node:child_process';
import { mkdirSync, renameSync, rmSync, symlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import type { TestProject } from 'vitest/node';
import { asOfDate } from '../../src/domain/as-of.ts';
import { CLEVELAND, NOTTINGHAMSHIRE, TempOffice } from '../helpers/office.ts';
import { TEST_FOLDER } from './test-folder.ts';

/** The address the sample site is built for: a reserved test domain, for its sitemap and feeds (content/office.json sets none). */
export const SAMPLE_SITE_URL = 'https://norfolk.sample.test';
/** The date Exampleshire's shared site (exampleshireSite) is built as of. */
export const EXAMPLESHIRE_AS_OF = '2025-03-31';
/** The date Nottinghamshire's shared sites are built as of, for the test that builds one again. */
export const NOTTINGHAMSHIRE_AS_OF = '2024-03-31';
/** The address nottinghamshireAddressedSite's office.json gives, and the one its SITE_URL gives, which wins. */
export const NOTTINGHAMSHIRE_OFFICE_SITE = 'https://nottinghamshire.sample.test';
export const NOTTINGHAMSHIRE_VARIABLE_SITE = 'https://transparency.sample.test';
/** The GitHub repository nottinghamshireAddressedSite's office.json names, for the editor. */
export const NOTTINGHAMSHIRE_REPOSITORY = 'nottinghamshire-opcc/transparency';

/**
 * The sites that several test files read and none changes, each built once here, before any file runs,
 * rather than once by each file: the Norfolk sample, the fictional Exampleshire on two dates and as a
 * mayor's archive, the bilingual North Wales example, Nottinghamshire without an address and with two,
 * and Cleveland in English and Welsh.
 * A test that needs another change to an office, or other options, builds its own.
 */
// The sample is built as of today, named rather than left to each build process, so that a test can
// build it again as of the same day (tests/build/reproducible.test.ts), even past midnight.
const NORFOLK_AS_OF = asOfDate();
const EXAMPLESHIRE = 'tests/fixtures/offices/exampleshire';

/**
 * Cleveland given a Welsh name and translation, none of its entries translated yet but its about page,
 * whose translation gives its title and not yet its text, and with a page of its own in English alone:
 * the shell of a bilingual office.
 */
function inWelsh(office: TempOffice): void {
  // A postal address (a made-up one) with its Welsh form, for the Welsh pages' contact details.
  const contact = { website: 'https://www.cleveland.pcc.police.uk', address: ['PO Box 1', 'Exampletown'] };
  office.configure({ contact, translation: { language: 'cy-GB', name: 'Swyddfa Comisiynydd Heddlu a Throseddu Cleveland', address: ['Blwch Post 1', 'Trefenghraifft'] } });
  office.write('pages/about.cy.md', "---\ntitle: Am yr enghraifft hon\ndescription: Beth yw'r swyddfa enghreifftiol hon.\n---\n");
  office.write('pages/how-to-reach-us.md', '---\ntitle: How to reach us\ndescription: Writing to the office.\n---\n\nWrite to the office at its address.\n');
  // A register entry with no text, translated: its Welsh page has no text to say is untranslated.
  office.write('people/sam-example.md', '---\nname: Sam Example\nrole: chief-executive\njobTitle: Chief Executive and Monitoring Officer\npublished: 2019-01\n---\n');
  office.write('people/sam-example.cy.md', '---\njobTitle: Prif Weithredwr a Swyddog Monitro\n---\n');
}

/**
 * Exampleshire as a mayor's office, scrutinised by an assembly's committee, whose deputy mayor for policing and crime takes the decisions, and
 * marked an archive, with a folder that has no entries yet: changes to different parts of its pages, read
 * by tests/build/office-kinds.test.ts and tests/build/site-currency.test.ts in one build rather than several.
 */
function asMayorsArchive(office: TempOffice): void {
  // Scrutinised by a committee of the area's assembly, as London's Mayor is, rather than by a panel, and with no route of its own for complaints about the Mayor.
  const { police } = (JSON.parse(office.read('office.json')) as { complaints: { police: unknown } }).complaints;
  // Its force led by a commissioner of police, as London's is, not by a chief constable.
  const mayor = { kinds: [{ kind: 'mayor' }], panel: 'Police and Crime Committee of the Exampleshire Assembly', chiefOfficer: 'Commissioner of Exampleshire Police', complaints: { police }, commissioner: { name: 'Alex Example', title: 'Mayor of Exampleshire', termStart: '2012-11-22' } };
  const archive = { archive: { since: '2014-04-01', note: 'The office now publishes at www.exampleshire-pcc.example.' } };
  office.configure({ ...mayor, ...archive });
  for (const file of ['2012-13-003', '2013-14-003', '2013-14-004', 'code-of-corporate-governance', 'policing-a-dance-event']) {
    office.edit(`decisions/${file}.md`, 'decisionMaker: pcc', 'decisionMaker: deputy-mayor');
  }
  office.write('people/jo-deputy.md', ['---', 'name: Jo Deputy', 'role: deputy-mayor', 'from: 2012-11-22', 'published: 2013-01', '---', ''].join('\n'));
  // A notice with text in sections of its own, under the page's heading for the detail.
  office.write('decisions/2013-14-003.md', `${office.read('decisions/2013-14-003.md').trimEnd()}\n\n## Background\n\nThe line was first funded in 2012/13.\n`);
  // The Mayor, published the same month as the Chief Finance Officer, whose file comes first by name.
  office.write('people/the-mayor.md', ['---', 'name: Alex Example', 'role: mayor', 'from: 2012-11-22', 'published: 2013-05', '---', ''].join('\n'));
  // A folder kept for entries to come, with none yet, as an office's repository keeps one.
  office.write('policies/.gitkeep', '');
}

/**
 * Nottinghamshire with an address and a repository in office.json, and an address in SITE_URL too (tests/build/site-address.test.ts), and
 * with files as editors' machines leave them (tests/build/office-files.test.ts): a plan linked to from outside
 * its folder, and the About page saved as .Markdown with a byte-order mark. Two changes to different parts of
 * its pages, in one build rather than two.
 */
function withAddressAndEditorsFiles(office: TempOffice): void {
  office.edit('office.json', '"language": "en-GB",', `"language": "en-GB",\n  "site": "${NOTTINGHAMSHIRE_OFFICE_SITE}",\n  "repository": "${NOTTINGHAMSHIRE_REPOSITORY}",`);
  const plan = 'plans/business-plan-2014-15.md';
  renameSync(join(office.dir, plan), join(office.dir, 'business-plan.md'));
  symlinkSync('../business-plan.md', join(office.dir, plan));
  office.write('pages/about.Markdown', `\uFEFF${office.read('pages/about.md').replace(/^title: .*$/m, 'title: The Commissioner, as saved on Windows')}`);
  rmSync(join(office.dir, 'pages/about.md'));
}

type BuildOutput = { stdout: string; stderr: string };
type SharedSite = { office: string; change?: (office: TempOffice) => void; env: Record<string, string | undefined>; args: string[] };

const SHARED_SITES = {
  norfolkSite: { office: 'content', env: { SITE_URL: SAMPLE_SITE_URL }, args: ['--as-of', NORFOLK_AS_OF] },
  // Its address is set for the test of the note to editors, which looks for it in the feeds and the sitemap.
  exampleshireSite: { office: EXAMPLESHIRE, env: { SITE_URL: 'https://exampleshire.test' }, args: ['--as-of', EXAMPLESHIRE_AS_OF] },
  // A date in the spending year its fixtures cover.
  exampleshireSpendingSite: { office: EXAMPLESHIRE, env: {}, args: ['--as-of', '2014-02-15'] },
  // The date its decision's history is checked on; the address, for its pages' alternates in the other language.
  northWalesSite: { office: 'examples/north-wales', env: { SITE_URL: 'https://bilingual.sample.test' }, args: ['--as-of', '2026-12-02'] },
  // Without an address even if the shell has one, for the test of a site without one; built in place, so
  // that a test can build it again with the same content cache (tests/build/reproducible.test.ts).
  nottinghamshireSite: { office: NOTTINGHAMSHIRE, env: { SITE_URL: undefined }, args: ['--as-of', NOTTINGHAMSHIRE_AS_OF] },
  nottinghamshireAddressedSite: { office: NOTTINGHAMSHIRE, change: withAddressAndEditorsFiles, env: { SITE_URL: NOTTINGHAMSHIRE_VARIABLE_SITE }, args: ['--as-of', NOTTINGHAMSHIRE_AS_OF] },
  exampleshireMayorsArchiveSite: { office: EXAMPLESHIRE, change: asMayorsArchive, env: {}, args: ['--as-of', EXAMPLESHIRE_AS_OF] },
  // The shell of a bilingual office none of whose entries is translated yet (tests/build/shell-in-welsh.test.ts).
  clevelandWelshSite: { office: CLEVELAND, change: inWelsh, env: { SITE_URL: 'https://bilingual.sample.test' }, args: ['--as-of', '2026-01-01'] },
} satisfies Record<string, SharedSite>;

/**
 * Two builds at a time, one for each core, in two lanes of about the same length: the small offices one
 * after the other, beside Norfolk's, the longest, and then the rest. Two builds of one office folder at
 * once would both write its content store (in node_modules/.astro/), which is empty in a fresh checkout.
 */
const BUILD_ORDER: (keyof typeof SHARED_SITES)[][] = [
  ['exampleshireSite', 'exampleshireSpendingSite', 'nottinghamshireSite', 'clevelandWelshSite'],
  ['norfolkSite', 'northWalesSite', 'exampleshireMayorsArchiveSite', 'nottinghamshireAddressedSite'],
];

/** Empties the tests' temporary folder, then builds the shared sites into .cache/test-sites/ (git-ignored). */
export default async function setup(project: TestProject): Promise<void> {
  project.provide('norfolkAsOf', NORFOLK_AS_OF);
  rmSync(TEST_FOLDER, { recursive: true, force: true });
  mkdirSync(TEST_FOLDER, { recursive: true });
  const output: Partial<Record<keyof typeof SHARED_SITES, BuildOutput>> = {};
  await Promise.all(
    BUILD_ORDER.map(async (names) => {
      for (const name of names) {
        const { office, env, args, change }: SharedSite = SHARED_SITES[name];
        const out = resolve('.cache/test-sites', name);
        const copy = change ? new TempOffice(office) : undefined;
        try {
          if (copy) change!(copy);
          const { stdout, stderr } = await promisify(execFile)(process.execPath, ['src/build/commands/build.ts', '--out', out, ...args], { env: { ...process.env, OFFICE: copy?.dir ?? office, ...env } });
          output[name] = { stdout, stderr };
        } finally {
          copy?.remove();
        }
        project.provide(name, out);
      }
    }),
  );
  project.provide('sharedSitesOutput', output as Record<keyof typeof SHARED_SITES, BuildOutput>);
}

declare module 'vitest' {
  export interface ProvidedContext {
    norfolkSite: string;
    /** The date norfolkSite is built as of. */
    norfolkAsOf: string;
    exampleshireSite: string;
    exampleshireSpendingSite: string;
    northWalesSite: string;
    nottinghamshireSite: string;
    clevelandWelshSite: string;
    exampleshireMayorsArchiveSite: string;
    nottinghamshireAddressedSite: string;
    /** What each shared site's build printed, by the name of the site. */
    sharedSitesOutput: Record<keyof typeof SHARED_SITES, BuildOutput>;
  }
}
