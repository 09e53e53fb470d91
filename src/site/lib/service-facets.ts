import { serviceThemes, type ServiceData, type ServiceTheme } from '../../domain/schemas/services.ts';
import { slugify } from '../../domain/urls.ts';
import type { PageLanguage } from './language.ts';

/** A way of narrowing the services list that also has a static page of its own, for readers without JavaScript. */
export interface Facet {
  kind: 'themes' | 'locations' | 'providers';
  slug: string;
  label: string;
  count: number;
}

export function facetValues(service: ServiceData): Record<Facet['kind'], string[]> {
  return { themes: [serviceThemes[service.theme]], locations: service.locations, providers: [service.provider.name] };
}

/** A theme's name in a page's language; in the default language's words where there is no page (the paths of the facet pages). */
export function themeLabel(theme: ServiceTheme, language?: Pick<PageLanguage, 't'>): string {
  return language ? language.t(`services.themes.${theme}`) : serviceThemes[theme];
}

/**
 * Every theme, place and provider with its services, sorted by label in the page's language; also the
 * themes a commissioning statement gives money to (moneyThemes), even with no service listed, so their
 * money has a page.
 */
export function facets(services: ServiceData[], moneyThemes: ServiceTheme[] = [], language?: Pick<PageLanguage, 't' | 'tag'>): Facet[] {
  const found = new Map<string, Facet>();
  for (const theme of moneyThemes) found.set(`themes/${theme}`, { kind: 'themes', slug: theme, label: themeLabel(theme, language), count: 0 });
  for (const service of services) {
    for (const [kind, labels] of Object.entries(facetValues(service)) as [Facet['kind'], string[]][]) {
      for (const label of labels) {
        const slug = kind === 'themes' ? service.theme : slugify(label);
        const key = `${kind}/${slug}`;
        const facet = found.get(key) ?? { kind, slug, label: kind === 'themes' ? themeLabel(service.theme, language) : label, count: 0 };
        facet.count += 1;
        found.set(key, facet);
      }
    }
  }
  return [...found.values()].sort((a, b) => a.label.localeCompare(b.label, language?.tag ?? 'en-GB'));
}

export function matchesFacet(service: ServiceData, facet: Pick<Facet, 'kind' | 'slug'>): boolean {
  if (facet.kind === 'themes') return service.theme === (facet.slug as ServiceTheme);
  return facetValues(service)[facet.kind].some((label) => slugify(label) === facet.slug);
}
