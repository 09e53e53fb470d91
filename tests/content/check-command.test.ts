import { spawnSync } from 'node:child_process';
import { relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCheck } from '../../src/build/check-command.ts';
import { TempOffice } from '../helpers/office.ts';

const environment = (office: string) => ({ ...process.env, OFFICE: office, AS_OF: '2025-03-31' });

/** The check as the command runs it, in this process. */
function check(office: string, ...args: string[]) {
  return runCheck(args, environment(office));
}

/** The command itself, for what it says and how it ends when it cannot check as asked. */
function command(office: string, ...args: string[]) {
  return spawnSync(process.execPath, ['src/build/commands/check.ts', ...args], { env: environment(office), encoding: 'utf8' });
}

describe('npm run check', () => {
  let office: TempOffice;
  let shown: string;
  beforeAll(() => {
    office = new TempOffice()
      .edit('decisions/2020-41.md', /^date: .*$/m, 'date: 9th Nov 2020')
      .edit('decisions/2020-41.md', /^outcome: .*$/m, 'outcome: aproved')
      .write('transparency/draft.md', '---\ntitle: Custody visiting\nrequirements: ["8"]\npublished: 2022-01-10\nsummary: Details TBC.\nstatus: draft\n---\n');
    shown = relative(process.cwd(), office.dir);
  });
  afterAll(() => office.remove());

  it('passes the sample office with a summary line and exit status 0', () => {
    const result = check('content');
    expect(result.status).toBe(0);
    expect(result.stdout.trim()).toMatch(/^0 errors, 0 warnings, \d+ files checked$/);
  });

  it('prints every problem grouped by file, then the summary, and exits 1', () => {
    const result = check(office.dir);
    expect(result.status).toBe(1);
    const lines = result.stdout.trim().split('\n');
    expect(lines).toEqual([
      expect.stringMatching(/decisions\/2020-41\.md:4 {2}date {2}expected a date like 2020-11-09 \(or 2020-11, or 2020\/21, when the record gives only the month or the financial year\), found "9th Nov 2020"$/),
      expect.stringMatching(/decisions\/2020-41\.md:\d+ {2}outcome {2}expected one of .*found "aproved" \(did you mean "approved"\?\)$/),
      '',
      expect.stringMatching(/transparency\/draft\.md:5 {2}summary {2}warning: "TBC" left in the text: confirm the fact or remove it before publishing$/),
      '',
      expect.stringMatching(/^2 errors, 1 warning, \d+ files checked$/),
    ]);
  });

  it('gives tools JSON', () => {
    const report = JSON.parse(check(office.dir, '--format', 'json').stdout);
    expect(report).toMatchObject({ asOf: '2025-03-31', errors: 2, warnings: 1 });
    expect(report.problems[0]).toEqual({ severity: 'error', file: `${shown}/decisions/2020-41.md`, line: 4, field: 'date', rule: 'schema', message: 'expected a date like 2020-11-09 (or 2020-11, or 2020/21, when the record gives only the month or the financial year), found "9th Nov 2020"' });
  });

  it('gives pull requests GitHub annotations', () => {
    const lines = check(office.dir, '--format', 'github').stdout.trim().split('\n');
    expect(lines[0]).toBe(`::error file=${shown}/decisions/2020-41.md,line=4,title=date::expected a date like 2020-11-09 (or 2020-11, or 2020/21, when the record gives only the month or the financial year), found "9th Nov 2020"`);
    expect(lines[2]).toBe(`::warning file=${shown}/transparency/draft.md,line=5,title=summary::"TBC" left in the text: confirm the fact or remove it before publishing`);
    expect(lines.at(-1)).toMatch(/^2 errors, 1 warning, \d+ files checked$/);
  });

  it('names an office folder that is not there, as OFFICE names it, rather than its configuration', () => {
    const { status, stdout } = check('.cache/tmp/no-such-office');
    expect(status).toBe(1);
    expect(stdout).toContain("there is no office folder at .cache/tmp/no-such-office (OFFICE names the office's folder; the sample office is content/)");
  });

  it('refuses an unknown format or a bad build date', () => {
    expect(command('content', '--format', 'xml').status).toBe(2);
    expect(command('content', '--as-of', '2025-02-30').stderr).toContain('the build date (--as-of or AS_OF) must be a date like 2024-03-31, found "2025-02-30"');
  });

  it('answers an option it does not take with its usage, not a stack trace', () => {
    const result = command('content', '--fromat', 'json');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("Unknown option '--fromat'");
    expect(result.stderr).toContain('Usage: npm run check');
    expect(result.stderr).not.toMatch(/^\s+at /m);
  });
});
