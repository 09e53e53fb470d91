import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { textBlocks } from '../../src/site/lib/text-blocks.ts';
import { slugify, withBase, withBaseInHtml } from '../../src/domain/urls.ts';
import { NOTTINGHAMSHIRE, TempOffice } from '../helpers/office.ts';

describe('addresses made from names', () => {
  it('keep the letters of an accented name, without its accents, so that it is one supplier however it is written', () => {
    expect(slugify('Télécom Services Ltd')).toBe(slugify('Telecom Services Ltd'));
    expect(slugify('Télécom Services Ltd')).toBe('telecom-services-ltd');
    expect(slugify('Cyngor Sir Ynys Môn')).toBe('cyngor-sir-ynys-mon');
    expect(slugify('Łódź Translations')).toBe('lodz-translations');
    expect(slugify("King's Lynn and West Norfolk")).toBe('kings-lynn-and-west-norfolk');
  });
});

describe('plain-text fields', () => {
  it('splits paragraphs and bulleted lists, joining wrapped lines', () => {
    expect(textBlocks('This seeks approval:\n- Create a team\n- Transfer\n  budgets\n\nFull details attached.')).toEqual([
      { kind: 'paragraph', text: 'This seeks approval:' },
      { kind: 'list', items: ['Create a team', 'Transfer budgets'] },
      { kind: 'paragraph', text: 'Full details attached.' },
    ]);
  });

  it('keeps markup as text for the page to escape', () => {
    expect(textBlocks('<script>alert(1)</script>')).toEqual([{ kind: 'paragraph', text: '<script>alert(1)</script>' }]);
  });
});

describe('URLs', () => {
  it('puts the root-relative links and sources of a rendered body under the base path, and leaves the rest', () => {
    const html = '<p><a href="/files/a.pdf">a</a> <a href="//example.org/x">x</a> <a href="https://example.org/">y</a> <img src="/files/b.png" alt=""> <a href="#top">top</a></p>';
    expect(withBaseInHtml('/', html)).toBe(html);
    expect(withBaseInHtml('/pcc/', html)).toBe('<p><a href="/pcc/files/a.pdf">a</a> <a href="//example.org/x">x</a> <a href="https://example.org/">y</a> <img src="/pcc/files/b.png" alt=""> <a href="#top">top</a></p>');
  });

  it('joins paths to the base whether or not it ends in a slash', () => {
    expect(withBase('/', 'decisions/')).toBe('/decisions/');
    expect(withBase('/pcc', '/decisions/')).toBe('/pcc/decisions/');
    expect(withBase('/pcc/', '')).toBe('/pcc/');
  });
});

describe('deployment settings', () => {
  it('normalises the base path however it is written', async () => {
    const { deployment } = await import('../../src/domain/deployment.ts');
    expect(deployment({}).base).toBe('/');
    expect(deployment({ BASE_PATH: 'pcc' }).base).toBe('/pcc/');
    expect(deployment({ BASE_PATH: '/pcc/site/' }).base).toBe('/pcc/site/');
    expect(deployment({ BASE_PATH: '/' }).base).toBe('/');
    expect(deployment({ OFFICE: 'examples/nottinghamshire' }).office).toBe('examples/nottinghamshire');
  });

  it("takes the site's address from SITE_URL, else from office.json, else has none", async () => {
    const { siteAddress } = await import('../../src/domain/deployment.ts');
    const office = new TempOffice(NOTTINGHAMSHIRE);
    try {
      expect(siteAddress({ OFFICE: office.dir })).toBeUndefined();
      office.edit('office.json', '"language": "en-GB",', '"language": "en-GB",\n  "site": "https://nottinghamshire.sample.test",');
      expect(siteAddress({ OFFICE: office.dir })).toBe('https://nottinghamshire.sample.test');
      expect(siteAddress({ OFFICE: office.dir, SITE_URL: 'https://transparency.sample.test' })).toBe('https://transparency.sample.test');
      expect(siteAddress({ OFFICE: office.dir, SITE_URL: ' ' })).toBe('https://nottinghamshire.sample.test');
      expect(() => siteAddress({ OFFICE: office.dir, SITE_URL: 'http://transparency.sample.test' })).toThrow('SITE_URL should be the site\'s public address, a web address starting https://; found "http://transparency.sample.test".');
    } finally {
      office.remove();
    }
  });

  it('tells a large office by the number of its entries', async () => {
    const { isLargeOffice } = await import('../../src/domain/deployment.ts');
    expect(isLargeOffice('content')).toBe(false);
    expect(isLargeOffice('content', readdirSync('content/services').length - 1)).toBe(true);
  });
});
