import { financialYearStarting, startYearOf } from './financial-year.ts';
import { toPence } from './money.ts';

/**
 * What each council tax band pays, as a share of Band D: the ratios fixed by the Local Government
 * Finance Act 1992, section 5(1), in ninths.
 */
export const COUNCIL_TAX_BANDS = [
  { band: 'A', ninths: 6 },
  { band: 'B', ninths: 7 },
  { band: 'C', ninths: 8 },
  { band: 'D', ninths: 9 },
  { band: 'E', ninths: 11 },
  { band: 'F', ninths: 13 },
  { band: 'G', ninths: 15 },
  { band: 'H', ninths: 18 },
] as const;

export type CouncilTaxBand = (typeof COUNCIL_TAX_BANDS)[number]['band'];

/** A Band D police precept as a budget publishes it. */
export interface PublishedPrecept {
  financialYear: string;
  bandD: number;
  /** The previous financial year's Band D, where the budget states it. */
  previousBandD?: number;
}

export interface Change {
  perYear: number;
  perWeek: number;
}

export interface BandAmount {
  band: CouncilTaxBand;
  /** "6/9": the band's share of Band D. */
  ratio: string;
  perYear: number;
  perWeek: number;
  /** The change on the previous financial year; absent when that year's precept is not known. */
  change?: Change;
}

export interface CouncilTaxYear {
  financialYear: string;
  previousYear: string;
  bands: BandAmount[];
}

/** Every band's amount to the penny, as councils print them on bills: Band D × ninths ÷ 9. */
export function bandAmount(bandD: number, band: CouncilTaxBand): number {
  const { ninths } = COUNCIL_TAX_BANDS.find((b) => b.band === band)!;
  // In whole pence, so that 212.94 × 6 ÷ 9 is 141.96 and not 141.95999…; a ninth is never exactly half a penny.
  return Math.round((Math.round(bandD * 100) * ninths) / 9) / 100;
}

/**
 * A yearly sum as so much a week, to the penny: the year's sum divided by 52, as precept
 * announcements put it (a £14.95 rise is "an extra £0.29 a week"). Council tax is billed in
 * monthly instalments, so this is a way of saying the figure, not what falls due in any week.
 */
export function perWeek(perYear: number): number {
  return Math.round((perYear * 100) / 52) / 100;
}

/** The Band D precept of the financial year before, from that year's own entry, else as this year's states it. */
export function previousBandD(financialYear: string, published: PublishedPrecept[]): number | undefined {
  const previousYear = financialYearStarting(startYearOf(financialYear) - 1);
  return published.find((p) => p.financialYear === previousYear)?.bandD ?? published.find((p) => p.financialYear === financialYear)?.previousBandD;
}

/**
 * Bands A to H for a year whose Band D precept is published, each with its change on the
 * financial year immediately before when that year's Band D is known too. A household's change is
 * the difference between the two years' amounts as billed (each rounded to the penny).
 */
export function councilTaxYear(financialYear: string, published: PublishedPrecept[]): CouncilTaxYear | undefined {
  const current = published.find((p) => p.financialYear === financialYear);
  if (!current) return undefined;
  const previous = previousBandD(financialYear, published);
  return {
    financialYear,
    previousYear: financialYearStarting(startYearOf(financialYear) - 1),
    bands: COUNCIL_TAX_BANDS.map(({ band, ninths }) => {
      const amount = bandAmount(current.bandD, band);
      const change = previous === undefined ? undefined : (toPence(amount) - toPence(bandAmount(previous, band))) / 100;
      return { band, ratio: `${ninths}/9`, perYear: amount, perWeek: perWeek(amount), ...(change === undefined ? {} : { change: { perYear: change, perWeek: perWeek(change) } }) };
    }),
  };
}

export interface PreceptYear {
  financialYear: string;
  /** null when no Band D precept for the year is published on the site. */
  bandD: number | null;
  /** The change for a Band D household on the year before, when both years' figures are known. */
  change?: Change;
}

/**
 * Every financial year from the first published precept to the last, oldest first, so that a
 * year with no figure is shown as a gap rather than its neighbours set side by side as if consecutive.
 */
export function preceptYears(published: PublishedPrecept[]): PreceptYear[] {
  if (published.length === 0) return [];
  const starts = published.map((p) => startYearOf(p.financialYear));
  const first = Math.min(...starts);
  const last = Math.max(...starts);
  return Array.from({ length: last - first + 1 }, (_, offset) => {
    const financialYear = financialYearStarting(first + offset);
    const bands = councilTaxYear(financialYear, published);
    const bandD = bands?.bands.find((b) => b.band === 'D');
    return bandD ? { financialYear, bandD: bandD.perYear, ...(bandD.change ? { change: bandD.change } : {}) } : { financialYear, bandD: null };
  });
}

/** Runs of years with no published precept: 2017/18 to 2020/21. */
export function gapsIn(years: PreceptYear[]): { from: string; to: string }[] {
  const gaps: { from: string; to: string }[] = [];
  years.forEach((year, index) => {
    if (year.bandD !== null) return;
    if (index > 0 && years[index - 1]!.bandD === null) gaps.at(-1)!.to = year.financialYear;
    else gaps.push({ from: year.financialYear, to: year.financialYear });
  });
  return gaps;
}
