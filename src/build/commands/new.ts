// Writes a new entry with every required field filled in and the help for each field above it,
// then checks it. Usage: npm run new -- decision   (OFFICE=examples/nottinghamshire npm run new -- plan)
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { asOfDate } from '../../domain/as-of.ts';
import { checkOffice } from '../../domain/check/index.ts';
import { formatProblem } from '../../domain/check/problems.ts';
import { collections, type CollectionName } from '../../domain/collections.ts';
import { shownPath } from '../../domain/content-files.ts';
import { officeDir } from '../../domain/deployment.ts';
import { readOffice } from '../../domain/office.ts';
import { scaffold } from '../../domain/scaffold.ts';

/** Collection names, and what an editor may type for them: "decision" as well as "decisions". */
const names = new Map<string, CollectionName>();
for (const [name, { noun, folder }] of Object.entries(collections) as [CollectionName, (typeof collections)[CollectionName]][]) {
  for (const alias of [name, folder, noun, noun.replace(/\s+/g, '-'), name.replace(/s$/, '')]) names.set(alias.toLowerCase(), name);
}

const asked = process.argv[2]?.toLowerCase() ?? '';
const collection = names.get(asked);
if (!collection) {
  console.error(`${asked ? `There is no collection "${asked}". ` : ''}Say which kind of entry to create, one of: ${Object.keys(collections).join(', ')}.\nFor example: npm run new -- decision`);
  process.exit(2);
}

const dir = officeDir();
const { office, problems: officeProblems } = readOffice(dir);
if (!office) {
  console.error(officeProblems.map(formatProblem).join('\n'));
  process.exit(1);
}
const before = checkOffice(dir);
const today = asOfDate();
const entry = scaffold(collection, { office, today, existing: before.entries.map(({ file, data }) => ({ collection: file.collection, id: file.id, data })) });
const folder = join(dir, collections[collection].folder);
let path = join(folder, entry.fileName);
for (let n = 2; existsSync(path); n++) path = join(folder, entry.fileName.replace(/\.md$/, `-${n}.md`));
mkdirSync(folder, { recursive: true });
writeFileSync(path, entry.text);

const shown = shownPath(path);
const mine = checkOffice(dir).problems.filter((problem) => problem.file === shown);
console.log(`Wrote ${shown}: fill in each field (the lines starting # say what goes there), then run npm run check.`);
if (mine.length) console.log(mine.map(formatProblem).join('\n'));
process.exit(mine.some((problem) => problem.severity === 'error') ? 1 : 0);
