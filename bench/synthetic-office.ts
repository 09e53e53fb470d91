import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { decisionPath } from '../src/domain/decision-references.ts';
import { loadOffice } from '../src/domain/office.ts';

/** A small, fast, seedable PRNG (mulberry32), so every benchmark run generates the same office. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SUBJECTS = ['community safety partnership', 'victim support contract', 'estates strategy', 'body worn video', 'custody suite refurbishment', 'domestic abuse service', 'rural crime team', 'fleet replacement', 'mental health triage', 'restorative justice hub', 'youth diversion scheme', 'ICT collaboration', 'drug and alcohol fund', 'road safety campaign', 'safer streets bid'];
const MAKERS = ['pcc', 'deputy-pcc', 'chief-executive', 'chief-finance-officer'];
const OUTCOMES = ['approved', 'approved', 'approved', 'noted', 'deferred'];
/**
 * Every word of an office's Markdown, in order and with repeats, so that words drawn from it at
 * random come as often as they do in the office's own writing: a search index over generated
 * notices then has a real vocabulary to hold, not a few dozen words.
 */
function wordsOf(office: string): string[] {
  const words: string[] = [];
  for (const entry of readdirSync(office, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.md')) continue;
    const body = readFileSync(join(entry.parentPath, entry.name), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
    words.push(...(body.toLowerCase().match(/[a-z][a-z'-]*[a-z]/g) ?? []));
  }
  return words;
}

type Draw = () => number;

function sentence(next: Draw, words: string[], length: number): string {
  const text = Array.from({ length }, () => words[Math.floor(next() * words.length)]).join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

function paragraph(next: Draw, words: string[]): string {
  return Array.from({ length: 3 + Math.floor(next() * 4) }, () => sentence(next, words, 12 + Math.floor(next() * 14))).join(' ');
}

/** A decision notice of realistic length: summary, recommendation, numbered sections, a list and a table. */
export function syntheticDecision(index: number, next: Draw, words: string[]): { name: string; text: string } {
  const year = 2013 + (index % 12);
  const number = Math.floor(index / 12) + 1;
  const month = 1 + Math.floor(next() * 12);
  const day = 1 + Math.floor(next() * 28);
  const subject = SUBJECTS[Math.floor(next() * SUBJECTS.length)]!;
  const amount = Math.round(next() * 500_000_00) / 100;
  const date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const pounds = () => `£${(1000 + Math.floor(next() * 90000)).toLocaleString('en-GB')}`;
  // Blocks are separated by blank lines; the lines of a list or a table are not.
  const body = [
    '## 1. Objective', paragraph(next, words),
    '## 2. Background', Array.from({ length: 3 }, (_, i) => `- 2.${i + 1} ${sentence(next, words, 18)}`).join('\n'),
    '## 3. Areas for consideration', paragraph(next, words), paragraph(next, words),
    '## 4. Financial implications',
    ['| Item | 2024/25 | 2025/26 |', '| --- | ---: | ---: |', ...Array.from({ length: 4 }, (_, i) => `| Cost line ${i + 1} | ${pounds()} | ${pounds()} |`)].join('\n'),
    '## 5. Other implications and risks', paragraph(next, words),
  ].join('\n\n');
  const text = `---
reference: "${number}/${year}"
title: "Decision on the ${subject} (${number}/${year})"
date: ${date}
decisionMaker: ${MAKERS[Math.floor(next() * MAKERS.length)]}
originator: Chief Executive
summary: "${sentence(next, words, 30)} ${sentence(next, words, 25)}"
recommendation: |-
  ${sentence(next, words, 20)}
  - ${sentence(next, words, 10)}
  - ${sentence(next, words, 10)}
outcome: ${OUTCOMES[Math.floor(next() * OUTCOMES.length)]}
amount: ${amount}
fundingSource: OPCC commissioning budget
restricted: false
checklist:
  legalAdvice: true
  chiefFinanceOfficerConsulted: true
  equalityConsidered: ${next() > 0.2}
approvals:
  - role: Chief Finance Officer (Section 151 Officer)
    date: ${date}
decided: "Agreed to fund the ${subject}."
---

${body}
`;
  return { name: `${year}-${String(number).padStart(4, '0')}.md`, text };
}

/** Sets `settings` in the office.json of the office in `dir`, keeping its other settings. */
export function configureOffice(dir: string, settings: Record<string, unknown>): void {
  const file = join(dir, 'office.json');
  writeFileSync(file, `${JSON.stringify({ ...JSON.parse(readFileSync(file, 'utf8')), ...settings }, null, 2)}\n`);
}

/**
 * A copy of an office folder with `decisions` generated decision notices in place of its own.
 * Returns the folder; the caller removes it.
 */
export function writeSyntheticOffice(from: string, to: string, decisions: number, seed = 2024): string {
  rmSync(to, { recursive: true, force: true });
  cpSync(from, to, { recursive: true });
  rmSync(join(to, 'decisions'), { recursive: true, force: true });
  mkdirSync(join(to, 'decisions'));
  // Thousands of notices a year need longer reference numbers than a real office's format allows.
  configureOffice(to, { decisionReference: { pattern: '^\\d{1,5}/\\d{4}$', example: '4100/2020' } });
  const next = random(seed);
  const words = wordsOf(from);
  for (let index = 0; index < decisions; index++) {
    const { name, text } = syntheticDecision(index, next, words);
    writeFileSync(join(to, 'decisions', name), text);
  }
  return to;
}

/**
 * Edits one generated decision notice the way an editor would (a revised title) and returns the
 * page that must show the change once the site is rebuilt.
 */
export function reviseOneDecision(office: string): { page: string; title: string } {
  const files = readdirSync(join(office, 'decisions')).sort();
  const file = join(office, 'decisions', files[Math.floor(files.length / 2)]!);
  const text = readFileSync(file, 'utf8');
  const title = /^title: "(.*)"$/m.exec(text)![1]!;
  const revised = `Revised ${title.charAt(0).toLowerCase()}${title.slice(1)}`;
  writeFileSync(file, text.replace(`title: "${title}"`, `title: "${revised}"`));
  return { page: `${noticePath(office, file)}index.html`, title: revised };
}

/** The site path of a generated notice's page ("decisions/12-2021/"), from its file. */
export function noticePath(office: string, file: string): string {
  const text = readFileSync(file, 'utf8');
  const reference = /^reference: "(.*)"$/m.exec(text)![1]!;
  const date = /^date: (.*)$/m.exec(text)![1]!.replace(/"/g, '');
  return decisionPath({ reference, title: '', date }, loadOffice(office));
}
