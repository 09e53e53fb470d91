import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { valuesCutByComments, valuesInCurlyQuotes } from '../../src/domain/content-files.ts';

describe('values YAML cuts at a space and #', () => {
  const yaml = ['title: Grant #3 of 4', 'summary: Checked. # a note to editors', 'quoted: "Grant #3"', 'approvals:', '  - name: Jo Bloggs #signed', '    role: CFO', 'keywords:', '  - safety #StaySafe', ''].join('\n');

  it('finds each unquoted value followed by # and a word, with its field, its line and what is left out', () => {
    expect(valuesCutByComments(yaml, 2)).toEqual([
      { path: ['title'], line: 2, cut: '#3 of 4' },
      { path: ['approvals', 0, 'name'], line: 6, cut: '#signed' },
      { path: ['keywords', 0], line: 9, cut: '#StaySafe' },
    ]);
  });

  it('finds only what YAML does leave out', () => {
    const read = load(yaml) as Record<string, unknown>;
    expect(read.title).toBe('Grant');
    expect(read.quoted).toBe('Grant #3');
    expect(read.keywords).toEqual(['safety']);
  });
});

describe('values typed in curly quotation marks', () => {
  const yaml = [
    'title: “Victims’ advice line”', 'summary: "“Quoted” on purpose, in straight quotes"', 'decided: Agreed the “hub” model', 'approvals:', '  - name: ‘Jo Bloggs’',
    'recommendation: “Safer Streets” and “Hub”', 'editorsNote: “as the panel put it”', '',
  ].join('\n');

  it('finds each unquoted value that opens and closes with them, with its field and line', () => {
    expect(valuesInCurlyQuotes(yaml, 2)).toEqual([
      { path: ['title'], line: 2, value: '“Victims’ advice line”' },
      { path: ['approvals', 0, 'name'], line: 6, value: '‘Jo Bloggs’' },
    ]);
  });

  it('finds only values whose quotation marks YAML keeps', () => {
    const read = load(yaml) as { title: string; summary: string };
    expect(read.title).toBe('“Victims’ advice line”');
    expect(read.summary).toBe('“Quoted” on purpose, in straight quotes');
  });
});
