import { describe, expect, it } from 'vitest';
import { contentTypeOf } from '../../src/site/lib/content-types.ts';

describe('the Content-Type of a file served', () => {
  it('gives text in UTF-8, other kinds as they are, and a kind it does not know as bytes', () => {
    expect(contentTypeOf('/decisions/index.html')).toBe('text/html; charset=utf-8');
    expect(contentTypeOf('_astro/search.js')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeOf('data/decisions.csv')).toBe('text/csv; charset=utf-8');
    expect(contentTypeOf('pagefind/wasm.en.pagefind.wasm')).toBe('application/wasm');
    expect(contentTypeOf('admin/editor/font.woff2')).toBe('font/woff2');
    expect(contentTypeOf('data/manifest.json')).toBe('application/json');
    expect(contentTypeOf('pagefind/fragment/en_1a2b.pf_fragment')).toBe('application/octet-stream');
  });
});
