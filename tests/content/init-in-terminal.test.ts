import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const work = mkdtempSync(join(tmpdir(), 'init-in-terminal-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/**
 * Runs `init` in a terminal of its own (util-linux's script gives it one), as someone at a keyboard does:
 * each answer is typed once the text before it has been shown. An answer is a line, or Ctrl+D alone; a
 * step without one only waits for its text.
 */
function inTerminal(folder: string, dialog: [shown: string, typed?: string][]): Promise<{ code: number | null; output: string; answered: number }> {
  return new Promise((done) => {
    const child = spawn('script', ['-qec', `"${process.execPath}" src/build/commands/init.ts "${folder}"`, '/dev/null'], { stdio: ['pipe', 'pipe', 'inherit'] });
    let output = '';
    let answered = 0;
    let from = 0;
    child.stdout.setEncoding('utf8').on('data', (text: string) => {
      output += text;
      for (let at: number; answered < dialog.length && (at = output.indexOf(dialog[answered]![0], from)) >= 0; answered += 1) {
        from = at + dialog[answered]![0].length;
        const typed = dialog[answered]![1];
        if (typed !== undefined) child.stdin.write(typed === '\u0004' ? typed : `${typed}\r`);
      }
    });
    child.on('close', (code) => done({ code, output: output.replaceAll('\r\n', '\n'), answered }));
  });
}

/** The name, short name and site's address left to their defaults, by answering each with Enter alone. */
const ACCEPTING_THE_DEFAULTS: [string, string][] = [["The office's full name", ''], ['The short name', ''], ['The address the site will be published at', '']];

describe('init, answered in a terminal', () => {
  it('asks again for an answer the office cannot be made from, saying what was expected and what was typed', async () => {
    const folder = join(work, 'essex');
    const { code, output, answered } = await inTerminal(folder, [
      ['The police area', 'Essex'],
      ['The kind of office', 'fire'],
      ['There is no such kind of office: answer one of pcc, pfcc, mayor.'],
      ['The kind of office', 'pfcc'],
      ["The office's full name [Office of the Police, Fire and Crime Commissioner for Essex]", ''],
      ['The short name', ''],
      ['The address the site will be published at', 'http://essex.example'],
      ['An email address', 'pfcc at essex'],
      // Asked again in the order first asked: the address, then the email.
      ['"http://essex.example" cannot be used: expected the web address the site is published at, starting https://'],
      ['The address the site will be published at', 'https://transparency.essex.example'],
      ['"pfcc at essex" cannot be used: expected an email address'],
      ['An email address', 'pfcc@essex.example'],
    ]);
    expect(answered).toBe(12);
    expect(code, output).toBe(0);
    expect(output).toContain("Created the Office of the Police, Fire and Crime Commissioner for Essex's repository");
    const office = JSON.parse(readFileSync(join(folder, 'content', 'office.json'), 'utf8')) as Record<string, unknown>;
    expect(office).toMatchObject({ kinds: [{ kind: 'pfcc' }], site: 'https://transparency.essex.example', contact: { email: 'pfcc@essex.example' }, shortName: 'OPFCCE' });
  });

  it('asks again for an email left empty, as every office needs a way for the public to reach it', async () => {
    const folder = join(work, 'kent');
    const { code, output } = await inTerminal(folder, [
      ['The police area', 'Kent'],
      ['The kind of office', ''],
      ...ACCEPTING_THE_DEFAULTS,
      ['An email address', ''],
      ['An answer is needed: expected at least one way to contact the office'],
      ['An email address', 'contact@kent.example'],
    ]);
    expect(code, output).toBe(0);
    expect(JSON.parse(readFileSync(join(folder, 'content', 'office.json'), 'utf8'))).toMatchObject({ contact: { email: 'contact@kent.example' } });
  });

  it("asks a mayor's office whether it is the fire and rescue authority too, and asks no other kind", async () => {
    const folder = join(work, 'york');
    const { code, output } = await inTerminal(folder, [
      ['The police area', 'York and North Yorkshire'],
      ['The kind of office', 'mayor'],
      ['Is the Mayor the fire and rescue authority too', 'yes'],
      ...ACCEPTING_THE_DEFAULTS,
      ['An email address', 'policing@york.example'],
    ]);
    expect(code, output).toBe(0);
    expect(JSON.parse(readFileSync(join(folder, 'content', 'office.json'), 'utf8'))).toMatchObject({ kinds: [{ kind: 'mayor', fire: true }] });
  });

  it('stops at Ctrl+D, creating nothing', async () => {
    const folder = join(work, 'stopped');
    const { code, output } = await inTerminal(folder, [
      ['The police area', 'Surrey'],
      ['The kind of office', '\u0004'],
    ]);
    expect(code).toBe(2);
    expect(output).toContain('Stopped: no office was created.');
    expect(existsSync(folder)).toBe(false);
  });
});
