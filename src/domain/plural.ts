/** The plural of an English noun phrase by its last word's regular ending: "strategy" to "strategies", "service" to "services". */
export function pluralOf(singular: string): string {
  if (/[^aeiou]y$/i.test(singular)) return `${singular.slice(0, -1)}ies`;
  if (/(?:s|x|z|ch|sh)$/i.test(singular)) return `${singular}es`;
  return `${singular}s`;
}

/** "1 decision notice", "56 services", "2 commissioning strategies". */
export function countOf(count: number, singular: string, plural = pluralOf(singular)): string {
  return `${count} ${count === 1 ? singular : plural}`;
}
