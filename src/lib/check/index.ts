import { collections } from '../collections.ts';
import { lineOf, readOfficeFiles, type SourceFile } from '../content-files.ts';
import { asOfDate } from '../as-of.ts';
import { readOffice } from '../office.ts';
import type { Office } from '../../schemas/office.ts';
import type { ValidEntry } from './entries.ts';
import type { Problem } from './problems.ts';
import { crossEntryProblems } from './cross-entry.ts';
import { entryProblems, textProblems } from './entry-rules.ts';
import { didYouMean } from './suggest.ts';

export interface CheckResult {
  office: Office | null;
  problems: Problem[];
  filesChecked: number;
  entries: ValidEntry[];
}

function describeFound(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (typeof value === 'string') return `"${value}"`;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (Array.isArray(value)) return 'a list';
  if (value !== null && typeof value === 'object') return 'a group of fields';
  return String(value);
}

/** Turns one zod issue into a sentence an editor can act on. */
function schemaMessage(issue: { code: string; message: string; path: PropertyKey[]; input?: unknown; values?: unknown[]; expected?: string; keys?: string[] }): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? 'this field is required but missing' : `expected ${issue.expected === 'array' ? 'a list' : issue.expected}, found ${describeFound(issue.input)}`;
    case 'invalid_value': {
      const values = (issue.values ?? []).map(String);
      return `expected one of ${values.map((v) => `"${v}"`).join(', ')}, found ${describeFound(issue.input)}${didYouMean(issue.input, values)}`;
    }
    case 'unrecognized_keys':
      return `unknown field${issue.keys!.length > 1 ? 's' : ''} ${issue.keys!.map((k) => `"${k}"`).join(', ')}`;
    default:
      return issue.message.includes('found') || issue.input === undefined ? issue.message : `${issue.message}, found ${describeFound(issue.input)}`;
  }
}

export function validateFile(file: SourceFile): { data: unknown; problems: Problem[] } {
  const problem = (line: number, field: string, message: string): Problem => ({ severity: 'error', file: file.path, line, field, message, rule: 'schema' });
  if (file.yamlText === null) return { data: null, problems: [problem(1, '', 'expected the file to start with front matter between two --- lines')] };
  if (file.yamlError) {
    return { data: null, problems: [problem(file.yamlError.line, '', `the front matter is not valid YAML: ${file.yamlError.message}`)] };
  }
  const result = collections[file.collection].schema.safeParse(file.frontMatter, { reportInput: true });
  if (result.success) return { data: result.data, problems: [] };
  return {
    data: null,
    problems: result.error.issues.map((issue) => problem(lineOf(file, issue.path), issue.path.join('.'), schemaMessage(issue as never))),
  };
}

export interface CheckOptions {
  /** The build date that "not in the future" and the register are measured against. */
  asOf?: string;
}

/**
 * Validates every file of an office: each against its schema, the text of each for publishing
 * hazards and unsafe markup, each entry's own rules, then the rules that span entries.
 */
export function checkOffice(officeDir: string, options: CheckOptions = {}): CheckResult {
  const asOf = options.asOf ?? asOfDate();
  const { office, problems } = readOffice(officeDir);
  const files = readOfficeFiles(officeDir);
  const entries: ValidEntry[] = [];
  for (const file of files) {
    const result = validateFile(file);
    problems.push(...result.problems, ...textProblems(file, office));
    if (result.problems.length === 0) entries.push({ file, data: result.data as Record<string, unknown> });
  }
  if (office) {
    for (const entry of entries) problems.push(...entryProblems(entry, { office, asOf }));
    problems.push(...crossEntryProblems(office, entries));
  }
  return { office, problems, filesChecked: files.length + 1, entries };
}
