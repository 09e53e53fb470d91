/** Joins a site path to the configured base, so the site works at a domain root or under a sub-path. */
export function withBase(base: string, path: string): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return `${prefix}${path.replace(/^\//, '')}`;
}

/** "King's Lynn and West Norfolk" → "kings-lynn-and-west-norfolk": any label made safe for a URL. */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** "41/2020" → "41-2020": a decision reference made safe for a URL. */
export function referenceSlug(reference: string): string {
  return slugify(reference);
}

/** The site path of a decision notice's page: "decisions/41-2020/". */
export function decisionPath(reference: string): string {
  return `decisions/${referenceSlug(reference)}/`;
}
