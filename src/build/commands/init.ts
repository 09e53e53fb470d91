// Creates a new office's repository: pcc-publisher init <folder> --area Exampleshire --email … [--kind pcc|pfcc|mayor] [--fire]
// [--name "…"] [--short-name …] [--force-name "… Constabulary"] [--chief-officer "…"] [--panel "…"] [--reference "PCD 1234"] [--site https://…] [--repository owner/name]. Asks for what is not given when
// run in a terminal. The new repository depends on this version of the publisher, builds straight away
// and passes its own tests.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { asOfDate } from '../../domain/as-of.ts';
import type { Office } from '../../domain/schemas/office.ts';
import { starterKinds, starterFiles, starterOffice, starterShortName, type OfficeKind, type StarterAnswers } from '../../domain/starter.ts';
import { commandLine } from '../command-line.ts';
import { filesUnder } from '../hard-links.ts';

const USAGE = 'pcc-publisher init <folder> --area "Exampleshire" --email enquiries@… [--kind pcc|pfcc|mayor] [--fire] [--name "Office of …"] [--short-name OPCC] [--force-name "Exampleshire Constabulary"] [--chief-officer "Commissioner of Police of the Metropolis"] [--panel "Police and Crime Committee of the London Assembly"] [--reference "PCD 1234"] [--site https://…] [--repository owner/name] [--publisher file:/path/to/pcc-transparency-publisher.tgz]';
const { values, positionals } = commandLine(
  {
    area: { type: 'string' },
    kind: { type: 'string' },
    name: { type: 'string' },
    'short-name': { type: 'string' },
    // The police force's own name (not --force, which a command-line reader takes for "overwrite").
    'force-name': { type: 'string' },
    // Where the force is not led by a chief constable, and the office holder not scrutinised by the area's panel (London).
    'chief-officer': { type: 'string' },
    panel: { type: 'string' },
    // A decision notice's reference as the office writes it, which office.json's pattern is made to fit.
    reference: { type: 'string' },
    site: { type: 'string' },
    email: { type: 'string' },
    repository: { type: 'string' },
    // A mayor's office that is the fire and rescue authority too.
    fire: { type: 'boolean' },
    // What the new office depends on, for trying a packed copy of the publisher: file:/path/to/its.tgz
    publisher: { type: 'string' },
  },
  USAGE,
);
const PUBLISHER_ROOT = resolve(import.meta.dirname, '../../..');
const STARTER = join(PUBLISHER_ROOT, 'starter');

const kinds = Object.keys(starterKinds) as OfficeKind[];
const AREA_QUESTION = 'The police area (for example Exampleshire): ';
const KIND_QUESTION = `The kind of office, one of ${kinds.join(', ')} [pcc]: `;
const FIRE_QUESTION = 'Is the Mayor the fire and rescue authority too (yes or no) [no]: ';
/** The answers the office can be asked for again, each with the question that asks for it. */
const questions: Record<'area' | 'name' | 'shortName' | 'site' | 'email', (answers: Pick<StarterAnswers, 'area' | 'kind'>) => string> = {
  area: () => AREA_QUESTION,
  name: (answers) => `The office's full name [${starterKinds[answers.kind].office(answers.area)}]: `,
  shortName: (answers) => `The short name the office signs itself by, shown as "Contact …" on every page [${starterShortName(answers)}]: `,
  site: () => 'The address the site will be published at, starting https:// (leave empty to set it later): ',
  email: () => 'An email address for the public to contact the office: ',
};

const folder = positionals[0];
if (!folder) fail(`Say which folder to create the office in.\nUsage: ${USAGE}`);
const target = resolve(folder);
if (existsSync(target) && readdirSync(target).some((name) => name !== '.git')) fail(`${folder} is not empty: give a new folder, or an empty one.`);

const today = asOfDate();
const { answers, made } = await ask(values, today);
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

/**
 * The answers given as options, the others asked for in a terminal, and the office they make. In a
 * terminal, an answer the office cannot be made from is asked for again, saying why; without one, what is
 * required must be given, and an answer that is refused stops the command.
 */
async function ask(given: typeof values, today: string): Promise<{ answers: StarterAnswers; made: { office: Office; text: string } }> {
  const interactive = process.stdin.isTTY && process.stdout.isTTY;
  const prompt = interactive ? createInterface({ input: process.stdin, output: process.stdout }) : undefined;
  // A question closed unanswered (Ctrl+D) stops the command, as Ctrl+C does.
  const question = async (text: string) => (prompt ? (await prompt.question(text).catch(() => fail('Stopped: no office was created.'))).trim() : '');
  try {
    let area = given.area ?? (await question(AREA_QUESTION));
    while (!area && prompt) area = await question(AREA_QUESTION);
    if (!area) fail(`Say which police area the office serves, with --area.\nUsage: ${USAGE}`);
    const kindOf = (answer: string) => kinds.find((kind) => kind === (answer || 'pcc').toLowerCase());
    let kind = kindOf(given.kind ?? (await question(KIND_QUESTION)));
    while (!kind && prompt) {
      console.error(`There is no such kind of office: answer one of ${kinds.join(', ')}.`);
      kind = kindOf(await question(KIND_QUESTION));
    }
    if (!kind) fail(`There is no kind of office "${given.kind}": expected one of ${kinds.join(', ')}.`);
    const optional = async (option: string | undefined, answer: keyof typeof questions) => option ?? ((await question(questions[answer]({ area, kind }))) || undefined);
    // Only a mayor's office may or may not be the fire and rescue authority: a pfcc's always is, a pcc's never.
    const fire = given.fire ?? (kind === 'mayor' && /^y(es)?$/i.test(await question(FIRE_QUESTION)));
    const answers: StarterAnswers = {
      area,
      kind,
      ...(fire && { fire }),
      name: await optional(given.name, 'name'),
      shortName: await optional(given['short-name'], 'shortName'),
      site: await optional(given.site, 'site'),
      email: await optional(given.email, 'email'),
      repository: given.repository,
      force: given['force-name'],
      chiefOfficer: given['chief-officer'],
      panel: given.panel,
      reference: given.reference,
    };
    // Every office gives the public a way to reach it (office.json's contact), and the starter's is its email.
    if (!answers.email && !prompt) fail(`Say where the public can write to the office, with --email.\nUsage: ${USAGE}`);
    for (;;) {
      const made = starterOffice(answers, today);
      if (!('problems' in made)) return { answers, made };
      // One question for each answer refused, however many fields it fills (the area fills two), in the order first asked.
      const order = Object.keys(questions);
      const refused = made.problems.filter((problem) => problem.answer && problem.answer in questions).sort((a, b) => order.indexOf(a.answer!) - order.indexOf(b.answer!));
      const askedAgain = prompt ? [...new Map(refused.map((problem) => [problem.answer, problem])).values()] : [];
      if (askedAgain.length === 0) fail(`The office was not created:\n${made.problems.map((problem) => `  ${problem.field}: ${problem.message}`).join('\n')}`);
      for (const problem of askedAgain) {
        const answer = problem.answer as keyof typeof questions;
        const found = answers[answer];
        console.error(found ? `"${found}" cannot be used: ${problem.message}.` : `An answer is needed: ${problem.message}.`);
        const again = await question(questions[answer](answers));
        if (answer === 'area') answers.area = again;
        else answers[answer] = again || undefined;
      }
    }
  } finally {
    prompt?.close();
  }
}
