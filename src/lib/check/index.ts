import { collections } from '../collections.ts';
import { lineOf, readOfficeFiles, type SourceFile } from '../content-files.ts';
import { asOfDate } from '../as-of.ts';
import { readOffice } from '../office.ts';
import type { Office } from '../../schemas/office.ts';
import type { ValidEntry } from './entries.ts';
import type { Problem } from './problems.ts';
import { crossEntryProblems } from './cross-entry.ts';
import { entryProblems, textProblems } from './entry-rules.ts';
import { registerProblems } from './register-rules.ts';
import { fieldsOf, schemaAt } from '../schema-walk.ts';
import { issuePath, schemaMessage } from './messages.ts';

export interface CheckResult {
  office: Office | null;
  problems: Problem[];
  filesChecked: number;
  entries: ValidEntry[];
}

/** js-yaml's reasons, with the usual cause put in an editor's words. */
const YAML_HINTS: [RegExp, string][] = [
  [/bad indentation of a mapping entry/, 'a line is indented wrongly, or a value has a colon in it: put such a value in quotes'],
  [/end of the stream within a (?:double|single) quoted scalar/, 'a quotation mark is opened but never closed'],
  [/missed comma between flow collection entries/, 'a list in [ ] is missing a comma or its closing ]'],
  [/duplicated mapping key/, 'the same field is written twice'],
  [/tab characters must not be used in indentation/, 'a tab is used to indent: use spaces'],
];

function explainYamlError(reason: string): string {
  const hint = YAML_HINTS.find(([pattern]) => pattern.test(reason));
  return hint ? `${hint[1]} (${reason})` : reason;
}

export function validateFile(file: SourceFile): { data: unknown; problems: Problem[] } {
  const problem = (line: number, field: string, message: string): Problem => ({ severity: 'error', file: file.path, line, field, message, rule: 'schema' });
  if (file.yamlText === null) return { data: null, problems: [problem(1, '', 'expected the file to start with front matter between two --- lines')] };
  if (file.yamlError) {
    return { data: null, problems: [problem(file.yamlError.line, '', `the front matter is not valid YAML: ${explainYamlError(file.yamlError.message)}`)] };
  }
  const { schema } = collections[file.collection];
  const result = schema.safeParse(file.frontMatter, { reportInput: true });
  if (result.success) return { data: result.data, problems: [] };
  return {
    data: null,
    problems: result.error.issues.map((issue) => {
      const object = schemaAt(schema, issue.path);
      const known = object ? Object.keys(fieldsOf(object) ?? {}) : undefined;
      const path = issuePath(issue);
      return problem(lineOf(file, path), path.join('.'), schemaMessage(issue as never, known));
    }),
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
    if (office.registerReport !== 'off') problems.push(...registerProblems(officeDir, office, entries, asOf));
  }
  return { office, problems, filesChecked: files.length + 1, entries };
}
