/**
 * What the content editor (Sveltia CMS 0.221.1) reaches for on other hosts, which the editor's policy
 * refuses (docs/decisions/0004-editor.md, Consequences): its stylesheet keeps @font-face rules for its
 * three fonts at cdn.jsdelivr.net, though the site's own copies in /admin/editor/ are the ones used, and it
 * asks www.githubstatus.com whether GitHub is down, which no setting turns off. Chromium reports each
 * refusal once for each policy that refuses it (the page's <meta> policy and the host's header).
 * Anything else in the console is a fault.
 */
const FONTS = 'https://cdn\\.jsdelivr\\.net/fontsource/fonts/';
const STATUS = 'https://www\\.githubstatus\\.com/api/v2/status\\.json';

export const KNOWN_REFUSALS: Record<string, RegExp> = {
  'text font from the CDN': new RegExp(`^Loading the font '${FONTS}source-sans-3:vf@[\\d.]+/latin-wght-normal\\.woff2' violates the following Content Security Policy directive: "font-src 'self'"`),
  'code font from the CDN': new RegExp(`^Loading the font '${FONTS}noto-mono@[\\d.]+/latin-400-normal\\.woff2' violates the following Content Security Policy directive: "font-src 'self'"`),
  'icon font from the CDN': new RegExp(`^Loading the font '${FONTS}material-symbols-outlined:vf@[\\d.]+/latin-wght-normal\\.woff2' violates the following Content Security Policy directive: "font-src 'self'"`),
  "GitHub's status page": new RegExp(`^Connecting to '${STATUS}' violates the following Content Security Policy directive: "connect-src 'self' data: https://api\\.github\\.com"`),
  "GitHub's status page, the request refused": new RegExp(`^Fetch API cannot load ${STATUS}\\. Refused to connect because it violates the document's Content Security Policy\\.$`),
};

/** The name of the known refusal a console message reports, if it reports one. */
export function knownRefusal(message: string): string | undefined {
  return Object.entries(KNOWN_REFUSALS).find(([, pattern]) => pattern.test(message))?.[0];
}
