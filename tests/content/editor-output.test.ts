import { afterAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { cmsConfig } from '../../src/domain/cms-config.ts';
import { readOffice } from '../../src/domain/office.ts';
import { TempOffice } from '../helpers/office.ts';

const office = new TempOffice();
afterAll(() => office.remove());

/** An empty value of a form field, as an editor that writes every field would write it. */
function emptyValue(widget: string, multiple: unknown): unknown {
  if (widget === 'number') return null;
  if (widget === 'list' || (widget === 'select' && multiple)) return [];
  return '';
}

describe('what the content editor writes', () => {
  it('leaves out an optional field left empty (omit_empty_optional_fields): the check refuses some written empty, and asks for them to be left out', () => {
    const config = cmsConfig(readOffice(office.dir).office!, office.dir, '/');
    expect(config.output.omit_empty_optional_fields).toBe(true);
    const file = 'decisions/2020-41.md';
    const errors = () => office.check().problems.filter((p) => p.file.endsWith(file) && p.severity === 'error');
    expect(errors()).toEqual([]);
    // The decision's optional fields it has no value for (the editor leaves these out), written empty instead.
    const [, front, body] = office.read(file).match(/^---\n([\s\S]*?)\n---\n([\s\S]*)$/)!;
    const data = parse(front!) as Record<string, unknown>;
    const form = config.collections.find((c) => c.name === 'decisions')!.fields;
    const empty = form.filter((f) => f.required === false && f.widget !== 'boolean' && f.name !== 'body' && !(f.name in data));
    expect(empty.map((f) => f.name)).toEqual(expect.arrayContaining(['published', 'amount']));
    office.write(file, `---\n${stringify({ ...data, ...Object.fromEntries(empty.map((f) => [f.name, emptyValue(f.widget, f.multiple)])) })}---\n${body}`);
    expect(errors().map((p) => `${p.field}: ${p.message}`)).toEqual([
      'published: expected a date like 2020-11-09, found ""',
      'amount: expected a number, found null',
      'firstPublished: expected a date like 2020-11-09, or a month like 2016-03 when the day is not known, found ""',
      'withdrawn: expected a group of fields, found ""',
    ]);
  });
});
