import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { checkOffice, type CheckOptions } from '../../src/domain/check/index.ts';
import { deployment } from '../../src/domain/deployment.ts';
import { configureOffice } from '../../bench/synthetic-office.ts';

export { configureOffice };

export const NORFOLK = 'content';
export const NOTTINGHAMSHIRE = 'examples/nottinghamshire';
export const CLEVELAND = 'examples/cleveland';
/** A Police, Fire and Crime Commissioner: policing and fire and rescue, an office that changed kind in 2018. */
export const NORTH_YORKSHIRE = 'examples/north-yorkshire';
/** A mayor holding the commissioner's functions, most decisions taken by a deputy mayor for policing and crime. */
export const WEST_YORKSHIRE = 'examples/west-yorkshire';
/** A Welsh office, publishing in English and Welsh, one decision left untranslated on purpose. */
export const NORTH_WALES = 'examples/north-wales';

/** A throw-away copy of an office folder, to mutate one file and check the result. */
export class TempOffice {
  readonly dir: string;

  constructor(from: string = NORFOLK) {
    this.dir = mkdtempSync(join(tmpdir(), 'office-'));
    cpSync(from, this.dir, { recursive: true });
  }

  read(path: string): string {
    return readFileSync(join(this.dir, path), 'utf8');
  }

  write(path: string, text: string): this {
    mkdirSync(dirname(join(this.dir, path)), { recursive: true });
    writeFileSync(join(this.dir, path), text);
    return this;
  }

  /** Replaces the first occurrence of `from` in a file, failing loudly if it is not there. */
  edit(path: string, from: string | RegExp, to: string): this {
    const text = this.read(path);
    const edited = text.replace(from, to);
    if (edited === text) throw new Error(`${String(from)} not found in ${path}`);
    return this.write(path, edited);
  }

  /** Sets `settings` in its office.json, keeping the others. */
  configure(settings: Record<string, unknown>): this {
    configureOffice(this.dir, settings);
    return this;
  }

  check(options: CheckOptions = {}) {
    return checkOffice(this.dir, options);
  }

  /** Removes the copy, and whatever a check or build of it left in the content cache. */
  remove(): void {
    rmSync(this.dir, { recursive: true, force: true });
    rmSync(deployment({ OFFICE: this.dir }).cacheDir, { recursive: true, force: true });
  }
}
