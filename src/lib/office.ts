import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import { officeSchema, type Office } from '../schemas/office.ts';
import type { Problem } from './check/problems.ts';

export const DEFAULT_OFFICE_DIR = 'content';

/** The office folder chosen for this build: OFFICE=examples/nottinghamshire, else the default. */
export function officeDir(env: Record<string, string | undefined> = process.env): string {
  return env.OFFICE?.trim() || DEFAULT_OFFICE_DIR;
}

export function officeConfigPath(dir: string): string {
  return join(dir, 'office.json');
}

/** Reads and validates an office's office.json, returning problems with line numbers instead of throwing. */
export function readOffice(dir: string): { office: Office | null; problems: Problem[] } {
  const path = officeConfigPath(dir);
  const shown = relative(process.cwd(), path) || path;
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return {
      office: null,
      problems: [{ severity: 'error', file: shown, line: 1, field: '', rule: 'office', message: `there is no office configuration: expected a file at ${shown}` }],
    };
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  if (doc.errors.length) {
    const error = doc.errors[0]!;
    return {
      office: null,
      problems: [{ severity: 'error', file: shown, line: lineCounter.linePos(error.pos[0]).line, field: '', rule: 'office', message: `this is not valid JSON: ${error.message.split('\n')[0]}` }],
    };
  }
  const result = officeSchema.safeParse(doc.toJS());
  if (result.success) return { office: result.data, problems: [] };
  return {
    office: null,
    problems: result.error.issues.map((issue) => {
      const node = doc.getIn(issue.path as unknown[], true) as { range?: [number, number, number] } | undefined;
      return {
        severity: 'error' as const,
        file: shown,
        line: node?.range ? lineCounter.linePos(node.range[0]).line : 1,
        field: issue.path.join('.'),
        rule: 'office',
        message: issue.message,
      };
    }),
  };
}

/** The office for code that runs after the check has passed (the site build). */
export function loadOffice(dir: string = officeDir()): Office {
  const { office, problems } = readOffice(dir);
  if (!office) throw new Error(`The office configuration is not valid:\n${problems.map((p) => `${p.file}:${p.line} ${p.field} ${p.message}`).join('\n')}`);
  return office;
}
