import type { AstroIntegration } from 'astro';

/**
 * The RSS feeds, /feed.xml and /decisions/feed.xml. A feed's links must be absolute, so they are
 * routes only of a build that knows the site's address (see siteAddress in src/domain/deployment.ts).
 */
export function feeds(): AstroIntegration {
  return {
    name: 'feeds',
    hooks: {
      'astro:config:setup': ({ injectRoute }) => {
        injectRoute({ pattern: '/feed.xml', entrypoint: new URL('../feeds/everything.ts', import.meta.url) });
        injectRoute({ pattern: '/decisions/feed.xml', entrypoint: new URL('../feeds/decisions.ts', import.meta.url) });
      },
    },
  };
}
