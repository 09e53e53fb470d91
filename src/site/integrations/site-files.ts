import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { headersFile } from '../lib/security.ts';

/** Writes the security headers (_headers) beside the built site. The content editor is bundled by Astro from src/site/pages/admin/. */
export function siteFiles(): AstroIntegration {
  return {
    name: 'site-files',
    hooks: {
      'astro:build:done': ({ dir }) => {
        writeFileSync(join(fileURLToPath(dir), '_headers'), headersFile());
      },
    },
  };
}
