// Validates the selected office's content without building the site (see check-command.ts).
// Usage: npm run check [-- --format text|json|github] [-- --as-of 2024-03-31] [-- --since <revision>] [-- --translations]
//        (OFFICE=examples/nottinghamshire npm run check; AS_OF=2024-03-31 fixes the build date too)
//        --translations: the translation report of a bilingual office, what is not yet translated, instead of the problems
//        --since: the revision of the repository whose published entries are compared with the files as they are now, for
//        change notes (CHANGES_SINCE sets it too; the last commit when neither does)
import { runCheck } from '../check-command.ts';

const { status, stdout, stderr } = runCheck(process.argv.slice(2));
process.stdout.write(stdout);
process.stderr.write(stderr);
process.exitCode = status;
