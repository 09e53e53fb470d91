// The report behind the accessibility statement: builds the sample office afresh into a temporary
// folder, checks every page with axe-core in Chromium as the tests do, and, when no page breaks a rule,
// writes data/accessibility-report.json for a maintainer to commit. The tests never write it.
// Usage: npm run accessibility-report
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { accessibilityReport, checkBuiltSite, problemLines } from '../accessibility.ts';
import { sitePages } from '../site-pages.ts';
import { deployment } from '../../domain/deployment.ts';

const REPORT = 'data/accessibility-report.json';
const work = mkdtempSync(join(tmpdir(), 'pcc-accessibility-'));
const site = join(work, 'site');

/** Builds the sample, checks it and writes the report; the command's exit code. */
async function writeReport(): Promise<number> {
  console.log('Building the sample site...');
  const env = { ...process.env, OFFICE: 'content' };
  const built = spawnSync(process.execPath, ['src/build/commands/build.ts', '--out', site, '--full'], { env, stdio: 'inherit' });
  // The build has said why it failed.
  if (built.status !== 0) return built.status ?? 1;

  const pages = sitePages(site);
  console.log(`Checking ${pages.length} pages against WCAG 2.2 A and AA...`);
  const findings = await checkBuiltSite(site, pages, deployment(env).base);
  const problems = problemLines(findings);
  if (problems.length > 0) {
    console.error(`${problems.join('\n')}\n${REPORT} was not written: the statement reports only a check that passes on every page.`);
    return 1;
  }
  const report = accessibilityReport(findings, new Date());
  writeFileSync(REPORT, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`No violation on any of ${report.pages} pages; ${report.needsAPerson.length} checks need a person. Wrote ${REPORT}: commit it.`);
  return 0;
}

try {
  process.exitCode = await writeReport();
} finally {
  rmSync(work, { recursive: true, force: true });
}
