import type { AstroIntegration } from 'astro';
import { pathInLanguage } from '../../domain/languages.ts';
import type { PageLanguages } from '../lib/page-reuse.ts';

/**
 * The RSS feeds, /feed.xml, /decisions/feed.xml and /updates/feed.xml, and for an office in two languages the same in
 * the other (/cy/feed.xml), whose items link to its pages. A feed's links must be absolute, so they
 * are routes only of a build that knows the site's address (see siteAddress in src/domain/deployment.ts).
 */
export function feeds(languages: PageLanguages): AstroIntegration {
  return {
    name: 'feeds',
    hooks: {
      'astro:config:setup': ({ injectRoute }) => {
        for (const language of languages) {
          injectRoute({ pattern: `/${pathInLanguage('feed.xml', language)}`, entrypoint: new URL('../feeds/everything.ts', import.meta.url) });
          injectRoute({ pattern: `/${pathInLanguage('decisions/feed.xml', language)}`, entrypoint: new URL('../feeds/decisions.ts', import.meta.url) });
          injectRoute({ pattern: `/${pathInLanguage('updates/feed.xml', language)}`, entrypoint: new URL('../feeds/updates.ts', import.meta.url) });
        }
      },
    },
  };
}
