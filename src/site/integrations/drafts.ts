import type { AstroIntegration } from 'astro';

/** Set, in Astro's process, only while it runs the development server: the one place drafts are shown. */
export const SHOW_DRAFTS = 'PCC_PUBLISHER_SHOW_DRAFTS';

/**
 * Drafts are shown by the development server and never published. Which one is running is Astro's
 * command, not import.meta.env.DEV: that follows NODE_ENV, which a shell or a CI may set to anything,
 * and in a publisher installed under node_modules it was true in a build run with NODE_ENV=test.
 */
export function drafts(): AstroIntegration {
  return {
    name: 'drafts',
    hooks: {
      'astro:config:setup': ({ command }) => {
        if (command === 'dev') process.env[SHOW_DRAFTS] = '1';
        else delete process.env[SHOW_DRAFTS];
      },
    },
  };
}
