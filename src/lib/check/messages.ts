import { didYouMean } from './suggest.ts';

function describeFound(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (typeof value === 'string') return `"${value}"`;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (Array.isArray(value)) return 'a list';
  if (value !== null && typeof value === 'object') return 'a group of fields';
  return String(value);
}

/** Turns one zod issue into a sentence an editor can act on. */
export function schemaMessage(
  issue: { code: string; message: string; path: PropertyKey[]; input?: unknown; values?: unknown[]; expected?: string; keys?: string[] },
  /** The fields the object at the issue's path may have, for suggestions. */
  knownFields?: string[],
): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? 'this field is required but missing' : `expected ${issue.expected === 'array' ? 'a list' : issue.expected}, found ${describeFound(issue.input)}`;
    case 'invalid_value': {
      if (issue.input === undefined) return 'this field is required but missing';
      const values = (issue.values ?? []).map(String);
      return `expected one of ${values.map((v) => `"${v}"`).join(', ')}, found ${describeFound(issue.input)}${didYouMean(issue.input, values)}`;
    }
    case 'unrecognized_keys': {
      const suggestions = knownFields ? issue.keys!.map((key) => didYouMean(key, knownFields)).join('') : '';
      return `unknown field${issue.keys!.length > 1 ? 's' : ''} ${issue.keys!.map((k) => `"${k}"`).join(', ')}${suggestions}`;
    }
    default: {
      const primitive = issue.input !== undefined && (issue.input === null || typeof issue.input !== 'object');
      return issue.message.includes('found') || !primitive ? issue.message : `${issue.message}, found ${describeFound(issue.input)}`;
    }
  }
}
