import { afterAll, describe, expect, it } from 'vitest';
import { runCheck } from '../../src/build/check-command.ts';
import { TempOffice } from '../helpers/office.ts';

const office = new TempOffice('tests/fixtures/offices/bilingual');
afterAll(() => office.remove());

/** The check as npm run check runs it, in this process. */
function check(dir: string, ...args: string[]) {
  return runCheck(args, { ...process.env, OFFICE: dir, AS_OF: '2024-01-01' });
}

describe('npm run check -- --translations', () => {
  it('names the entry left untranslated, with its title, and exits 0 when the check finds no error', () => {
    const result = check(office.dir, '--translations');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Not yet translated into cy-GB:\n\n.*decisions\/2023-24-002\.md {2}Replacing the office's telephones\n\n1 entry and 0 interface strings not yet translated\n$/);
  });

  it('exits 1 when the office makes an untranslated entry an error', () => {
    office.edit('office.json', '"untranslated": "warning"', '"untranslated": "error"');
    const result = check(office.dir, '--translations', '--format', 'json');
    expect(result.status).toBe(1);
    expect(JSON.parse(result.stdout)).toMatchObject({ errors: 1, language: 'cy-GB', untranslated: [{ title: "Replacing the office's telephones" }], missingStrings: [] });
  });

  it('says an office in one language has nothing to translate', () => {
    const result = check('content', '--translations');
    expect(result.status).toBe(0);
    expect(result.stdout.trim()).toBe('This office publishes in one language: it has nothing to translate.');
  });
});
