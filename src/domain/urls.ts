/** Joins a site path to the configured base, so the site works at a domain root or under a sub-path. */
export function withBase(base: string, path: string): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return `${prefix}${path.replace(/^\//, '')}`;
}

/** Letters with no parts to take the accent from, as they are written without it. */
const UNACCENTED: Record<string, string> = { ł: 'l', đ: 'd', ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', þ: 'th' };

/** "King's Lynn and West Norfolk" → "kings-lynn-and-west-norfolk": any label made safe for a URL. */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    // The accents NFKD parts from their letters ("Télécom" is Telecom, "Môn" Mon), and the letters it does not part.
    .replace(/\p{M}/gu, '')
    .replace(/[łđøæœßþ]/g, (letter) => UNACCENTED[letter]!)
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/**
 * Root-relative links and sources in rendered HTML (an editor's /files/a.pdf or /decisions/), put
 * under the deployment's base path, so that a body's links work on a site at a sub-path too.
 */
export function withBaseInHtml(base: string, html: string): string {
  return base === '/' ? html : html.replace(/(\s(?:href|src)=")\/(?!\/)/g, `$1${base}`);
}
