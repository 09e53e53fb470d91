import { describe, expect, it } from 'vitest';
import type { z } from 'astro/zod';
import { cmsConfig, type CmsField } from '../../src/domain/cms-config.ts';
import { collections } from '../../src/domain/collections.ts';
import { readOffice } from '../../src/domain/office.ts';
import { elementOf, fieldsOf } from '../../src/domain/schema-walk.ts';

const { office } = readOffice('content');
const config = cmsConfig(office!, 'content', 'https://example.org/');

/** Every field path of a schema, descending into groups of fields and lists of them. */
function schemaPaths(schema: z.ZodType, prefix = ''): string[] {
  return Object.entries(fieldsOf(schema) ?? {}).flatMap(([name, field]) => {
    const path = `${prefix}${name}`;
    const inner = fieldsOf(field) ? field : elementOf(field) && fieldsOf(elementOf(field)!) ? elementOf(field)! : undefined;
    return [path, ...(inner ? schemaPaths(inner, `${path}.`) : [])];
  });
}

function formPaths(fields: CmsField[], prefix = ''): string[] {
  return fields.flatMap((field) => [`${prefix}${field.name}`, ...formPaths((field.fields as CmsField[] | undefined) ?? [], `${prefix}${field.name}.`)]);
}

describe('the content editor configuration, generated from the schemas', () => {
  it('has a collection for every collection, in its folder, through pull requests', () => {
    expect(config.collections.map((c) => c.name)).toEqual(Object.keys(collections));
    expect(config.publish_mode).toBe('editorial_workflow');
    expect(config.collections.find((c) => c.name === 'decisions')!.folder).toBe('content/decisions');
  });

  it("is Sveltia CMS's: signs in with an access token, labels pull requests as Decap did, and leaves out what Sveltia refuses", () => {
    expect(config.backend).toMatchObject({ name: 'github', auth_methods: ['token'], cms_label_prefix: 'decap-cms/' });
    // Sveltia ignores a global locale (with a warning) and follows the browser's language.
    expect(config).not.toHaveProperty('locale');
    expect(config.output).toEqual({ omit_empty_optional_fields: true });
  });

  it('gives the site address only when it is absolute: Sveltia refuses a relative one and does not start', () => {
    expect(config.site_url).toBe('https://example.org/');
    for (const relative of ['/', '/transparency/']) {
      const without = cmsConfig(office!, 'content', relative);
      expect(without).not.toHaveProperty('site_url');
    }
    for (const { site_url } of [config, cmsConfig(office!, 'content', '/')]) {
      if (site_url !== undefined) expect(new URL(site_url).protocol).toBe('https:');
    }
  });

  it("refuses an upload larger than the check allows, from the office's files.maxMegabytes", () => {
    expect(config.media_libraries.all.max_file_size).toBe(20 * 1024 * 1024);
    const larger = cmsConfig({ ...office!, files: { maxMegabytes: 2.5 } }, 'content', '/');
    expect(larger.media_libraries.all.max_file_size).toBe(2.5 * 1024 * 1024);
    // Sveltia takes the limit only as a whole number of bytes.
    expect(Number.isInteger(cmsConfig({ ...office!, files: { maxMegabytes: 0.3 } }, 'content', '/').media_libraries.all.max_file_size)).toBe(true);
  });

  const fireAuthority = cmsConfig({ ...office!, kinds: [{ kind: 'pfcc' }] }, 'content', '/');

  it.each(Object.entries(collections))("covers every field of %s, and no field the schema lacks (a fire and rescue authority's forms)", (name, { schema }) => {
    const form = fireAuthority.collections.find((c) => c.name === name)!;
    expect(formPaths(form.fields).filter((path) => path !== 'body').sort()).toEqual(schemaPaths(schema).sort());
  });

  it.each(Object.entries(collections))("covers every field of %s but the function (policing or fire) in a commissioner's forms", (name, { schema }) => {
    const form = config.collections.find((c) => c.name === name)!;
    expect(formPaths(form.fields).filter((path) => path !== 'body').sort()).toEqual(schemaPaths(schema).filter((path) => path !== 'function').sort());
  });

  it('offers enumerations with their labels, references as relations and the schema descriptions as help', () => {
    const decisions = config.collections.find((c) => c.name === 'decisions')!.fields;
    expect(decisions.find((f) => f.name === 'decisionMaker')).toMatchObject({ widget: 'select', options: expect.arrayContaining([{ label: 'Police and Crime Commissioner', value: 'pcc' }]) });
    expect(decisions.find((f) => f.name === 'published')).toMatchObject({ widget: 'datetime', format: 'YYYY-MM-DD', time_format: false, hint: 'When the notice was published, if later than the decision.' });
    // A notice's date may be known only to the month or the financial year: a date picker would make the editor invent a day.
    const date = decisions.find((f) => f.name === 'date')!;
    expect(date).toMatchObject({ widget: 'string', hint: expect.stringContaining('The date the decision was made') });
    const accepts = (value: string) => new RegExp((date.pattern as [string, string])[0]).test(value);
    expect(['2020-11-09', '2020-11', '2020/21'].filter(accepts)).toEqual(['2020-11-09', '2020-11', '2020/21']);
    expect(['9 Nov 2020', '2020'].filter(accepts)).toEqual([]);
    expect(decisions.find((f) => f.name === 'title')!.required).toBeUndefined();
    expect(decisions.find((f) => f.name === 'amount')).toMatchObject({ widget: 'number', required: false });
    // The editor writes a switch left alone as it starts: as the schema's default, not as false.
    expect(decisions.find((f) => f.name === 'numbered')).toMatchObject({ widget: 'boolean', default: true });
    expect(decisions.find((f) => f.name === 'restricted')).toMatchObject({ widget: 'boolean', default: false });
    const services = config.collections.find((c) => c.name === 'services')!.fields;
    expect(services.find((f) => f.name === 'decision')).toMatchObject({ widget: 'relation', collection: 'decisions', value_field: 'reference' });
    const plans = config.collections.find((c) => c.name === 'plans')!.fields;
    expect(plans.find((f) => f.name === 'supersedes')).toMatchObject({ widget: 'relation', collection: 'plans', value_field: '{{slug}}' });
    expect(plans.find((f) => f.name === 'requirements')).toMatchObject({ widget: 'select', multiple: true });
  });

  it("offers the decision makers and duties of the office's kinds, under the titles they have there", () => {
    const fieldOf = (built: ReturnType<typeof cmsConfig>, collection: string, name: string) => built.collections.find((c) => c.name === collection)!.fields.find((f) => f.name === name)!;
    const values = (field: CmsField) => (field.options as { label: string; value: string }[]).map((option) => option.value);
    // Norfolk is a commissioner's office: no mayor, and no fire and rescue duties.
    expect(values(fieldOf(config, 'decisions', 'decisionMaker'))).not.toContain('mayor');
    expect(values(fieldOf(config, 'plans', 'requirements'))).not.toContain('fire-5d');
    expect(fieldOf(config, 'decisions', 'function')).toBeUndefined();
    expect(fieldOf(fireAuthority, 'decisions', 'function')).toMatchObject({ widget: 'select', required: false, options: [{ label: 'Policing', value: 'policing' }, { label: 'Fire and rescue', value: 'fire' }] });

    const pfccThenMayor = cmsConfig({ ...office!, commissioner: {}, kinds: [{ kind: 'pfcc' }, { kind: 'mayor', from: '2028-05-08', fire: true }] }, 'content', '/');
    const makers = fieldOf(pfccThenMayor, 'decisions', 'decisionMaker').options;
    expect(makers).toEqual(expect.arrayContaining([
      { label: 'Police, Fire and Crime Commissioner', value: 'pcc' },
      // The mayor holds the fire functions too, and so does the deputy.
      { label: 'Deputy Mayor for Policing, Fire and Crime', value: 'deputy-mayor' },
    ]));
    expect(values(fieldOf(pfccThenMayor, 'decisions', 'decisionMaker'))).not.toContain('board');
    expect(values(fieldOf(pfccThenMayor, 'contracts', 'requirements'))).toEqual(expect.arrayContaining(['5d', 'fire-5d', 'fire-3a-3e']));
  });
});
