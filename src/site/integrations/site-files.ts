import { cpSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { headersFile } from '../lib/security.ts';

/** Copies Decap CMS's built files next to /admin/, so the editor loads from the site itself, and writes the security headers. */
export function siteFiles(): AstroIntegration {
  return {
    name: 'site-files',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const source = join(dirname(createRequire(import.meta.url).resolve('decap-cms/package.json')), 'dist');
        const target = join(fileURLToPath(dir), 'admin');
        for (const file of readdirSync(source)) {
          if (/^(\d+\.)?decap-cms\.js$|\.wasm$/.test(file)) cpSync(join(source, file), join(target, file));
        }
        writeFileSync(join(fileURLToPath(dir), '_headers'), headersFile());
      },
    },
  };
}
