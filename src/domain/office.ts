import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import { officeSchema, type Office } from './schemas/office.ts';
import { issuePath, schemaMessage } from './check/messages.ts';
import { decodeText, keyOffsetOf, shownPath } from './content-files.ts';
import { jsonSyntaxProblem } from './json-errors.ts';
import { fieldsOf, metaOf, schemaAt } from './schema-walk.ts';
import type { Problem } from './check/problems.ts';
import { officeDir } from './deployment.ts';

export function officeConfigPath(dir: string): string {
  return join(dir, 'office.json');
}

/** Reads and validates an office's office.json, returning problems with line numbers instead of throwing. */
export function readOffice(dir: string): { office: Office | null; problems: Problem[] } {
  const path = officeConfigPath(dir);
  const shown = shownPath(path);
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch {
    // A mistyped OFFICE names a folder that is not there at all: that, not its office.json, is what to correct.
    const message = statSync(dir, { throwIfNoEntry: false })?.isDirectory()
      ? `there is no office configuration: expected a file at ${shown}`
      : `there is no office folder at ${shownPath(dir)} (OFFICE names the office's folder; the sample office is content/)`;
    return { office: null, problems: [{ severity: 'error', file: shown, line: 1, field: '', rule: 'office', message }] };
  }
  const problem = (line: number, field: string, message: string, rule = 'office'): Problem => ({ severity: 'error', file: shown, line, field, rule, message });
  const text = decodeText(bytes);
  if (typeof text !== 'string') return { office: null, problems: [problem(text.line, '', text.message, 'encoding')] };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    const { line, message } = jsonSyntaxProblem(text);
    return { office: null, problems: [problem(line, '', `this is not valid JSON: ${message}`)] };
  }
  const result = officeSchema.safeParse(raw, { reportInput: true });
  if (result.success) return { office: result.data, problems: [] };
  const lineOf = fieldLines(text);
  return {
    office: null,
    problems: result.error.issues.map((issue) => {
      const path = issuePath(issue);
      const field = schemaAt(officeSchema, issue.path);
      const known = Object.keys(fieldsOf(field ?? officeSchema) ?? {});
      return problem(lineOf(path, issue.code === 'unrecognized_keys') ?? 1, path.join('.'), schemaMessage(issue as never, known, field ? metaOf(field).format : undefined, 'json'));
    }),
  };
}

/** The line of office.json's text where the field at a path is written: its value, or with `atKey` its name. */
function fieldLines(text: string): (path: readonly PropertyKey[], atKey?: boolean) => number | undefined {
  // JSON is YAML, so the YAML parser can say which line each field is on.
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  return (path, atKey = false) => {
    const value = doc.getIn(path as unknown[], true) as { range?: [number, number, number] } | undefined;
    const offset = atKey ? keyOffsetOf(doc, path) : value?.range?.[0];
    return offset === undefined ? undefined : lineCounter.linePos(offset).line;
  };
}

/** The line of an office's office.json where the field at `path` is written, for the check's rules beyond its schema. */
export function officeFieldLine(dir: string, path: readonly PropertyKey[]): number {
  const text = decodeText(readFileSync(officeConfigPath(dir)));
  return (typeof text === 'string' && fieldLines(text)(path)) || 1;
}

/** The office for code that runs after the check has passed (the site build). */
export function loadOffice(dir: string = officeDir()): Office {
  const { office, problems } = readOffice(dir);
  if (!office) throw new Error(`The office configuration is not valid:\n${problems.map((p) => `${p.file}:${p.line} ${p.field} ${p.message}`).join('\n')}`);
  return office;
}
