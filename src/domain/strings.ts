/**
 * The interface's words: one table of strings per language (src/site/strings/<code>.json), nested by
 * the part of the site they belong to. A string may name values in braces ("{count} decisions"); one
 * that depends on a number gives a form for each of the language's plural categories (Welsh has six:
 * zero, one, two, few, many, other), chosen by Intl.PluralRules.
 */
export type PluralForms = { other: string } & Partial<Record<Intl.LDMLPluralRule, string>>;
export type StringTable = { [key: string]: string | PluralForms | StringTable };

export type Values = Record<string, string | number>;

function isPluralForms(value: unknown): value is PluralForms {
  return typeof value === 'object' && value !== null && typeof (value as PluralForms).other === 'string';
}

/** The string at a dotted key ("decisions.heading"), or undefined. */
export function stringAt(table: StringTable, key: string): string | PluralForms | undefined {
  let at: unknown = table;
  for (const part of key.split('.')) {
    if (typeof at !== 'object' || at === null || isPluralForms(at)) return undefined;
    at = (at as StringTable)[part];
  }
  return typeof at === 'string' || isPluralForms(at) ? at : undefined;
}

/** "{count} decisions" with { count: 3 } → "3 decisions". A name with no value stays as it is written, for the check and the tests to see. */
export function fillIn(text: string, values: Values = {}, formatNumber: (n: number) => string = String): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = values[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? formatNumber(value) : value;
  });
}

/** Each language's plural rules, made once: making them costs more than choosing a form. */
const pluralRules = new Map<string, Intl.PluralRules>();

/** The form of a plural string for a count, by the language's rules. */
export function pluralForm(forms: PluralForms, count: number, language: string): string {
  let rules = pluralRules.get(language);
  if (!rules) pluralRules.set(language, (rules = new Intl.PluralRules(language)));
  return forms[rules.select(count)] ?? forms.other;
}

/** Every key of a table, dotted: the leaves, a plural string being one leaf. */
export function stringKeys(table: StringTable, prefix = ''): string[] {
  return Object.entries(table).flatMap(([name, value]) => {
    const key = prefix ? `${prefix}.${name}` : name;
    return typeof value === 'string' || isPluralForms(value) ? [key] : stringKeys(value, key);
  });
}

/** What a language's table lacks beside the reference language's: missing strings, and plural strings without a form the language's rules need. */
export function missingStrings(reference: StringTable, table: StringTable, language: string): string[] {
  const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
  return stringKeys(reference).flatMap((key) => {
    const wanted = stringAt(reference, key)!;
    const found = stringAt(table, key);
    if (found === undefined) return [key];
    if (typeof wanted === 'string') return typeof found === 'string' ? [] : [key];
    if (!isPluralForms(found)) return [key];
    return categories.filter((category) => found[category] === undefined).map((category) => `${key} (${category})`);
  });
}
