import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface Weight {
  raw: number;
  gzip: number;
}

export interface PageWeight {
  html: Weight;
  css: Weight;
  js: Weight;
}

function weigh(files: Buffer[]): Weight {
  return files.reduce((total, bytes) => ({ raw: total.raw + bytes.length, gzip: total.gzip + gzipSync(bytes).length }), { raw: 0, gzip: 0 });
}

/** The bytes a browser fetches for a page of a built site: its HTML, and the CSS and scripts it links. */
export function pageWeight(dist: string, page: string, base = '/'): PageWeight {
  const html = readFileSync(join(dist, page, page.endsWith('.html') ? '' : 'index.html'));
  const text = html.toString('utf8');
  const local = (url: string) => join(dist, url.slice(base.length));
  const linked = (pattern: RegExp) => [...new Set([...text.matchAll(pattern)].map((m) => m[1]!))].map((url) => readFileSync(local(url)));
  return {
    html: weigh([html]),
    css: weigh(linked(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)),
    js: weigh(linked(/<script[^>]+src="([^"]+)"/g)),
  };
}
