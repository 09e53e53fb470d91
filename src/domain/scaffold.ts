import type { z } from 'astro/zod';
import { stringify } from 'yaml';
import type { FieldMeta } from './schemas/common.ts';
import type { Office } from './schemas/office.ts';
import { collections, hasDrafts, type CollectionName } from './collections.ts';
import { financialYearOf, financialYearSlug, financialYearStarting, startYearOf } from './financial-year.ts';
import { requirements } from './requirements.ts';
import { elementOf, enumValues, fieldsOf, isOptional, kindOf, metaOf } from './schema-walk.ts';
import { decisionSlug, numberingYear } from './decision-references.ts';
import { slugify } from './urls.ts';
import { kindOn, officeKinds } from './office-kinds.ts';

export interface ScaffoldContext {
  office: Office;
  today: string;
  /** Entries the office already has, for the next reference number and a free financial year. */
  existing: { collection: CollectionName; id: string; data: Record<string, unknown> }[];
  /** Whether the entry is of the fire and rescue function (a Police, Fire and Crime Commissioner's fire budget, say). */
  fire?: boolean;
}

/**
 * The next decision reference in the office's own format, worked out from its example:
 * "41/2020" gives this year's next number as N/YYYY; "2014.001" gives YYYY.NNN; "PFCC/041/26", with
 * no four-figure year, gives PFCC/NNN/YY. Any other number in the example stays as it is. The number
 * has the example's leading zeros, or as many as the office's `pattern` asks for ("DN 12/2024", with
 * two figures or three, gives DN 06/2026).
 */
export function nextReference(example: string, year: number, references: string[], pattern?: string): string {
  const tokens = [...example.matchAll(/\d+/g)];
  const yearToken = tokens.find((t) => /^(19|20)\d\d$/.test(t[0]));
  const shortYear = yearToken || tokens.length < 2 ? undefined : tokens.findLast((t) => t[0].length === 2);
  const counter = tokens.find((t) => t !== yearToken && t !== shortYear);
  if (!counter) throw new Error(`the example reference "${example}" has no number to count on`);
  const width = counter[0].startsWith('0') ? counter[0].length : 1;
  const textOf = (token: RegExpExecArray, counterText: string) =>
    token === counter ? counterText : token === yearToken ? String(year) : token === shortYear ? String(year).slice(-2) : token[0];
  const replaced = (counterText: string) =>
    [...tokens]
      .sort((a, b) => b.index - a.index)
      .reduce((text, t) => text.slice(0, t.index) + textOf(t, counterText) + text.slice(t.index + t[0].length), example);
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  const matcher = new RegExp(`^${escape(replaced('\u0000')).replace('\u0000', '(\\d+)')}$`);
  const used = references.map((reference) => matcher.exec(reference)?.[1]).filter(Boolean).map(Number);
  const next = String(Math.max(0, ...used) + 1);
  const fits = (reference: string) => pattern === undefined || new RegExp(pattern).test(reference);
  // The example's width first, then each wider one up to the example's number's, until one fits the pattern.
  const candidates = Array.from({ length: Math.max(counter[0].length - width, 0) + 1 }, (_, wider) => replaced(next.padStart(width + wider, '0')));
  return candidates.find(fits) ?? candidates[0]!;
}

/** What a new entry asks an editor to write in a field: "Write the title here.", "Write what was decided here." */
function guidance(name: string, { label }: FieldMeta): string {
  return label ? `Write ${label.charAt(0).toLowerCase()}${label.slice(1)} here.` : `Write the ${name.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase()} here.`;
}

/** A value for a required field that passes its schema, so the new entry is valid before an editor touches it. */
function sampleValue(name: string, schema: z.ZodType, context: ScaffoldContext, collection: CollectionName): unknown {
  const meta = metaOf(schema) as FieldMeta & { description?: string };
  const fy = financialYearOf(context.today, context.office.financialYearStart);
  if (collection === 'decisions' && name === 'reference') {
    // Where numbers start again each year, only this year's notices count.
    const thisYear = numberingYear(context.today, context.office);
    const references = context.existing
      .filter((e) => e.collection === 'decisions' && e.data.reference !== undefined && numberingYear(String(e.data.date), context.office) === thisYear)
      .map((e) => String(e.data.reference));
    return nextReference(context.office.decisionReference.example, Number(context.today.slice(0, 4)), references, context.office.decisionReference.pattern);
  }
  if (collection === 'budgets' && name === 'financialYear') {
    // The next year without a budget of the new one's function: a PFCC's policing and fire budgets of a year are two.
    const held = new Set(context.existing.filter((e) => e.collection === 'budgets' && (e.data.function === 'fire') === Boolean(context.fire)).map((e) => String(e.data.financialYear)));
    let year = startYearOf(fy) + 1;
    while (held.has(financialYearStarting(year))) year += 1;
    return financialYearStarting(year);
  }
  // The office holder of the office's kind today decides, and holds the role, in a new entry: "mayor" in a mayor's office, not the first of every kind's.
  if ((collection === 'decisions' && name === 'decisionMaker') || (collection === 'people' && name === 'role')) return officeKinds[kindOn(context.office, context.today).kind].holder;
  if (meta.requirements) return [requirements[0]!.id];
  if (meta.format === 'date' || meta.format === 'date-or-month' || meta.format === 'date-as-known') return context.today;
  if (meta.format === 'financial-year') return fy;
  const values = enumValues(schema);
  if (values.length) return values[0];
  switch (kindOf(schema)) {
    case 'number':
      return [0, 1].find((n) => schema.safeParse(n).success) ?? 1;
    case 'boolean':
      return false;
    case 'object':
      return sampleObject(schema, context, collection);
    case 'array': {
      const element = elementOf(schema)!;
      return schema.safeParse([]).success ? [] : [fieldsOf(element) ? sampleObject(element, context, collection) : sampleValue(name, element, context, collection)];
    }
    default:
      return name === 'id' ? slugify(guidance(name, meta)) : guidance(name, meta);
  }
}

function sampleObject(schema: z.ZodType, context: ScaffoldContext, collection: CollectionName): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (const [name, field] of Object.entries(fieldsOf(schema) ?? {})) {
    if (!isOptional(field) || (metaOf(field) as FieldMeta).offered) data[name] = sampleValue(name, field, context, collection);
  }
  return data;
}

/** A new entry for a collection: every required field filled in with guidance, the help for each field above it. */
export function scaffold(collection: CollectionName, context: ScaffoldContext): { fileName: string; text: string; data: Record<string, unknown> } {
  const { schema } = collections[collection];
  const data = sampleObject(schema, context, collection);
  // A new entry starts as a draft where the collection has drafts, so it is checked but not published.
  if (hasDrafts(collection)) data.status = 'draft';
  if (context.fire && 'function' in (fieldsOf(schema) ?? {})) data.function = 'fire';
  const lines: string[] = [];
  for (const [name, field] of Object.entries(fieldsOf(schema) ?? {})) {
    const { description, labels } = metaOf(field) as { description?: string; labels?: Record<string, string> };
    if (name in data) {
      if (description) lines.push(`# ${description}`);
      if (labels) lines.push(`# One of: ${Object.entries(labels).map(([value, label]) => `${value} (${label})`).join(', ')}.`);
      lines.push(stringify({ [name]: data[name] }).trimEnd());
    } else if (description) {
      lines.push(`# Optional: ${name}. ${description}`);
    }
  }
  const fileName =
    collection === 'decisions' ? `${decisionSlug({ reference: String(data.reference), title: String(data.title), date: String(data.date) }, context.office)}.md`
    : collection === 'budgets' ? `${data.function === 'fire' ? 'fire/' : ''}${financialYearSlug(String(data.financialYear))}.md`
    : `new-${slugify(collections[collection].noun)}-${context.today}.md`;
  return { fileName, text: `---\n${lines.join('\n')}\n---\n\nWrite the text of the page here, in Markdown.\n`, data };
}
