import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { officeDir } from '../../domain/deployment.ts';
import { readOffice } from '../../domain/office.ts';

const PREFIX = 'virtual:pcc-publisher/components/';
/** The components an office may replace, each the site's own by default. */
const REPLACEABLE = ['Header', 'Footer'] as const;
/** The site's components an office's own may use, always the site's. */
const OFFERED = ['ContactDetails', 'Signposts'] as const;

/** The file a replaceable component is read from: the office's own (appearance.components in office.json), or the site's. */
export function componentFile(name: string, dir = officeDir()): string {
  const own = readOffice(dir).office?.appearance.components[name as (typeof REPLACEABLE)[number]];
  if (own) {
    const file = resolve(dir, own);
    // The check has said so; the site's own component keeps the build going until it is fixed.
    if (existsSync(file)) return file;
  }
  return fileURLToPath(new URL(`../components/${name}.astro`, import.meta.url));
}

/**
 * Lets an office replace the site's header or footer with a component of its own, as Starlight's
 * component overrides do: pages import `virtual:pcc-publisher/components/Header`, which is the
 * office's file when office.json names one. An office's own component may import the site's
 * ContactDetails and Signposts the same way.
 */
export function officeComponents(): AstroIntegration {
  return {
    name: 'office-components',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'office-components',
                resolveId(id: string) {
                  if (!id.startsWith(PREFIX)) return undefined;
                  const name = id.slice(PREFIX.length);
                  if (REPLACEABLE.includes(name as (typeof REPLACEABLE)[number])) return componentFile(name);
                  if (OFFERED.includes(name as (typeof OFFERED)[number])) return fileURLToPath(new URL(`../components/${name}.astro`, import.meta.url));
                  return undefined;
                },
              },
            ],
          },
        });
      },
    },
  };
}
