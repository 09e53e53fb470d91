import { asOfDate } from '../../domain/as-of.ts';
import { registerCollections } from '../../domain/collections.ts';
import { siteCurrency, type Currency } from '../../domain/currency.ts';
import { isDevelopmentServer } from '../integrations/development-server.ts';
import { budgets, decisions, plans, registerEntries, transparencyItems } from './entries.ts';
import { office } from './this-office.ts';

/** The date of every published entry that has one: decisions, plans, budgets, transparency items and the register's records. */
async function entryDates(): Promise<string[]> {
  const records = await Promise.all(registerCollections.map(async (name) => (await registerEntries(name)).map((entry) => (entry.data as { published?: string }).published)));
  return [
    ...(await decisions()).map((entry) => entry.data.date),
    // A plan without its publication date is dated by its first year: a plan for 2022/23 to 2024/25 is of 2022/23.
    ...(await plans()).map((entry) => entry.data.published ?? entry.data.period.from),
    ...(await budgets()).map((entry) => entry.data.approved ?? entry.data.financialYear),
    ...(await transparencyItems()).map((entry) => entry.data.published),
    ...records.flat(),
  ].filter((date): date is string => Boolean(date));
}

let built: Promise<Currency> | undefined;

/** Whether the site is an archive, stale or current on the build's date: asked once a build, and at every page of the development server. */
export function currency(): Promise<Currency> {
  const ask = async () => siteCurrency(await entryDates(), asOfDate(), office, office.financialYearStart);
  if (isDevelopmentServer()) return ask();
  return (built ??= ask());
}
