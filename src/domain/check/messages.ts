import { decisionMakers } from '../schemas/decisions.ts';
import { personRoles } from '../schemas/people.ts';
import { didYouMean } from './suggest.ts';

/** Text quoted in a one-line message: its runs of white space as one space, and at most `max` characters, the last an ellipsis where it is cut. */
export function shortened(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

function describeFound(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (typeof value === 'string') return `"${value}"`;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (Array.isArray(value)) return 'a list';
  if (value !== null && typeof value === 'object') return 'a group of fields';
  return String(value);
}

/** The names zod gives types, in words an editor uses. */
const TYPE_WORDS: Record<string, string> = {
  string: 'text', number: 'a number', int: 'a whole number', boolean: 'true or false', array: 'a list', object: 'a group of fields', date: 'a date',
};

type Issue = { code: string; message: string; path: PropertyKey[]; input?: unknown; values?: unknown[]; expected?: string; keys?: string[]; origin?: string; minimum?: number | bigint; maximum?: number | bigint; inclusive?: boolean };

function tooSmall(issue: Issue): string {
  if (issue.origin === 'string') return 'this field is empty: write something in it, or leave the field out if it is optional';
  if (issue.origin === 'array') return `expected at least ${issue.minimum} item${Number(issue.minimum) === 1 ? '' : 's'} in the list`;
  return `expected ${issue.inclusive ? `${issue.minimum} or more` : `more than ${issue.minimum}`}, found ${describeFound(issue.input)}`;
}

/** Where a problem belongs: an unknown field is reported where it is written, under its own name. */
export function issuePath(issue: Pick<Issue, 'code' | 'path' | 'keys'>): PropertyKey[] {
  return issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys![0]!] : issue.path;
}

/** How a list is written in each kind of file, for a value written as one piece of text where a list is expected (an address on one line). */
const LIST_FORMS = {
  yaml: ': write each item on a line of its own under the field, starting "- "',
  json: ': write a list in [ ], each item in double quotation marks and apart from the next by a comma, as ["Police Headquarters", "Exampletown EX2 2BB"]',
};

/** Names editors give fields for the names the schemas use, where the two are too far apart to be a slip of the keyboard. */
const OTHER_NAMES: Record<string, string> = { telephone: 'phone', tel: 'phone', 'phone-number': 'phone', 'e-mail': 'email', mail: 'email', url: 'website', web: 'website', link: 'website' };

/** The value each decision maker's and role's title names, in lower case ("deputy mayor for policing and crime": deputy-mayor). */
const TITLES = Object.fromEntries([...Object.entries(personRoles), ...Object.entries(decisionMakers)].map(([value, title]) => [title.toLowerCase(), value]));

/** Abbreviations and titles editors write for the values the schemas use, too far apart to be a slip of the keyboard. */
const OTHER_VALUES: Record<string, string> = {
  ...TITLES,
  commissioner: 'pcc',
  pfcc: 'pcc',
  'police, fire and crime commissioner': 'pcc',
  dpcc: 'deputy-pcc',
  dpfcc: 'deputy-pcc',
  'deputy commissioner': 'deputy-pcc',
  dmpc: 'deputy-mayor',
  dmpfc: 'deputy-mayor',
  'deputy mayor': 'deputy-mayor',
  'deputy mayor for policing, fire and crime': 'deputy-mayor',
  cfo: 'chief-finance-officer',
  's151 officer': 'chief-finance-officer',
  'section 151 officer': 'chief-finance-officer',
  treasurer: 'chief-finance-officer',
  ceo: 'chief-executive',
  'monitoring officer': 'chief-executive',
};

/** What a value not in a list was probably meant to be: the value of the same meaning, or a near spelling. */
function otherValueHint(found: unknown, values: string[]): string {
  const meant = typeof found === 'string' ? OTHER_VALUES[found.trim().toLowerCase().replace(/[-_]/g, ' ')] : undefined;
  return meant && values.includes(meant) ? ` (did you mean "${meant}"?)` : didYouMean(found, values);
}

/** What an unknown field was probably meant to be: the field of the same meaning, a near spelling, or the status field for a word of publishing. */
function unknownFieldHint(key: string, knownFields: string[]): string {
  if (/^(?:draft|published|hidden)$/i.test(key) && knownFields.includes('status')) return ' (an entry says whether it is published in its status field: status: draft keeps it unpublished)';
  const meant = OTHER_NAMES[key.toLowerCase()];
  return meant && knownFields.includes(meant) ? ` (did you mean "${meant}"?)` : didYouMean(key, knownFields);
}

/** Turns one zod issue into a sentence an editor can act on. */
export function schemaMessage(
  issue: Issue,
  /** The fields the object at the issue's path may have, for suggestions. */
  knownFields?: string[],
  /** The format the field at the issue's path is written in (a date, a financial year), which has its own shape to follow, not quotes. */
  format?: unknown,
  /** What the file is written in, for how to write a list: an entry's front matter, or office.json. */
  written: keyof typeof LIST_FORMS = 'yaml',
): string {
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.input === undefined) return 'this field is required but missing';
      // Front matter and office.json read an unquoted 010 as the number 10, and true as true: text must be quoted to stay as written.
      const quote = issue.expected === 'string' && format === undefined && (typeof issue.input === 'number' || typeof issue.input === 'boolean') ? ': put it in quotes to keep it as text, as written (unquoted, 010 is read as the number 10)' : '';
      const list = issue.expected === 'array' && typeof issue.input === 'string' ? LIST_FORMS[written] : '';
      return `expected ${TYPE_WORDS[issue.expected ?? ''] ?? issue.expected}, found ${describeFound(issue.input)}${quote}${list}`;
    }
    // zod's own wording ("Too small: expected string to have >=1 characters") is replaced; a schema's own message is kept.
    case 'too_small':
      if (/^Too small/.test(issue.message)) return tooSmall(issue);
      break;
    case 'too_big':
      if (/^Too big/.test(issue.message)) return issue.origin === 'array' ? `expected at most ${issue.maximum} items` : `expected ${issue.maximum} or less, found ${describeFound(issue.input)}`;
      break;
    case 'invalid_value': {
      if (issue.input === undefined) return 'this field is required but missing';
      const values = (issue.values ?? []).map(String);
      return `expected one of ${values.map((v) => `"${v}"`).join(', ')}, found ${describeFound(issue.input)}${otherValueHint(issue.input, values)}`;
    }
    case 'unrecognized_keys': {
      const suggestions = knownFields ? issue.keys!.map((key) => unknownFieldHint(key, knownFields)).join('') : '';
      return `unknown field${issue.keys!.length > 1 ? 's' : ''} ${issue.keys!.map((k) => `"${k}"`).join(', ')}${suggestions}`;
    }
  }
  const primitive = issue.input !== undefined && (issue.input === null || typeof issue.input !== 'object');
  return issue.message.includes('found') || !primitive ? issue.message : `${issue.message}, found ${describeFound(issue.input)}`;
}
