// An office's tests, run in its own repository (pcc-publisher test, which its npm test runs): builds the
// site into dist/, which checks the content and every link, then checks one page of each kind against
// WCAG 2.2 A and AA with axe-core in Chromium. It needs neither the sample office nor the publisher's own tests.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { checkBuiltSite, problemLines } from '../accessibility.ts';
import { chromiumPath } from '../browser.ts';
import { deployment } from '../../domain/deployment.ts';
import { pageOfEachKind, sitePages } from '../site-pages.ts';

const BUILD = fileURLToPath(new URL('./build.ts', import.meta.url));
const OUT = 'dist';

const built = spawnSync(process.execPath, [...process.execArgv, BUILD, '--out', OUT], { stdio: 'inherit' });
// The build has said why it failed.
if (built.status !== 0) process.exit(built.status ?? 1);

if (!existsSync(chromiumPath())) {
  console.error(`The accessibility checks need Chromium, which is not at ${chromiumPath()}: install it (on Debian, apt-get install chromium-headless-shell, or chromium), or set CHROMIUM_PATH to where it is.`);
  process.exit(1);
}
const pages = pageOfEachKind(sitePages(OUT));
console.log(`Checking ${pages.length} pages, one of each kind, against WCAG 2.2 A and AA...`);
// Served at the base path the site was built for, where its pages' links and styles are.
const problems = problemLines(await checkBuiltSite(OUT, pages, deployment().base));
if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exitCode = 1;
} else {
  console.log(`No page breaks a rule. Checked: ${pages.join(' ')}`);
}
