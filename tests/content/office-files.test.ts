import { mkdirSync, renameSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Problem } from '../../src/domain/check/problems.ts';
import { NOTTINGHAMSHIRE, TempOffice } from '../helpers/office.ts';

let office: TempOffice;
afterEach(() => office?.remove());

const ABOUT = 'pages/about.md';
const PLAN = 'plans/business-plan-2014-15.md';

/** What the check says, each problem as `path in the office:line [rule] message`, sorted. */
function said(o: TempOffice): string[] {
  return o.check().problems.map(({ file, line, rule, message }) => `${join(process.cwd(), file).slice(o.dir.length + 1)}:${line} [${rule}] ${message}`).sort();
}

/** The ids of the entries of a collection that passed the check. */
function ids(o: TempOffice, collection: string): string[] {
  return o.check().entries.filter((entry) => entry.file.collection === collection).map((entry) => entry.file.id);
}

const latin1 = (text: string) => Buffer.from(text, 'latin1');

describe('text that is not UTF-8', () => {
  it('is refused, on the line of the first character that is not, with how to save it as UTF-8', () => {
    office = new TempOffice(NOTTINGHAMSHIRE);
    const text = office.read(ABOUT).replace(/^title: .*$/m, 'title: Café project grant of £25,000');
    writeFileSync(join(office.dir, ABOUT), latin1(text));
    expect(said(office)).toEqual([
      `${ABOUT}:2 [encoding] the file is not saved as UTF-8: this line has a character written another way (byte 0xE9, in "title: Café project grant of £25,000" if the file is Windows-1252): save the file again with the encoding UTF-8 (in most editors: Save As, then UTF-8 as the encoding)`,
    ]);
    expect(ids(office, 'pages')).toEqual([]);
  });

  it('is found after well-formed UTF-8 characters, however far into the file', () => {
    office = new TempOffice(NOTTINGHAMSHIRE);
    const [frontMatter, body] = office.read(ABOUT).split(/(?<=^---\n[\s\S]*?\n---\n)/);
    // "£" in UTF-8 on the first line of the body, then a Latin-1 "é" fifty lines on, beyond a 30-character excerpt.
    const bytes = Buffer.concat([Buffer.from(`${frontMatter}A grant of £5,000.\n${body}${'\n'.repeat(50)}`), latin1(`${'x'.repeat(40)} Café, ${'y'.repeat(40)}\n`)]);
    writeFileSync(join(office.dir, ABOUT), bytes);
    const [problem, ...others] = office.check().problems;
    expect(others).toEqual([]);
    expect(problem).toMatchObject({ rule: 'encoding', line: bytes.subarray(0, bytes.indexOf(0xe9)).toString('latin1').split('\n').length });
    expect(problem!.message).toContain(`(byte 0xE9, in "…${'x'.repeat(26)} Café, ${'y'.repeat(27)}…" if the file is Windows-1252)`);
  });

  it('is refused in the office configuration too', () => {
    office = new TempOffice(NOTTINGHAMSHIRE);
    writeFileSync(join(office.dir, 'office.json'), latin1(office.read('office.json').replace('"Nottinghamshire"', '"Nottinghamshire, Café"')));
    const [problem, ...others] = office.check().problems;
    expect(others).toEqual([]);
    expect(problem).toMatchObject({ file: expect.stringMatching(/\/office\.json$/), rule: 'encoding', line: office.read('office.json').split('\n').findIndex((line) => line.includes('Caf')) + 1 });
  });

  it('is refused as UTF-16 when it is saved as UTF-16', () => {
    office = new TempOffice(NOTTINGHAMSHIRE);
    writeFileSync(join(office.dir, ABOUT), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(office.read(ABOUT), 'utf16le')]));
    expect(said(office)).toEqual([
      `${ABOUT}:1 [encoding] the file is saved as UTF-16 (which some programs call "Unicode"), not UTF-8: save the file again with the encoding UTF-8 (in most editors: Save As, then UTF-8 as the encoding)`,
    ]);
  });

  it('is accepted with a byte-order mark, its lines counted as written', () => {
    office = new TempOffice(NOTTINGHAMSHIRE);
    office.write(ABOUT, `\uFEFF${office.read(ABOUT)}`);
    expect(said(office)).toEqual([]);
    office.edit(ABOUT, /^description: .*$/m, 'description: Details TBC.');
    expect(said(office)).toEqual([`${ABOUT}:3 [template-text] "TBC" left in the text: confirm the fact or remove it before publishing`]);
  });
});

describe('file names', () => {
  it('reads Markdown ending .md or .markdown in any letter case', () => {
    office = new TempOffice(NOTTINGHAMSHIRE);
    renameSync(join(office.dir, ABOUT), join(office.dir, 'pages/about.MD'));
    office.write('pages/contact.Markdown', office.read('pages/about.MD').replace(/^title: .*$/m, 'title: Contact the Commissioner'));
    expect(said(office)).toEqual([]);
    expect(ids(office, 'pages')).toEqual(['about', 'contact']);
  });

  it.each([
    // Of two such files, the one named as entries usually are is read, though "about.MD" comes first by name.
    ['pages/about.MD', 'pages/about.md'],
    ['pages/about.markdown', 'pages/about.md'],
    // Otherwise the first by name is.
    ['pages/about.md', 'pages/About.md'],
  ])('refuses %s beside %s as one entry, naming both', (added, kept) => {
    office = new TempOffice(NOTTINGHAMSHIRE);
    const text = office.read(ABOUT);
    if (kept !== ABOUT) renameSync(join(office.dir, ABOUT), join(office.dir, kept));
    office.write(added, text);
    // A name with capital letters is refused as a page's address too (see addresses.test.ts): that is another rule.
    const [problem, ...others] = office.check().problems.filter((p) => p.rule !== 'file-name');
    expect(others).toEqual([]);
    expect(problem).toMatchObject({ file: expect.stringMatching(new RegExp(`/${added.replace('.', '\\.')}$`)), line: 1, rule: 'duplicate-file' });
    expect(problem!.message).toMatch(new RegExp(`^this file and \\S*/${kept.replace('.', '\\.')} are one entry, "${kept.slice('pages/'.length, -'.md'.length)}"`));
    expect(ids(office, 'pages')).toEqual([kept.slice('pages/'.length, -'.md'.length)]);
  });

  it('reports anything in a collection folder that is not read, saying what to do, and passes over system and backup files', () => {
    office = new TempOffice();
    office.write('decisions/2020-42.MDX', office.read('decisions/2020-41.md'));
    office.write('decisions/minutes/notes.txt', 'Notes for the next meeting.');
    office.write('decisions/.DS_Store', '\0\0\0\u0001Bud1');
    office.write('decisions/.gitkeep', '');
    office.write('decisions/._2020-41.md', '\0\u0005\u0016\u0007');
    office.write('decisions/2020-41.md~', 'A backup.');
    expect(said(office)).toEqual([
      'decisions/2020-42.MDX:1 [file-type] MDX is compiled only from a file whose name ends .mdx in small letters: rename it 2020-42.mdx',
      'decisions/minutes/notes.txt:1 [file-type] only files whose names end .md (or .markdown, or .mdx) are read as entries: if this is one, save it as Markdown with a name ending .md; if not, move it out of the decisions/ folder',
    ]);
  });
});

describe('links', () => {
  it('are followed while they stay inside the office folder, to a file or a folder', () => {
    office = new TempOffice(NOTTINGHAMSHIRE);
    mkdirSync(join(office.dir, 'archive/pages'), { recursive: true });
    renameSync(join(office.dir, PLAN), join(office.dir, 'archive/plan.md'));
    symlinkSync('../archive/plan.md', join(office.dir, PLAN));
    // A folder of decisions, whose addresses come from their references, not from where their files are.
    office.write('archive/decisions/2014-001.md', '---\nreference: "2014.001"\ntitle: A decision kept in the archive\ndecided: Agreed to keep the notice in the archive.\ndate: 2014-06-02\ndecisionMaker: pcc\n---\n');
    mkdirSync(join(office.dir, 'decisions'));
    symlinkSync('../archive/decisions', join(office.dir, 'decisions/archive'));
    expect(said(office)).toEqual([]);
    expect(ids(office, 'plans')).toEqual(['business-plan-2014-15']);
    expect(ids(office, 'decisions')).toEqual(['archive/2014-001']);
  });

  it('are refused when they lead outside the office folder, nowhere, or round a loop, with no stack trace', () => {
    office = new TempOffice(NOTTINGHAMSHIRE);
    const outside = new TempOffice(NOTTINGHAMSHIRE);
    try {
      symlinkSync(join(outside.dir, ABOUT), join(office.dir, 'pages/borrowed.md'));
      symlinkSync('never-written.md', join(office.dir, 'pages/gone.md'));
      symlinkSync('round-2.md', join(office.dir, 'pages/round-1.md'));
      symlinkSync('round-1.md', join(office.dir, 'pages/round-2.md'));
      symlinkSync('..', join(office.dir, 'plans/up'));
      expect(said(office)).toEqual([
        `pages/borrowed.md:1 [link] this link leads outside the office folder, to ${join(outside.dir, ABOUT)}: the site is built only from what is in the office folder, so that its repository holds everything it publishes. Copy what it links to into the office folder instead`,
        'pages/gone.md:1 [link] this link leads to never-written.md, which does not exist: point it at a file in the office folder, or delete it',
        'pages/round-1.md:1 [link] this link leads round a loop of links, never to a file: point it at a file in the office folder, or delete it',
        'pages/round-2.md:1 [link] this link leads round a loop of links, never to a file: point it at a file in the office folder, or delete it',
        `plans/up:1 [link] this link makes a loop: it leads to ${relative(process.cwd(), office.dir)}, from where the folders lead back to the link itself, so they would be read without end. Point it at another folder, or delete it`,
      ]);
      expect(ids(office, 'pages')).toEqual(['about']);
    } finally {
      outside.remove();
    }
  });

  it('are refused when two folders lead into each other, each named where it is', () => {
    office = new TempOffice(NOTTINGHAMSHIRE);
    mkdirSync(join(office.dir, 'pages/a'));
    mkdirSync(join(office.dir, 'pages/b'));
    symlinkSync('../b', join(office.dir, 'pages/a/to-b'));
    symlinkSync('../a', join(office.dir, 'pages/b/to-a'));
    expect(said(office).map((line) => line.replace(/ it leads to \S+,.*/, ''))).toEqual(['pages/a/to-b:1 [link] this link makes a loop:', 'pages/b/to-a:1 [link] this link makes a loop:']);
  });

  it('are refused as a collection folder leading outside the office folder', () => {
    office = new TempOffice(NOTTINGHAMSHIRE);
    const outside = new TempOffice(NOTTINGHAMSHIRE);
    try {
      renameSync(join(office.dir, 'pages'), join(office.dir, 'pages-moved'));
      symlinkSync(join(outside.dir, 'pages'), join(office.dir, 'pages'));
      const problems: Problem[] = office.check().problems;
      expect(problems.map(({ file, rule }) => [file.slice(-'pages'.length), rule])).toEqual([['pages', 'link']]);
      expect(ids(office, 'pages')).toEqual([]);
    } finally {
      outside.remove();
    }
  });
});

describe('the size of a body', () => {
  const LARGEST_BODY_BYTES = 500_000;

  it('warns past 500 kB, where the body starts', () => {
    office = new TempOffice(NOTTINGHAMSHIRE);
    const text = office.read(ABOUT);
    const body = text.slice(text.indexOf('\n---\n') + '\n---\n'.length);
    const filler = (bytes: number) => `${body}\n${'Policing plan. '.repeat(bytes / 15 + 1)}`.slice(0, bytes);
    // "£" is two bytes in UTF-8: the limit is of bytes, not characters.
    office.write(ABOUT, `${text.slice(0, text.length - body.length)}£${filler(LARGEST_BODY_BYTES - 2)}`);
    expect(said(office)).toEqual([]);
    office.write(ABOUT, `${text.slice(0, text.length - body.length)}£${filler(LARGEST_BODY_BYTES - 1)}`);
    expect(said(office)).toEqual([
      `${ABOUT}:5 [body-size] the text below the front matter is 501 kB, more than 500 kB (about 80,000 words): a page so long is slow to load on a phone and hard to read or search. Split it into several entries, or link to the full document and summarise it here`,
    ]);
    expect(office.check().problems[0]!.severity).toBe('warning');
  });
});

describe('an empty entry file', () => {
  it('is named as empty, with what an entry starts with', () => {
    office = new TempOffice('examples/north-yorkshire').write('pages/contact.md', '\n');
    expect(said(office).filter((line) => line.startsWith('pages/contact.md'))).toEqual(['pages/contact.md:1 [schema] the file is empty: an entry starts with its fields between two --- lines (npm run new writes one to start from), or delete the file']);
  });
});

describe('entries put where nothing is read', () => {
  it('are named, with the folder meant: a folder named nearly as one that is read, or in capitals, and an entry in the office folder itself', () => {
    office = new TempOffice('examples/north-yorkshire');
    const notice = office.read(`decisions/${ids(office, 'decisions')[0]}.md`);
    office.write('decision/a-notice.md', notice).write('Budgets/2030-31.md', '---\nfinancialYear: 2030/31\n---\n').write('a-notice.md', notice);
    // Folders and files of the office's repository that are nothing like a published folder, and a README without front matter, pass.
    office.write('docs/how-we-publish.md', '# How we publish\n').write('README.md', '# North Yorkshire\n');
    // An entry in the office folder that a content folder links to is read through the link.
    office.write('shared-notice.md', notice.replace(/^reference: .*$/m, 'reference: "99/2024"'));
    symlinkSync('../shared-notice.md', join(office.dir, 'decisions', 'shared-notice.md'));
    expect(said(office).filter((line) => line.includes('[stray-file]'))).toEqual([
      'Budgets:1 [stray-file] the folder read is "budgets", in small letters: the servers that build the site tell "Budgets" from it, so nothing in it would be published. Rename it "budgets"',
      'a-notice.md:1 [stray-file] this entry is in the office folder itself, where no entry is read, so it is not published: move it into the folder of its kind, such as decisions/ or pages/',
      'decision:1 [stray-file] nothing in this folder is read, so nothing in it is published (did you mean "decisions"?): move what is in it into that folder',
    ]);
    expect(ids(office, 'decisions')).not.toContain('a-notice');
    expect(ids(office, 'decisions')).toContain('shared-notice');
  });
});
