const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** The text of rendered HTML, a blank line between its blocks (paragraphs, list items, headings, cells). */
export function htmlToText(html: string): string {
  return html
    .replace(/<\/(?:p|li|h[1-6]|td|th|blockquote|pre)>/gi, '\n\n')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(?:#(\d+)|#x([0-9a-f]+)|([a-z]+));/gi, (entity, decimal, hex, name) =>
      decimal ? String.fromCodePoint(Number(decimal)) : hex ? String.fromCodePoint(parseInt(hex, 16)) : (ENTITIES[name.toLowerCase()] ?? entity),
    );
}
