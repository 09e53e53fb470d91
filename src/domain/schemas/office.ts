import { interfaceLanguages } from '../languages.ts';
import { z } from 'astro/zod';
import { contrastRatio, HEX_COLOUR, TEXT_CONTRAST } from '../colour.ts';
import { isoDate, keysOf } from './common.ts';
import { unknownRequirementMessage } from '../requirements.ts';
import { kindsBetween, officeKindNames, officeKinds } from '../office-kinds.ts';
import { displayReference, referencePattern } from '../decision-references.ts';
import { spendingSchema } from './spending.ts';

/** When an office's decision numbers start again: a reference names one notice only within its year. */
export const numberingRestarts = {
  never: 'Never: each reference is used once',
  'calendar-year': 'Each calendar year',
  'financial-year': 'Each financial year',
} as const;


const siteLink = z.strictObject({
  label: z.string().min(1),
  path: z
    .string()
    .regex(/^(?:(?:[a-z0-9][a-z0-9/._-]*\/)?|https:\/\/\S+)$/, { message: 'expected a path on this site without the leading slash, ending in a slash (decisions/, about/), or a web address starting https://' }),
});

const brandColour = z
  .string()
  .regex(HEX_COLOUR, { message: 'expected a colour written #rrggbb, like #1d3f6e' })
  .superRefine((colour, context) => {
    const ratio = contrastRatio(colour, '#ffffff');
    if (ratio < TEXT_CONTRAST) {
      context.addIssue({ code: 'custom', message: `the header's white text would have a contrast ratio of ${ratio.toFixed(2)}:1 on ${colour}, below the ${TEXT_CONTRAST}:1 WCAG 2.2 requires (1.4.3): choose a darker colour` });
    }
  });

/** An .astro file of the office's own, in its folder, in place of the site's component `name`. */
const componentFile = (name: string) =>
  z.string().regex(/\.astro$/, { message: `expected an .astro file in the office folder, like components/${name}.astro` });

/** How an office's site looks and what its header and footer link to, beyond its name (see docs/customising.md). */
const appearanceSchema = z
  .strictObject({
    brandColour: brandColour.optional().describe("The colour of the site's header, behind white text: #rrggbb, dark enough for white text to read on it."),
    logo: z.string().regex(/^\/?files\/[^/].*$/, { message: 'expected an image in the office\'s files/ folder, like files/logo.png' }).optional().describe("An image in files/ shown beside the office's name in the header: PNG, JPEG, GIF or WebP."),
    navigation: z.array(siteLink).min(1).optional().describe("The header's links, in order, in place of the site's sections."),
    footerLinks: z.array(siteLink).default([]).describe('More links for the footer, after the site\'s own.'),
    components: z
      .strictObject({ Header: componentFile('Header').optional(), Footer: componentFile('Footer').optional() })
      .default({})
      .describe("The office's own versions of the site's components, as .astro files in the office folder (see docs/customising.md)."),
  })
  .default({ footerLinks: [], components: {} });

/** Somewhere a resident can write, call or go: a named body and how to reach it. */
const contactRoute = z.strictObject({
  name: z.string().min(1).describe('Who handles it, for example the area\'s Police and Crime Panel, by the name it uses.'),
  address: z.array(z.string().min(1)).default([]).describe('The postal address, one line per item.'),
  phone: z.string().min(1).optional(),
  email: z.email({ message: 'expected an email address like complaints@example.gov.uk' }).optional(),
  website: z.url({ message: 'expected a web address starting https://' }).optional().describe('The page that explains how to complain.'),
});

/** A name office.json gives in its default language, in the translation's language. */
const translatedName = z.strictObject({ name: z.string().min(1).describe("The name in the translation's language.") });

export type ContactRoute = z.output<typeof contactRoute>;

/** What the office says about one requirement's status on the register, beyond what this site publishes. */
const requirementStatement = z.strictObject({
  elsewhere: z
    .strictObject({
      url: z.url({ protocol: /^https$/, message: 'expected the web address of the page that meets the requirement, starting https://' }).describe('The page on another website (the office\'s main site, the force\'s site) that meets the requirement.'),
      checked: isoDate.describe('The day someone last checked that the page is there and up to date. The check warns once it is older than the requirement\'s review interval.'),
    })
    .optional()
    .describe('The requirement is met on another website: the register shows it as published elsewhere, unless this site meets it with something current.'),
  note: z.string().min(1).optional().describe('A public note shown beside the requirement\'s status on the register, explaining it.'),
});

export type RequirementStatement = z.output<typeof requirementStatement>;

/** One period of the office's kind (see office-kinds.ts). */
const kindPeriod = z.strictObject({
  kind: keysOf(officeKindNames).describe('pcc (Police and Crime Commissioner), pfcc (Police, Fire and Crime Commissioner), mayor (a mayor with a Deputy Mayor for Policing and Crime) or policing-and-crime-board.'),
  from: isoDate.optional().describe('The day the office became this kind. Leave it out for the first kind, if the office has always been it.'),
  fire: z.boolean().optional().describe('For a mayor or a board: true when it is also the fire and rescue authority, which gives it the fire and rescue authority\'s duties.'),
  holderTitle: z.string().min(1).optional().describe('The office holder\'s title in this period, where it is not the usual one for the kind.'),
  deputyTitle: z.string().min(1).optional().describe('The deputy\'s title in this period, where it is not the usual one for the kind.'),
});

const languageTag = z
  .string()
  .regex(/^[a-z]{2}(-[A-Z]{2})?$/, { message: 'expected a language tag like en-GB or cy-GB' })
  .refine((tag) => (interfaceLanguages as readonly string[]).includes(tag.slice(0, 2)), { message: `expected English (en-GB) or Welsh (cy-GB), the languages the site's interface is written in` });

/** The licence an office publishes under unless it names another: the Open Government Licence, whose name a page in another language gives in its own words. */
export const OPEN_GOVERNMENT_LICENCE = { name: 'Open Government Licence v3.0', url: 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/' };

/** Whether every kind's start is a date the schema takes: the rules that compare kinds' dates read them as such. */
const kindDatesValid = (kinds: { from?: string }[]) => kinds.every((period) => period.from === undefined || isoDate.safeParse(period.from).success);

/** A title or name the site's sentences put "the" (in Welsh "y", "yr") before, so given without it. */
const nameInASentence = z
  .string()
  .min(1)
  .refine((name) => !/^(?:the|y|yr)\s/i.test(name.trim()), { error: (issue) => `expected the name without "the" before it, as the site's sentences put "the" in: found "${String(issue.input)}"` });

function isRegularExpression(pattern: string): boolean {
  try {
    new RegExp(pattern);
    return true;
  } catch {
    return false;
  }
}

export const officeSchema = z.strictObject({
  name: z.string().min(1).describe('The full name, as the office gives it: the Office of the Police and Crime Commissioner for its area, say.'),
  shortName: z.string().min(1).describe('The abbreviation the office uses, for example OPCCN.'),
  policeArea: z.string().min(1),
  force: z.string().min(1).describe('The police force, by its own name ("… Constabulary", "… Police").'),
  chiefOfficer: nameInASentence
    .optional()
    .describe('The title of the chief officer of the force as a sentence names them, where it is not "chief constable": London\'s is the "Commissioner of Police of the Metropolis".'),
  commissioner: z.strictObject({
    name: z.string().min(1).optional().describe('The name of the commissioner now in office.'),
    title: z.string().min(1).optional().describe('The office holder\'s title as the office writes it, for example "Mayor of West Yorkshire". It applies to the kind the office was when the term began; without it, the site uses the title of the office\'s kind.'),
    termStart: isoDate.optional(),
    termEnd: isoDate.optional(),
  }),
  panel: nameInASentence
    .optional()
    .describe("The body that scrutinises the office holder, by its full name, where it is not the area's Police and Crime Panel (or Police, Fire and Crime Panel): London's is the London Assembly's Police and Crime Committee."),
  kinds: z
    .array(kindPeriod)
    .min(1)
    .superRefine((kinds, context) => {
      // A date the schema refuses (07/05/2024) is reported once, as that: the rules between kinds need them all.
      if (!kindDatesValid(kinds)) return;
      kinds.forEach((period, index) => {
        if (index > 0 && period.from === undefined) {
          context.addIssue({ code: 'custom', path: [index, 'from'], message: 'expected the date this kind began (YYYY-MM-DD): only the first kind may leave it out' });
        }
        const previous = kinds[index - 1]?.from;
        if (period.from !== undefined && previous !== undefined && period.from <= previous) {
          context.addIssue({ code: 'custom', path: [index, 'from'], message: `expected the kinds in the order they began, each after the one before: this one begins ${period.from}, not after ${previous}` });
        }
        const fire = officeKinds[period.kind].fire;
        if (period.fire !== undefined && fire !== 'when-said' && period.fire !== fire) {
          const should = fire ? 'a pfcc is always the fire and rescue authority' : 'a pcc with fire functions is a pfcc: write "kind": "pfcc"';
          context.addIssue({ code: 'custom', path: [index, 'fire'], message: `expected no "fire" here, found ${period.fire}: ${should}` });
        }
      });
    })
    .default([{ kind: 'pcc' }])
    .describe('What kind of body the office is, and from when: a list in order, each kind from the date it began (the first may leave the date out). For example a commissioner until May 2028, then a mayor. Its duties and its titles follow the kind.'),
  contact: z
    .strictObject({
      address: z.array(z.string().min(1)).default([]).describe('The postal address, one line per item.'),
      phone: z.string().optional(),
      email: z.email({ message: 'expected an email address like enquiries@example.gov.uk' }).optional(),
      website: z.url({ message: 'expected a web address starting https://' }).optional().describe("The office's existing website, if this site is not it."),
    })
    .refine((contact) => contact.address.length > 0 || contact.phone || contact.email || contact.website, {
      message: 'expected at least one way to contact the office: an address, phone, email or website',
    }),
  complaints: z
    .strictObject({
      police: contactRoute.optional().describe("Where to complain about the force's officers and staff: usually its professional standards department. The site also names the Independent Office for Police Conduct."),
      commissioner: contactRoute.optional().describe('Where to complain about the commissioner: the Police and Crime Panel, which handles complaints about a commissioner.'),
      fire: contactRoute.optional().describe("For an office that is the fire and rescue authority: where to complain about the fire and rescue service and its staff, by the name of whoever handles it (the service itself, or the office's own complaints team)."),
    })
    .default({})
    .describe('How to complain about the police, about the commissioner and, for a fire and rescue authority, about the fire and rescue service, shown in the footer of every page.'),
  archive: z
    .strictObject({
      since: isoDate.optional().describe('The day the site stopped being updated.'),
      note: z.string().min(1).optional().describe('A sentence for residents, for example where the office publishes now.'),
    })
    .optional()
    .describe('Marks the site an archive: every page says it is no longer updated, with the date of its newest entry.'),
  staleAfterMonths: z
    .number()
    .int()
    .positive()
    .default(12)
    .describe('How many months after its newest entry every page says nothing new has been published, and that what it shows may be out of date.'),
  decisionReference: z
    .strictObject({
      pattern: z
        .string()
        .min(1)
        .refine(isRegularExpression, { message: 'expected a regular expression, like ^\\d{1,3}/\\d{4}$ for references such as 41/2020' })
        .describe('A regular expression every decision reference must match.'),
      example: z.string().min(1).describe('An example reference, shown in messages.'),
      restarts: keysOf(numberingRestarts)
        .default('never')
        .describe('Whether the numbers start again each year: never (a reference is unique for all time, as 41/2020 is), each calendar year or each financial year (003 in 2011/12 and 003 again in 2012/13).'),
    })
    .superRefine(({ pattern, example }, context) => {
      // A pattern that is not a regular expression is reported as that alone.
      if (!isRegularExpression(pattern) || new RegExp(pattern).test(displayReference(example))) return;
      context.addIssue({ code: 'custom', path: ['example'], message: `expected the example to fit the pattern ${pattern}, found "${example}": for references such as "${example}", the pattern is "${referencePattern(example)}"` });
    })
    .describe('The format of decision references.'),
  financialYearStart: z
    .strictObject({ month: z.number().int().min(1).max(12), day: z.number().int().min(1).max(31) })
    .default({ month: 4, day: 1 }),
  language: languageTag.default('en-GB').describe("The site's language, or its default language when it has a translation: its pages have the plain addresses."),
  translation: z
    .strictObject({
      language: languageTag.describe('The language every page and entry is translated into, published at addresses that start with its code (/cy/).'),
      untranslated: z
        .enum(['warning', 'error'])
        .default('warning')
        .describe('How the check reports a published entry that has no translation: an error stops the build.'),
      name: z.string().min(1).optional().describe("The office's name in the translation's language."),
      shortName: z.string().min(1).optional().describe("The office's short name in the translation's language."),
      policeArea: z.string().min(1).optional().describe("The police area's name in the translation's language (Gogledd Cymru)."),
      force: z.string().min(1).optional().describe("The force's name in the translation's language."),
      chiefOfficer: nameInASentence.optional().describe("The chief officer's title, where office.json gives one, in the translation's language."),
      description: z.string().min(1).optional().describe("The office's description in the translation's language, for the home page."),
      address: z.array(z.string().min(1)).min(1).optional().describe("The office's postal address as written in the translation's language (Blwch Post 99, Llangynnwr), one line per item."),
      panel: nameInASentence.optional().describe("The name office.json's panel gives, in the translation's language."),
      complaints: z
        .strictObject({ police: translatedName.optional(), commissioner: translatedName.optional(), fire: translatedName.optional() })
        .optional()
        .describe("The names of the complaints routes (complaints.police, complaints.commissioner, complaints.fire) in the translation's language."),
      licence: translatedName.optional().describe("The licence's name in the translation's language (Trwydded Llywodraeth Agored v3.0)."),
    })
    .optional()
    .describe('A second language the office publishes in, such as Welsh beside English.'),
  licence: z
    .strictObject({ name: z.string().min(1), url: z.url({ message: 'expected a web address starting https://' }) })
    .default(OPEN_GOVERNMENT_LICENCE),
  description: z.string().min(1).describe('One or two sentences on what the commissioner does, for the home page.'),
  site: z
    .url({ protocol: /^https$/, message: 'expected the web address the site is published at, starting https://, like https://www.example-pcc.gov.uk' })
    .optional()
    .describe('The web address this site is published at, for canonical links, the sitemap and the feeds (the SITE_URL variable overrides it). Without it the site names no domain, and has no sitemap or feeds.'),
  files: z
    .strictObject({
      maxMegabytes: z.number().positive().default(20).describe('The largest file the site may publish from files/, in megabytes.'),
    })
    .default({ maxMegabytes: 20 })
    .describe("The office's published files (the files/ folder)."),
  repository: z
    .string()
    .regex(/^[\w.-]+\/[\w.-]+$/, { message: 'expected a GitHub repository written owner/name' })
    .optional()
    .describe('The GitHub repository that holds the office\'s content, for the editor at /admin/ (owner/name).'),
  registerReport: z
    .enum(['warning', 'error', 'off'])
    .default('warning')
    .describe('How the check reports requirements of the Specified Information Order that are overdue or missing.'),
  register: z
    .record(z.string(), requirementStatement)
    .superRefine((statements, context) => {
      for (const id of Object.keys(statements)) {
        const message = unknownRequirementMessage(id);
        if (message) context.addIssue({ code: 'custom', path: [id], message });
      }
    })
    .default({})
    .describe('What the register says about a requirement beyond this site, by its paragraph id ("7C"): where it is published elsewhere, and a public note.'),
  appearance: appearanceSchema,
  spending: spendingSchema
    .optional()
    .describe('How the monthly spending and grants files (spending/YYYY-MM.csv, grants/YYYY-MM.csv) are laid out: their column headings and date format (see docs/editing.md). Without it, the defaults fit a common finance export.'),
  identifiers: z
    .strictObject({
      organisation: z.string().min(1).optional().describe('The office\'s organisation identifier from org-id.guide, if it has one (for example a GB-GOR code).'),
      grantPrefix: z.string().regex(/^360G-[A-Za-z0-9-]+$/, { message: 'expected the prefix 360Giving gave the office, like 360G-opccn' }).optional().describe('The 360Giving identifier prefix for the office\'s grants.'),
    })
    .default({}),
}).superRefine((office, context) => {
  if (office.translation && office.translation.language.slice(0, 2).toLowerCase() === office.language.slice(0, 2).toLowerCase()) {
    context.addIssue({ code: 'custom', path: ['translation', 'language'], input: office.translation.language, message: `expected a language other than the office's own, "${office.language}" (language): the translation is the second language the site publishes in, found "${office.translation.language}"` });
  }
  if (office.complaints.fire && kindDatesValid(office.kinds) && !kindsBetween(office, '0001-01-01', '9999-12-31').some((kind) => kind.fire)) {
    context.addIssue({ code: 'custom', path: ['complaints', 'fire'], input: office.complaints.fire, message: 'expected complaints.fire only for an office that is, or was, the fire and rescue authority (a pfcc, or a mayor or board whose kind says "fire": true), found an office that never was: delete complaints.fire, or give the kind that made it the authority in kinds' });
  }
  for (const route of ['police', 'commissioner', 'fire'] as const) {
    if (office.translation?.complaints?.[route] && !office.complaints[route]) {
      context.addIssue({ code: 'custom', path: ['translation', 'complaints', route], input: office.translation.complaints[route], message: `expected complaints.${route} to name the route this translates, found none: give complaints.${route} in the office's own language too, or delete translation.complaints.${route}` });
    }
  }
});

export type Office = z.output<typeof officeSchema>;
export type NumberingRestarts = keyof typeof numberingRestarts;
