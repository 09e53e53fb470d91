import { officeSchema, type Office } from './schemas/office.ts';
import { collections, hasDrafts, type CollectionName } from './collections.ts';
import { scaffold } from './scaffold.ts';
import { slugify } from './urls.ts';
import { holdsFire, kindOn, officeKinds, type OfficeKindName } from './office-kinds.ts';
import { asOfDate } from './as-of.ts';
import { referencePattern } from './decision-references.ts';

/** The kinds of office a new office can start as, each with its usual name and abbreviation; the holder's title is its kind's (office-kinds.ts). */
export const starterKinds = {
  pcc: { office: (area: string) => `Office of the Police and Crime Commissioner for ${area}`, short: 'OPCC' },
  pfcc: { office: (area: string) => `Office of the Police, Fire and Crime Commissioner for ${area}`, short: 'OPFCC' },
  mayor: { office: (area: string) => `Office of the Mayor of ${area}`, short: 'OM' },
} as const satisfies Partial<Record<OfficeKindName, unknown>>;

export type OfficeKind = keyof typeof starterKinds;

export interface StarterAnswers {
  area: string;
  kind: OfficeKind;
  /** The office's full name; by default the usual name for its kind and area. */
  name?: string;
  /** A reference of the office's decision notices, as it writes them ("PCD 1234", "DN 12/2024"); by default the first of this year, 1/2026. */
  reference?: string;
  /** The force's chief officer as a sentence names them, where not a chief constable (Commissioner of Police of the Metropolis). */
  chiefOfficer?: string;
  /** The body that scrutinises the office holder, where not the area's panel (London Assembly's Police and Crime Committee). */
  panel?: string;
  /** The police force, by its own name (Norfolk Constabulary, the Metropolitan Police Service); by default the area's name and "Police". */
  force?: string;
  /** The name the office signs itself by ("Contact OPCC" in every footer); by default the initials of the usual name. */
  shortName?: string;
  /** The address the site will be published at; it may be set later. */
  site?: string;
  email?: string;
  /** The GitHub repository the editor saves to, owner/name. */
  repository?: string;
  /** Whether a mayor's office is the fire and rescue authority too, as York and North Yorkshire's is (a pfcc always is). */
  fire?: boolean;
}

export interface StarterOptions {
  /** What the office's package.json depends on: a version range of the publisher, or a file: address of a packed copy. */
  publisher: string;
  today: string;
}


/** The short name a new office gets unless it gives its own: its kind's initials and the area's, OPCCE for Exampleshire's commissioner. */
export function starterShortName(answers: Pick<StarterAnswers, 'area' | 'kind'>): string {
  const initials = answers.area.split(/[\s-]+/).filter(Boolean).map((word) => word[0]!.toUpperCase()).join('');
  return `${starterKinds[answers.kind].short}${initials}`;
}

/** A problem with the answers a new office is made from: the office.json field, the answer it came from where one did, and what was wrong. */
export interface StarterProblem {
  field: string;
  answer?: keyof StarterAnswers;
  message: string;
}

/** The force's chief officer as a new office's sentences name them, unless it gives another title. */
const CHIEF_CONSTABLE = 'chief constable';

/** An answer as given, without its spaces; none for an answer left empty. */
const given = (answer: string | undefined) => answer?.trim() || undefined;

/** The answer each office.json field a new office is made from comes from. */
const ANSWER_OF_FIELD: Record<string, keyof StarterAnswers> = { name: 'name', shortName: 'shortName', policeArea: 'area', force: 'force', chiefOfficer: 'chiefOfficer', panel: 'panel', site: 'site', 'contact.email': 'email', contact: 'email', repository: 'repository', 'decisionReference.example': 'reference' };

/** The office.json a new office starts with on `today`, or the problems with the answers it was made from. */
export function starterOffice(answers: StarterAnswers, today: string = asOfDate()): { office: Office; text: string } | { problems: StarterProblem[] } {
  const kind = starterKinds[answers.kind];
  const reference = given(answers.reference) ?? `1/${today.slice(0, 4)}`;
  const { holderTitle, ofArea } = officeKinds[answers.kind];
  const [chiefOfficer, panel] = [given(answers.chiefOfficer), given(answers.panel)];
  const chief = chiefOfficer ?? CHIEF_CONSTABLE;
  const config = {
    name: given(answers.name) ?? kind.office(answers.area),
    shortName: given(answers.shortName) ?? starterShortName(answers),
    policeArea: answers.area,
    force: given(answers.force) ?? `${answers.area} Police`,
    ...(chiefOfficer && { chiefOfficer }),
    ...(panel && { panel }),
    commissioner: { title: holderTitle },
    ...((answers.kind !== 'pcc' || answers.fire) && { kinds: [{ kind: answers.kind, ...(answers.fire && { fire: true }) }] }),
    contact: answers.email ? { email: answers.email } : {},
    // Its pattern fits references like its example: the office's own, or the number its first notice will have, the first of this year.
    decisionReference: { pattern: referencePattern(reference), example: reference, restarts: 'never' },
    financialYearStart: { month: 4, day: 1 },
    language: 'en-GB',
    description: holdsFire(answers)
      ? `The ${holderTitle} ${ofArea} ${answers.area} sets the priorities for policing and for the fire and rescue service in ${answers.area}, and holds the ${chief} and the chief fire officer to account on the public's behalf.`
      : `The ${holderTitle} ${ofArea} ${answers.area} sets the priorities for policing in ${answers.area} and holds the ${chief} to account on the public's behalf.`,
    ...(answers.site && { site: answers.site }),
    ...(answers.repository && { repository: answers.repository }),
  };
  const parsed = officeSchema.safeParse(config);
  if (!parsed.success) {
    return {
      problems: parsed.error.issues.map((issue) => {
        const field = issue.path.join('.') || 'office';
        return { field, ...(ANSWER_OF_FIELD[field] && { answer: ANSWER_OF_FIELD[field] }), message: issue.message };
      }),
    };
  }
  return { office: parsed.data, text: `${JSON.stringify(config, null, 2)}\n` };
}

/** Every file of a new office's repository, by its path in the repository, for the answers given. */
export function starterFiles(answers: StarterAnswers, office: Office, officeText: string, options: StarterOptions, templates: Record<string, string>): Record<string, string> {
  const name = slugify(`${answers.area} transparency`);
  const title = kindOn(office, options.today).holderTitle;
  const fill = (text: string) => text.replaceAll('{{name}}', office.name).replaceAll('{{title}}', title).replaceAll('{{area}}', office.policeArea);
  const files: Record<string, string> = {
    'package.json': `${JSON.stringify(
      {
        name,
        private: true,
        type: 'module',
        description: `The transparency site of the ${office.name}.`,
        scripts: { check: 'pcc-publisher check', build: 'pcc-publisher build', watch: 'pcc-publisher watch', new: 'pcc-publisher new', dev: 'pcc-publisher dev', preview: 'pcc-publisher preview', test: 'pcc-publisher test' },
        dependencies: { 'pcc-transparency-publisher': options.publisher },
        // The publisher's Node 22 (the package "node") and the bundler it uses (esbuild) install programs of their own.
        allowScripts: { node: true, esbuild: true },
      },
      null,
      2,
    )}\n`,
    '.gitignore': templates['gitignore']!,
    '.github/workflows/check.yml': templates['github/workflows/check.yml']!,
    '.github/workflows/deploy.yml': templates['github/workflows/deploy.yml']!,
    'README.md': fill(templates['README.md']!),
    'content/office.json': officeText,
    'content/pages/about.md': aboutPage(office, title, officeKinds[answers.kind].ofArea, holdsFire(answers)),
    'content/files/.gitkeep': '',
  };
  const existing: { collection: CollectionName; id: string; data: Record<string, unknown> }[] = [];
  for (const collection of Object.keys(collections) as CollectionName[]) {
    if (!hasDrafts(collection)) continue;
    const entry = scaffold(collection, { office, today: options.today, existing });
    files[`content/${collections[collection].folder}/${entry.fileName}`] = entry.text;
  }
  return files;
}

function aboutPage(office: Office, title: string, ofArea: 'for' | 'of', fire: boolean): string {
  const fireAuthority = fire
    ? `\n\nThe ${title} is also the fire and rescue authority: the ${title} sets the priorities for the fire and rescue service in a fire and rescue plan, sets its budget and the fire and rescue part of council tax, and holds the chief fire officer to account.`
    : '';
  return `---
title: What the ${title} does
description: The role of the ${title} ${ofArea} ${office.policeArea}, and how to contact the office.
---

The ${title} ${ofArea} ${office.policeArea} is elected to make policing answer to the people it serves. The ${title} sets the priorities for policing in a police and crime plan, sets the force's budget and the policing part of council tax, and holds the ${office.chiefOfficer ?? CHIEF_CONSTABLE} to account for the way the force works.${fireAuthority}

This site publishes what the law asks the office to publish: its decisions, its plans, its budgets and spending, the services it pays for, and the registers of interests, gifts and meetings.
`;
}
