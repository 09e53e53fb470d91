import { serviceThemes, type CommissioningData, type ServiceData, type ServiceTheme } from './schemas/services.ts';

/**
 * What a row of a published list of services shows: the service, its provider, where it is and the
 * heading it is listed under. A record that states nothing more is shown as that row and has no page.
 */
const PAGE_FIELDS = ['summary', 'helps', 'howToGetHelp', 'amount', 'awarded', 'period', 'fundingSource', 'awardType', 'decision'] as const satisfies readonly (keyof ServiceData)[];

/** The fields whose presence gives a service a page of its own, for messages and the docs. */
export const servicePageFields: readonly string[] = PAGE_FIELDS;

type PageDecider = Pick<ServiceData, (typeof PAGE_FIELDS)[number] | 'provider'>;

/**
 * Whether a service has a page of its own: when its record says more than its row in a list (what it
 * is, who it helps, how to get help, its money or the decision that awarded it, or the provider's
 * registered number). The table, the page routes, the sitemap, the search and the downloads all ask this.
 */
export function serviceHasPage(service: PageDecider): boolean {
  return PAGE_FIELDS.some((field) => service[field] !== undefined) || service.provider.charityNumber !== undefined || service.provider.companyNumber !== undefined;
}

/** One of the product's themes, with the office's money headings and list headings matched to it. */
export interface ThemeMoney {
  theme: ServiceTheme;
  label: string;
  /** The statement's headings matched to this theme, as published, with their money. */
  headings: { title: string; total: number; summary?: string | undefined }[];
  /** The sum of those headings, or undefined when the statement gives this theme no money. */
  total: number | undefined;
  /** The headings the services are listed under (themeLabel, or the theme's name), as published. */
  listHeadings: string[];
  services: number;
  /** The sum of the amounts awarded to those services, where any gives one: what a theme shows when the statement gives it no money. */
  awarded: number | undefined;
}

/**
 * Money and services matched by theme: a statement's headings and a list's headings differ from office to
 * office (and within one office's papers), so each is matched to one of the product's themes and the two
 * meet there. Themes with neither money nor services are left out; the order is the product's.
 */
export function themeMoney(statement: Pick<CommissioningData, 'themes'> | undefined, services: Pick<ServiceData, 'theme' | 'themeLabel' | 'amount'>[]): ThemeMoney[] {
  return (Object.keys(serviceThemes) as ServiceTheme[]).flatMap((theme) => {
    const headings = (statement?.themes ?? []).filter((heading) => heading.theme === theme).map(({ title, total, summary }) => ({ title, total, summary }));
    const listed = services.filter((service) => service.theme === theme);
    if (headings.length === 0 && listed.length === 0) return [];
    return [{
      theme,
      label: serviceThemes[theme],
      headings,
      total: headings.length > 0 ? Math.round(headings.reduce((sum, heading) => sum + heading.total, 0) * 100) / 100 : undefined,
      listHeadings: [...new Set(listed.map((service) => service.themeLabel ?? serviceThemes[theme]))],
      services: listed.length,
      awarded: listed.some((service) => service.amount !== undefined) ? Math.round(listed.reduce((sum, service) => sum + (service.amount ?? 0), 0) * 100) / 100 : undefined,
    }];
  });
}

/** The published headings and the theme each is matched to: the mapping a services page publishes. */
export function headingMapping(statement: Pick<CommissioningData, 'themes'> | undefined, services: Pick<ServiceData, 'theme' | 'themeLabel'>[]): { heading: string; use: 'money' | 'list'; theme: ServiceTheme; label: string }[] {
  const money = (statement?.themes ?? []).map((heading) => ({ heading: heading.title, use: 'money' as const, theme: heading.theme, label: serviceThemes[heading.theme] }));
  const seen = new Set<string>();
  const lists = services.flatMap((service) => {
    if (!service.themeLabel || seen.has(`${service.themeLabel}\u0000${service.theme}`)) return [];
    seen.add(`${service.themeLabel}\u0000${service.theme}`);
    return [{ heading: service.themeLabel, use: 'list' as const, theme: service.theme, label: serviceThemes[service.theme] }];
  });
  return [...money, ...lists];
}
