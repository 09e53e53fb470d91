import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { transferred } from '../../bench/search-weight.ts';

describe('the bytes a static host sends for a first search', () => {
  it('compresses a text body as a host does, at gzip level 6', () => {
    const script = Buffer.from('export const words = ["victims", "community safety"];\n'.repeat(200));
    expect(transferred(script)).toBe(gzipSync(script, { level: 6 }).length);
    expect(transferred(script)).toBeLessThan(script.length / 10);
  });

  it('counts a body gzipped already (Pagefind\'s index files and WebAssembly) as it is', () => {
    const chunk = gzipSync(Buffer.from('pagefind_dcd an index chunk '.repeat(100)));
    expect(transferred(chunk)).toBe(chunk.length);
  });

  it('counts an empty body as nothing', () => {
    expect(transferred(Buffer.alloc(0))).toBe(0);
  });
});
