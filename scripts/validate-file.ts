// Temporary helper for transcription: validates entry files against their collection schema.
// Usage: node scripts/validate-file.ts <collection> <file> [<file> ...]
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { collections, type CollectionName } from '../src/lib/collections.ts';

const [name, ...files] = process.argv.slice(2);
const collection = collections[name as CollectionName];
if (!collection) throw new Error(`unknown collection ${name}`);
let failed = 0;
for (const file of files) {
  const text = readFileSync(file, 'utf8');
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  if (!match) { console.log(`${file}: no front matter`); failed++; continue; }
  const result = collection.schema.safeParse(parse(match[1]!));
  if (!result.success) {
    failed++;
    for (const issue of result.error.issues) console.log(`${file}: ${issue.path.join('.')}: ${issue.message}`);
  }
}
console.log(`${files.length - failed} of ${files.length} valid`);
process.exit(failed ? 1 : 0);
