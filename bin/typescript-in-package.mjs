// Node strips the types from TypeScript files, but refuses to for files under node_modules, which is
// where an office's installed copy of the publisher lives. These hooks strip them there too, for the
// publisher's own files only; Astro's pages go through Vite, which needs no help.
import { readFile } from 'node:fs/promises';
import { stripTypeScriptTypes } from 'node:module';

// Node warns, once in each process, that stripTypeScriptTypes is experimental: it is what Node itself runs
// on the publisher's other files, so the warning says nothing an office can act on.
const warn = process.emitWarning;
process.emitWarning = (warning, ...rest) => (String(warning).includes('stripTypeScriptTypes') ? undefined : warn.call(process, warning, ...rest));

const PUBLISHER = new URL('../', import.meta.url).href;

export async function load(url, context, nextLoad) {
  if (!url.startsWith(PUBLISHER) || !url.endsWith('.ts') || !url.includes('/node_modules/')) return nextLoad(url, context);
  const source = await readFile(new URL(url), 'utf8');
  return { format: 'module', source: stripTypeScriptTypes(source, { sourceUrl: url }), shortCircuit: true };
}
