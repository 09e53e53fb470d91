import type { AstroIntegration } from 'astro';

/** Set, in Astro's process, only while it runs the development server. */
const DEVELOPMENT_SERVER = 'PCC_PUBLISHER_DEVELOPMENT_SERVER';

/**
 * Whether the pages are being rendered by the development server, which shows drafts and may see the
 * content change between pages, rather than built to publish. It is Astro's command that says so, not
 * import.meta.env.DEV: that follows NODE_ENV, which a shell or a CI may set to anything, and in a
 * publisher installed under node_modules it was true in a build run with NODE_ENV=test.
 */
export function isDevelopmentServer(): boolean {
  return process.env[DEVELOPMENT_SERVER] === '1';
}

/** Tells the pages which of Astro's commands is rendering them (see isDevelopmentServer). */
export function developmentServer(): AstroIntegration {
  return {
    name: 'development-server',
    hooks: {
      'astro:config:setup': ({ command }) => {
        if (command === 'dev') process.env[DEVELOPMENT_SERVER] = '1';
        else delete process.env[DEVELOPMENT_SERVER];
      },
    },
  };
}
