import type { z } from 'astro/zod';
import type { FieldMeta } from './schemas/common.ts';
import type { Office } from './schemas/office.ts';
import { collections, translatedFields, translatedItemFields, type CollectionName } from './collections.ts';
import { isBilingual, siteLanguages } from './languages.ts';
import { dutySets } from './duty-sets.ts';
import { decisionMakers, type DecisionMaker } from './schemas/decisions.ts';
import { kindOn, officeKinds, type KindOnDate } from './office-kinds.ts';
import { defaultOf, elementOf, enumValues, fieldsOf, isOptional, kindOf, metaOf } from './schema-walk.ts';

/** A Sveltia CMS field: Decap CMS's keys (https://decapcms.org/docs/widgets/), which Sveltia reads as they are; its schema is node_modules/@sveltia/cms/schema/sveltia-cms.json. */
export interface CmsField {
  name: string;
  label: string;
  widget: string;
  required?: boolean;
  hint?: string;
  [option: string]: unknown;
}

/** Text fields that hold paragraphs rather than a line. */
const LONG_TEXT = new Set(['summary', 'recommendation', 'statement', 'text', 'answer', 'question', 'update', 'action', 'description', 'note', 'assumption', 'restrictionReason', 'intro', 'totalNote', 'howToGetHelp', 'publicNote', 'editorsNote']);

/** The field that names an entry in the editor's lists, by collection: the first of these it has. */
const IDENTIFIERS = ['title', 'service', 'name', 'reference', 'description', 'financialYear'];

/** "restrictionReason" → "Restriction reason". */
function labelFor(name: string): string {
  const words = name.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function options(labels: Record<string, string>) {
  return Object.entries(labels).map(([value, label]) => ({ label, value }));
}

/** What the office's kinds decide about its forms: the duties it holds and who decides, by their titles in the office. */
interface OfficeChoices {
  requirements: { label: string; value: string }[];
  decisionMakers: { label: string; value: string }[];
  /** Whether the office has ever been a fire and rescue authority: only then do its forms ask which function an entry is for. */
  fire: boolean;
}

/** Every kind the office has been or will be, with its titles. */
function officeChoices(office: Office): OfficeChoices {
  const kinds: KindOnDate[] = office.kinds.map((period) => kindOn(office, period.from ?? '0000-01-01'));
  const fire = kinds.some((kind) => kind.fire);
  const sets = fire ? [dutySets.policing, dutySets.fire] : [dutySets.policing];
  const makerLabels = new Map<DecisionMaker, string>();
  for (const kind of kinds) {
    const { holder, deputy } = officeKinds[kind.kind];
    for (const maker of kind.decisionMakers) {
      const label = maker === holder ? kind.holderTitle : maker === deputy ? kind.deputyTitle : maker === 'pcc-and-chief-constable' ? `${kind.holderTitle} and Chief Constable jointly` : decisionMakers[maker];
      if (!makerLabels.has(maker)) makerLabels.set(maker, label);
    }
  }
  return {
    requirements: sets.flatMap((set) => set.requirements).map((r) => ({ label: `${r.id}: ${r.title}`, value: r.id })),
    decisionMakers: [...makerLabels].map(([value, label]) => ({ label, value })),
    fire,
  };
}

/** The form field for one schema field: its widget, whether it is required, its help text and its choices. */
function cmsField(name: string, schema: z.ZodType, choices: OfficeChoices): CmsField {
  const meta = metaOf(schema) as FieldMeta & { description?: string };
  const base: CmsField = { name, label: meta.label ?? labelFor(name), widget: 'string', ...(isOptional(schema) ? { required: false } : {}), ...(meta.description ? { hint: meta.description } : {}) };
  if (meta.requirements) return { ...base, widget: 'select', multiple: true, options: choices.requirements };
  if (name === 'decisionMaker') return { ...base, widget: 'select', options: choices.decisionMakers };
  if (meta.reference) {
    const { collection, field } = meta.reference;
    return { ...base, widget: 'relation', collection, value_field: field === 'id' ? '{{slug}}' : field, search_fields: [field === 'id' ? 'title' : field, 'title'], display_fields: ['title'] };
  }
  if (meta.format === 'date') return { ...base, widget: 'datetime', format: 'YYYY-MM-DD', date_format: 'D MMMM YYYY', time_format: false, picker_utc: true };
  if (meta.format === 'date-or-month') return { ...base, pattern: ['^\\d{4}-\\d{2}(-\\d{2})?$', 'Write a date like 2020-11-09, or a month like 2016-03'] };
  if (meta.format === 'date-as-known') return { ...base, pattern: ['^(\\d{4}-\\d{2}(-\\d{2})?|\\d{4}/\\d{2})$', 'Write a date like 2020-11-09, or a month like 2020-11 or a financial year like 2020/21 when the day is not known'] };
  // The file field uploads into the office's files/ folder (media_folder) and writes /files/<name> (public_folder).
  if (meta.format === 'document') return { ...base, widget: 'file', choose_url: true };
  if (meta.format === 'financial-year') return { ...base, pattern: ['^\\d{4}/\\d{2}$', 'Write a financial year like 2021/22'] };
  if (meta.labels) return { ...base, widget: 'select', options: options(meta.labels) };
  switch (kindOf(schema)) {
    case 'number':
    case 'nullable':
      return { ...base, widget: 'number', value_type: 'float' };
    case 'boolean': {
      // The editor writes a switch left alone as false: one whose field defaults to true (a decision's
      // `numbered`) starts on, or every new entry would say the opposite of what it leaves out.
      const value = defaultOf(schema);
      return { ...base, widget: 'boolean', ...(typeof value === 'boolean' ? { default: value } : {}) };
    }
    case 'enum':
      return { ...base, widget: 'select', options: enumValues(schema) };
    case 'object': {
      // An optional group's own fields are required only once it is filled in; the form cannot say
      // so, so they are left optional there and the content check enforces them.
      const fields = cmsFields(schema, choices);
      return { ...base, widget: 'object', fields: isOptional(schema) ? fields.map(optional) : fields };
    }
    case 'array': {
      const element = elementOf(schema)!;
      return fieldsOf(element)
        ? { ...base, widget: 'list', fields: cmsFields(element, choices) }
        : { ...base, widget: 'list', field: cmsField(name.replace(/s$/, ''), element, choices) };
    }
    default:
      return LONG_TEXT.has(name) ? { ...base, widget: 'text' } : base;
  }
}

function optional(field: CmsField): CmsField {
  const fields = field.fields as CmsField[] | undefined;
  return { ...field, required: false, ...(fields ? { fields: fields.map(optional) } : {}) };
}

function cmsFields(schema: z.ZodType, choices: OfficeChoices): CmsField[] {
  return Object.entries(fieldsOf(schema) ?? {})
    .filter(([name]) => name !== 'function' || choices.fire)
    .map(([name, field]) => cmsField(name, field, choices));
}

/**
 * The Sveltia CMS configuration for an office, generated from the collections' schemas (see
 * docs/decisions/0004-editor.md). `siteUrl` is the published site's address: the editor links to it
 * only when it is absolute, as Sveltia refuses a relative one and otherwise takes the page's own origin.
 */
export function cmsConfig(office: Office, officeDir: string, siteUrl: string) {
  const choices = officeChoices(office);
  const bilingual = isBilingual(office);
  // Each field is shown in both languages or in the default's alone, as its schema says it is translated.
  const inLanguages = (collection: CollectionName, fields: CmsField[]): CmsField[] => {
    if (!bilingual) return fields;
    const translated = new Set([...translatedFields(collection), 'body']);
    return fields.map((field) => {
      const words = translatedItemFields(collection, field.name);
      // A list's items keep their ids and links in every language: the editor copies them into the translation.
      if (translated.has(field.name) && words.length > 0 && Array.isArray(field.fields)) {
        return { ...field, i18n: true, fields: (field.fields as CmsField[]).map((item) => ({ ...item, i18n: words.includes(item.name) ? true : 'duplicate' })) };
      }
      return { ...field, i18n: translated.has(field.name) };
    });
  };
  return {
    backend: {
      name: 'github',
      repo: office.repository ?? 'your-organisation/your-repository',
      branch: 'main',
      // Comms staff sign in with a fine-grained access token for the office's repository: no OAuth server.
      auth_methods: ['token'],
      // Pull requests under review keep Decap's labels, so that Decap could be put back without losing one.
      cms_label_prefix: 'decap-cms/',
    },
    // Every change becomes a pull request that moves from draft to review to ready before it is merged.
    publish_mode: 'editorial_workflow',
    ...(/^https?:\/\//.test(siteUrl) ? { site_url: siteUrl } : {}),
    // An optional field left empty is left out of the file: the check refuses some empty values
    // (a date written "", an amount written null) where it accepts the field left out.
    output: { omit_empty_optional_fields: true },
    // A paper larger than the check allows is refused at upload, not at the next build.
    media_libraries: { all: { max_file_size: Math.floor(office.files.maxMegabytes * 1024 * 1024) } },
    media_folder: `${officeDir}/files`,
    public_folder: '/files',
    // Paired files (docs/decisions/0006-bilingual-content.md): 41-2020.md in the default language, 41-2020.cy.md beside it.
    ...(bilingual && { i18n: editorLanguages(office) }),
    collections: Object.entries(collections).map(([name, { folder, noun, schema }]) => {
      const fields = Object.keys(fieldsOf(schema) ?? {});
      const identifier = IDENTIFIERS.find((field) => fields.includes(field))!;
      return {
        name,
        label: labelFor(folder),
        label_singular: noun,
        folder: `${officeDir}/${folder}`,
        create: true,
        extension: 'md',
        format: 'frontmatter',
        identifier_field: identifier,
        // Budgets are named for their year (2021-22.md), as the check expects; a notice's file name is not its address
        // (that comes from its reference, or its date and title), so a new one is named for the day and its title.
        slug: name === 'budgets' ? '{{financialYear}}' : name === 'decisions' ? '{{year}}-{{month}}-{{day}}-{{slug}}' : `{{${identifier}}}`,
        summary: `{{${identifier}}}`,
        ...(bilingual && { i18n: true }),
        fields: inLanguages(name as CollectionName, [...cmsFields(schema, choices), { name: 'body', label: 'Text of the page', widget: 'markdown', required: false, hint: 'The full text, in Markdown.' }]),
      };
    }),
  };
}

/** The editor's languages for a bilingual office: each language's file beside the default's, which keeps its plain name. */
function editorLanguages(office: Office) {
  const languages = siteLanguages(office);
  return {
    structure: 'multiple_files',
    locales: languages.map((language) => language.code),
    default_locale: languages[0]!.code,
    omit_default_locale_from_file_path: true,
  };
}
