import { collections } from '../collections.ts';
import { lineOf, readOfficeFiles, type SourceFile } from '../content-files.ts';
import { readOffice } from '../office.ts';
import type { Office } from '../../schemas/office.ts';
import type { ValidEntry } from './entries.ts';
import type { Problem } from './problems.ts';
import { crossEntryProblems } from './cross-entry.ts';

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
    case 'invalid_value':
      return `expected one of ${(issue.values ?? []).map((v) => `"${String(v)}"`).join(', ')}, found ${describeFound(issue.input)}`;
    case 'unrecognized_keys':
      return `unknown field${issue.keys!.length > 1 ? 's' : ''} ${issue.keys!.map((k) => `"${k}"`).join(', ')}`;
    default:
      return issue.message.includes('found') || issue.input === undefined ? issue.message : `${issue.message}, found ${describeFound(issue.input)}`;
  }
}

export function validateFile(file: SourceFile): { data: unknown; problems: Problem[] } {
  const problem = (line: number, field: string, message: string): Problem => ({ severity: 'error', file: file.path, line, field, message, rule: 'schema' });
  if (!file.yaml) return { data: null, problems: [problem(1, '', 'expected the file to start with front matter between two --- lines')] };
  if (file.yaml.errors.length) {
    return {
      data: null,
      problems: file.yaml.errors.map((error) =>
        problem(file.lineCounter.linePos(error.pos[0]).line + file.frontMatterLine - 1, '', `the front matter is not valid YAML: ${error.message.split('\n')[0]}`),
      ),
    };
  }
  const result = collections[file.collection].schema.safeParse(file.yaml.toJS() ?? {}, { reportInput: true });
  if (result.success) return { data: result.data, problems: [] };
  return {
    data: null,
    problems: result.error.issues.map((issue) => problem(lineOf(file, issue.path), issue.path.join('.'), schemaMessage(issue as never))),
  };
}

/** Validates every file of an office: each against its schema, then the rules that span entries. */
export function checkOffice(officeDir: string): CheckResult {
  const { office, problems } = readOffice(officeDir);
  const files = readOfficeFiles(officeDir);
  const entries: ValidEntry[] = [];
  for (const file of files) {
    const result = validateFile(file);
    problems.push(...result.problems);
    if (result.problems.length === 0) entries.push({ file, data: result.data as Record<string, unknown> });
  }
  if (office) problems.push(...crossEntryProblems(office, entries));
  return { office, problems, filesChecked: files.length + 1, entries };
}
