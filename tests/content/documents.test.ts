import { mkdirSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseDocumentLink, pdfTagging } from '../../src/domain/documents.ts';
import { TempOffice } from '../helpers/office.ts';
import { minimalPdf } from '../helpers/pdf.ts';

const EXAMPLESHIRE = 'tests/fixtures/offices/exampleshire';
const NOTICE = 'decisions/code-of-corporate-governance.md';
let office: TempOffice;
afterEach(() => office?.remove());

/** What the check says of the papers entries link to (not of files in files/ that nothing links to, which are left unpublished). */
const documentProblems = (o: TempOffice) => o.check({ asOf: '2025-03-31' }).problems.filter((problem) => problem.rule === 'document' && !problem.message.startsWith('no entry links to this file'));

/** The Exampleshire office with its notice's paper linked as `link` instead. */
function linking(link: string): TempOffice {
  office = new TempOffice(EXAMPLESHIRE);
  return office.edit(NOTICE, 'file: files/code-of-corporate-governance.pdf', `file: "${link}"`);
}

describe("the office's papers", () => {
  it('accepts a paper in files/, written either way, and a document elsewhere on the web', () => {
    for (const link of ['files/code-of-corporate-governance.pdf', '/files/code-of-corporate-governance.pdf', 'https://www.example.gov.uk/papers/code.pdf']) {
      expect(documentProblems(linking(link))).toEqual([]);
      office.remove();
    }
  });

  it("refuses a link to a paper in the text that is not written from the site's root, as the page would follow it from its own address", () => {
    office = new TempOffice(EXAMPLESHIRE);
    office.write(NOTICE, `${office.read(NOTICE)}\nThe [signed code](files/code-of-corporate-governance.pdf) and [its summary](/files/code-of-corporate-governance.pdf).\n`);
    const problems = documentProblems(office);
    expect(problems.map(({ field, message }) => `${field}: ${message}`)).toEqual(['body: the link "files/code-of-corporate-governance.pdf" in the text is followed from the page\'s own address, where there is no files/ folder: start it with / (/files/code-of-corporate-governance.pdf)']);
    expect(problems[0]!.line).toBe(office.read(NOTICE).split('\n').findIndex((line) => line.includes('[signed code]')) + 1);
  });

  it('refuses a paper that is not there, naming the file, the line and the field', () => {
    const [problem, ...rest] = documentProblems(linking('/files/code-of-corporate-governence.pdf'));
    expect(rest).toEqual([]);
    const line = office.read(NOTICE).split(/\r?\n/).findIndex((text) => text.includes('file:')) + 1;
    expect(problem).toMatchObject({ severity: 'error', file: expect.stringMatching(/decisions\/code-of-corporate-governance\.md$/), line, field: 'attachments.0.file' });
    expect(problem!.message).toBe('there is no file files/code-of-corporate-governence.pdf in the office folder (did you mean "code-of-corporate-governance.pdf"?): upload it, or correct the name');
  });

  it.each(['../../etc/passwd', '/etc/passwd', 'files/../../etc/passwd', 'file:///etc/passwd', 'decisions/code-of-corporate-governance.md'])('refuses %s, which is not one of the office\'s files', (link) => {
    const [problem, ...rest] = documentProblems(linking(link));
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ severity: 'error', field: 'attachments.0.file' });
    expect(problem!.message).toMatch(/leads out of the office folder|expected a file in the office's files\/ folder/);
  });

  it('refuses a link in files/ that leads out of the files folder, dangles or loops, where an entry links to it', () => {
    office = new TempOffice(EXAMPLESHIRE);
    const files = join(office.dir, 'files');
    symlinkSync('/etc/passwd', join(files, 'passwd.pdf'));
    symlinkSync('../decisions/2013-14-004.md', join(files, 'withheld.csv'));
    symlinkSync(join(files, 'gone.pdf'), join(files, 'dangling.pdf'));
    symlinkSync(join(files, 'loop-b.pdf'), join(files, 'loop-a.pdf'));
    symlinkSync(join(files, 'loop-a.pdf'), join(files, 'loop-b.pdf'));
    office.edit(NOTICE, 'file: files/code-of-corporate-governance.pdf', ['passwd.pdf', 'withheld.csv', 'dangling.pdf', 'loop-a.pdf'].map((name, index) => `${index ? '  - title: Another\r\n    ' : ''}file: files/${name}`).join('\r\n'));
    const messages = documentProblems(office).filter((p) => p.severity === 'error').map((p) => `${p.field} ${p.message.replace(realpathSync(office.dir), '<office>')}`);
    expect(messages).toEqual([
      `attachments.0.file files/passwd.pdf is a link to /etc/passwd, outside the office's files/ folder: only the files in it are published, so copy the file itself into files/`,
      `attachments.1.file files/withheld.csv is a link to <office>/decisions/2013-14-004.md, outside the office's files/ folder: only the files in it are published, so copy the file itself into files/`,
      'attachments.2.file files/dangling.pdf is a link to a file that is not there: replace it with the file itself',
      'attachments.3.file files/loop-a.pdf is a link that leads round in a loop: replace it with the file itself',
    ]);
  });

  it('publishes only what a published entry links to, passes over what the system makes, and says so of the rest', () => {
    office = new TempOffice(EXAMPLESHIRE);
    writeFileSync(join(office.dir, 'files', 'unlinked.pdf'), minimalPdf({ text: 'x', tagged: true }));
    writeFileSync(join(office.dir, 'files', 'draft-paper.pdf'), minimalPdf({ text: 'x', tagged: true }));
    office.write('files/.DS_Store', '\0\0\0\u0001Bud1');
    office.write('files/.gitkeep', '');
    office.write('decisions/draft.md', '---\nreference: "009"\ntitle: A draft\ndate: 2014-01-10\ndecisionMaker: pcc\nstatus: draft\nattachments:\n  - title: Paper\n    file: /files/draft-paper.pdf\n---\n');
    const { problems, publishedFiles } = office.check({ asOf: '2025-03-31' });
    expect(publishedFiles).toEqual(['code-of-corporate-governance.pdf', 'logo.png']);
    expect(problems.filter((p) => p.rule === 'document').map((p) => `${p.severity} ${p.file.split('/').slice(-2).join('/')} ${p.message}`)).toEqual([
      'warning files/unlinked.pdf no entry links to this file, so it is not published: link it from the entry it belongs to, or delete it',
    ]);
  });

  it('keeps a link inside the office folder working', () => {
    office = new TempOffice(EXAMPLESHIRE);
    mkdirSync(join(office.dir, 'files', 'governance'));
    symlinkSync(join(office.dir, 'files', 'code-of-corporate-governance.pdf'), join(office.dir, 'files', 'governance', 'code.pdf'));
    office.edit(NOTICE, 'file: files/code-of-corporate-governance.pdf', 'file: /files/governance/code.pdf');
    expect(documentProblems(office)).toEqual([]);
  });

  it('refuses types a site should not serve, files too large for the office, and files that are not what their name says', () => {
    office = new TempOffice(EXAMPLESHIRE);
    const names = ['setup.exe', 'page.html', 'logo.svg', 'notes.pdf', 'big.pdf'];
    office.edit(NOTICE, 'file: files/code-of-corporate-governance.pdf', names.map((name, index) => `${index ? '  - title: Another\r\n    ' : ''}file: files/${name}`).join('\r\n'));
    office.write('files/setup.exe', 'MZ');
    office.write('files/page.html', '<script>alert(1)</script>');
    office.write('files/logo.svg', '<svg onload="alert(1)"/>');
    office.write('files/notes.pdf', 'Not a PDF at all');
    writeFileSync(join(office.dir, 'files', 'big.pdf'), Buffer.concat([minimalPdf({ text: 'x', tagged: true }), Buffer.alloc(20 * 1024)]));
    office.edit('office.json', '"registerReport": "off",', '"registerReport": "off",\r\n  "files": { "maxMegabytes": 0.01 },');
    const messages = documentProblems(office).map((p) => p.message).sort();
    expect(messages).toEqual([
      'files/big.pdf is 21 KB, more than the office\'s limit of 10 KB (files.maxMegabytes in office.json): make it smaller, or split it',
      'files/logo.svg cannot be published: .svg files are not among the types the site publishes (PDF, Word, Excel, OpenDocument, CSV, or a PNG, JPEG, GIF or WebP image)',
      'files/notes.pdf is named as a PDF but is not one: export or save it again as a PDF',
      'files/page.html cannot be published: .html files are not among the types the site publishes (PDF, Word, Excel, OpenDocument, CSV, or a PNG, JPEG, GIF or WebP image)',
      'files/setup.exe cannot be published: .exe files are not among the types the site publishes (PDF, Word, Excel, OpenDocument, CSV, or a PNG, JPEG, GIF or WebP image)',
    ]);
  });

  it('warns of a PDF without tags, where it is linked, and publishes it', () => {
    office = new TempOffice(EXAMPLESHIRE);
    writeFileSync(join(office.dir, 'files', 'code-of-corporate-governance.pdf'), minimalPdf({ text: 'Untagged', tagged: false }));
    const [problem, ...rest] = documentProblems(office);
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ severity: 'warning', field: 'attachments.0.file' });
    expect(problem!.message).toMatch(/^files\/code-of-corporate-governance\.pdf is a PDF without tags, which screen readers need/);
  });

  it('checks the papers a body links to, at the line of the link', () => {
    office = new TempOffice(EXAMPLESHIRE);
    office.write(NOTICE, `${office.read(NOTICE)}\r\nThe [minutes](/files/minutes.pdf) and [the code](/files/code-of-corporate-governance.pdf#page=2).\r\n`);
    const lines = office.read(NOTICE).split(/\r?\n/);
    const [problem, ...rest] = documentProblems(office);
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ severity: 'error', field: 'body', line: lines.findIndex((line) => line.includes('/files/minutes.pdf')) + 1 });
    expect(problem!.message).toMatch(/^there is no file files\/minutes\.pdf in the office folder/);
  });

  it('warns when a notice whose papers are withheld publishes a paper, which may be the part withheld', () => {
    office = new TempOffice(EXAMPLESHIRE).edit(NOTICE, 'numbered: false', 'numbered: false\r\nrestricted: true\r\nrestrictionReason: Part B would prejudice an investigation.');
    expect(documentProblems(office).map((p) => `${p.severity} ${p.message}`)).toEqual([
      'warning this decision\'s papers are withheld, but it publishes files/code-of-corporate-governance.pdf: make sure it is a part that may be published',
    ]);
  });

  it("checks every kind of entry's papers: a meeting's papers and a contract's copy too", () => {
    office = new TempOffice(EXAMPLESHIRE);
    office.edit('contracts/victims-advice-line.md', 'published: 2013-06', 'published: 2013-06\r\ndocument: /files/contract.pdf');
    office.write('meetings/panel.md', '---\ntitle: Police and Crime Panel\nheldBy: police-and-crime-panel\ndate: 2013-06-10\npublished: 2013-06-01\npapers:\n  - title: Agenda\n    url: /files/agenda.docx\n---\n');
    expect(documentProblems(office).map((p) => `${p.field}: ${p.message}`).sort()).toEqual([
      'document: there is no file files/contract.pdf in the office folder: upload it, or correct the name',
      'papers.0.url: there is no file files/agenda.docx in the office folder: upload it, or correct the name',
    ]);
  });
});

describe("the files an office's appearance names", () => {
  it('publishes the logo, and refuses one that is not there or not an image, and a component that is not there, at its line of office.json', () => {
    office = new TempOffice(EXAMPLESHIRE);
    expect(office.check().publishedFiles).toContain('logo.png');
    office.edit('office.json', '"files/logo.png"', '"files/crest.png"');
    office.edit('office.json', '"components/Footer.astro"', '"components/OurFooter.astro"');
    const problems = office.check().problems.filter((problem) => problem.field.startsWith('appearance'));
    const lines = office.read('office.json').split(/\r?\n/);
    expect(problems).toEqual([
      expect.objectContaining({ severity: 'error', field: 'appearance.components.Footer', line: lines.findIndex((line) => line.includes('OurFooter')) + 1, message: expect.stringContaining('there is no file components/OurFooter.astro in the office folder') }),
      expect.objectContaining({ severity: 'error', field: 'appearance.logo', line: lines.findIndex((line) => line.includes('crest.png')) + 1, message: expect.stringContaining('there is no file files/crest.png') }),
    ]);
    office.edit('office.json', '"files/crest.png"', '"files/code-of-corporate-governance.pdf"');
    expect(office.check().problems.find((problem) => problem.field === 'appearance.logo')?.message).toBe('the logo must be a PNG, JPEG, GIF or WebP image, found "files/code-of-corporate-governance.pdf"');
  });
});

describe('reading papers', () => {
  it('tells a tagged PDF from an untagged one, when its catalogue is plain and when it is packed in a compressed object stream', () => {
    expect(pdfTagging(minimalPdf({ text: 'a', tagged: true }))).toBe('tagged');
    expect(pdfTagging(minimalPdf({ text: 'a', tagged: false }))).toBe('untagged');
    expect(pdfTagging(minimalPdf({ text: 'a', tagged: true, packed: true }))).toBe('tagged');
    expect(pdfTagging(minimalPdf({ text: 'a', tagged: false, packed: true }))).toBe('untagged');
    // The words alone, in the text of a page, are not a structure tree.
    expect(pdfTagging(minimalPdf({ text: 'StructTreeRoot', tagged: false }))).toBe('untagged');
    // An encrypted PDF's streams cannot be read, so it cannot be told.
    expect(pdfTagging(Buffer.from(minimalPdf({ text: 'a', tagged: false }).toString('latin1').replace('/Root 1 0 R', '/Root 1 0 R /Encrypt 9 0 R'), 'latin1'))).toBe('encrypted');
  });

  it('reads a link as a file of the office, a web address, or neither', () => {
    expect(parseDocumentLink('/files/a/b.pdf')).toEqual({ kind: 'file', name: 'a/b.pdf' });
    expect(parseDocumentLink('files\\a.pdf')).toEqual({ kind: 'file', name: 'a.pdf' });
    expect(parseDocumentLink('HTTPS://example.gov.uk/a.pdf')).toEqual({ kind: 'web', url: 'HTTPS://example.gov.uk/a.pdf' });
    expect(parseDocumentLink('files/../content.md').kind).toBe('invalid');
    expect(parseDocumentLink('javascript:alert(1)').kind).toBe('invalid');
    expect(parseDocumentLink('/files/minutes%20june.pdf#page=3')).toEqual({ kind: 'file', name: 'minutes june.pdf' });
    expect(parseDocumentLink('https://exa mple.gov.uk/a.pdf').kind).toBe('invalid');
    expect(parseDocumentLink('/budgets/2021-22/')).toMatchObject({ kind: 'invalid' });
    expect(parseDocumentLink('/budgets/2021-22/', { pages: true })).toEqual({ kind: 'page', path: '/budgets/2021-22/' });
  });
});
