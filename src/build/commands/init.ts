// Creates a new office's repository: pcc-publisher init <folder> --area Exampleshire --email … [--kind pcc|pfcc|mayor]
// [--name "…"] [--short-name …] [--site https://…] [--repository owner/name]. Asks for what is not given when
// run in a terminal. The new repository depends on this version of the publisher, builds straight away
// and passes its own tests.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { asOfDate } from '../../domain/as-of.ts';
import { starterKinds, starterFiles, starterOffice, starterShortName, type OfficeKind, type StarterAnswers } from '../../domain/starter.ts';
import { commandLine } from '../command-line.ts';
import { filesUnder } from '../hard-links.ts';

const USAGE = 'pcc-publisher init <folder> --area "Exampleshire" --email enquiries@… [--kind pcc|pfcc|mayor] [--name "Office of …"] [--short-name OPCC] [--site https://…] [--repository owner/name] [--publisher file:/path/to/pcc-transparency-publisher.tgz]';
const { values, positionals } = commandLine(
  {
    area: { type: 'string' },
    kind: { type: 'string' },
    name: { type: 'string' },
    'short-name': { type: 'string' },
    site: { type: 'string' },
    email: { type: 'string' },
    repository: { type: 'string' },
    // What the new office depends on, for trying a packed copy of the publisher: file:/path/to/its.tgz
    publisher: { type: 'string' },
  },
  USAGE,
);
const PUBLISHER_ROOT = resolve(import.meta.dirname, '../../..');
const STARTER = join(PUBLISHER_ROOT, 'starter');

const folder = positionals[0];
if (!folder) fail(`Say which folder to create the office in.\nUsage: ${USAGE}`);
const target = resolve(folder);
if (existsSync(target) && readdirSync(target).some((name) => name !== '.git')) fail(`${folder} is not empty: give a new folder, or an empty one.`);

const answers = await ask(values);
const today = asOfDate();
const made = starterOffice(answers, today);
if ('problems' in made) fail(`The office was not created:\n${made.problems.map((problem) => `  ${problem}`).join('\n')}`);

const { version } = JSON.parse(readFileSync(join(PUBLISHER_ROOT, 'package.json'), 'utf8')) as { version: string };
const files = starterFiles(answers, made.office, made.text, { publisher: values.publisher ?? `^${version}`, today }, templates());
for (const [path, text] of Object.entries(files)) {
  mkdirSync(dirname(join(target, path)), { recursive: true });
  writeFileSync(join(target, path), text);
}
const shown = relative(process.cwd(), target) || '.';
console.log(`Created the ${made.office.name}'s repository in ${shown}/ (${Object.keys(files).length} files). Next:

  cd ${shown}
  npm install
  npm run build     # builds the site into dist/
  npm test          # the checks GitHub runs on every change

Then put it in a GitHub repository of its own and follow its README.md.`);

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

/** The starter's template files, by their path under starter/, written with forward slashes. */
function templates(): Record<string, string> {
  return Object.fromEntries(filesUnder(STARTER).map((file) => [file.split(sep).join('/'), readFileSync(join(STARTER, file), 'utf8')]));
}

/** The answers given as options, the others asked for in a terminal; without a terminal, what is required must be given. */
async function ask(given: typeof values): Promise<StarterAnswers> {
  const kinds = Object.keys(starterKinds) as OfficeKind[];
  const interactive = process.stdin.isTTY && process.stdout.isTTY;
  const prompt = interactive ? createInterface({ input: process.stdin, output: process.stdout }) : undefined;
  // A question closed unanswered (Ctrl+D) stops the command, as Ctrl+C does.
  const question = async (text: string) => (prompt ? (await prompt.question(text).catch(() => fail('Stopped: no office was created.'))).trim() : '');
  try {
    const area = given.area ?? (await question('The police area (for example Exampleshire): '));
    if (!area) fail(`Say which police area the office serves, with --area.\nUsage: ${USAGE}`);
    const kind = (given.kind ?? ((await question(`The kind of office, one of ${kinds.join(', ')} [pcc]: `)) || 'pcc')).toLowerCase();
    if (!kinds.includes(kind as OfficeKind)) fail(`There is no kind of office "${kind}": expected one of ${kinds.join(', ')}.`);
    const optional = async (option: string | undefined, text: string) => option ?? ((await question(text)) || undefined);
    // Every office gives the public a way to reach it (office.json's contact), and the starter's is its email.
    const required = async (option: string | undefined, text: string, missing: string) => (await optional(option, text)) ?? fail(`${missing}\nUsage: ${USAGE}`);
    return {
      area,
      kind: kind as OfficeKind,
      name: await optional(given.name, `The office's full name [${starterKinds[kind as OfficeKind].office(area)}]: `),
      shortName: await optional(given['short-name'], `The short name the office signs itself by, shown as "Contact …" on every page [${starterShortName({ area, kind: kind as OfficeKind })}]: `),
      site: await optional(given.site, 'The address the site will be published at, starting https:// (leave empty to set it later): '),
      email: await required(given.email, 'An email address for the public to contact the office: ', 'Say where the public can write to the office, with --email.'),
      repository: given.repository,
    };
  } finally {
    prompt?.close();
  }
}
