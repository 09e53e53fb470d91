// Writes a new entry with every required field filled in and the help for each field above it,
// then checks it. Usage: npm run new -- decision   (OFFICE=examples/nottinghamshire npm run new -- plan)
//        npm run new -- budget --fire   (an entry of the fire and rescue function: a PFCC's fire budget, in budgets/fire/)
import { asOfDate } from '../../domain/as-of.ts';
import { formatProblem } from '../../domain/check/problems.ts';
import { collections } from '../../domain/collections.ts';
import { officeDir } from '../../domain/deployment.ts';
import { collectionNamed, writeNewEntry } from '../new-entry.ts';

const args = process.argv.slice(2);
const fire = args.includes('--fire');
const asked = args.find((arg) => arg !== '--fire') ?? '';
const usage = `Say which kind of entry to create, one of: ${Object.keys(collections).join(', ')}.\nFor example: npm run new -- decision, or npm run new -- budget --fire for a fire and rescue budget.`;
if (asked === '--help' || asked === '-h') {
  console.log(usage);
  process.exit(0);
}
const collection = collectionNamed(asked);
if (!collection) {
  console.error(`${asked ? `There is no collection "${asked.toLowerCase()}". ` : ''}${usage}`);
  process.exit(2);
}

const { written, problems } = writeNewEntry(officeDir(), collection, asOfDate(), fire);
if (!written) {
  console.error(problems.map(formatProblem).join('\n'));
  process.exit(1);
}
console.log(`Wrote ${written}: fill in each field (the lines starting # say what goes there), then run npm run check.`);
if (problems.length) console.log(problems.map(formatProblem).join('\n'));
process.exit(problems.some((problem) => problem.severity === 'error') ? 1 : 0);
