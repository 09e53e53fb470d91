// The search page: Pagefind's JavaScript API behind an accessible form of our own.
// Results are announced in a live region; filters are ordinary checkboxes; the query
// stays in the address bar, so a search can be shared and the back button works.

import { fillIn, pluralForm, type PluralForms, type Values } from '../../domain/strings.ts';

interface PagefindResult {
  id: string;
  score: number;
  /** Where in the page the words matched, by their place among its words. */
  words: number[];
  data: () => Promise<{ url: string; excerpt: string; meta: Record<string, string> }>;
}

interface Pagefind {
  /** Only in the development server's stand-in, when no build has made an index: there is none to search (src/site/integrations/dev-search.ts). */
  unavailable?: string;
  createInstance: (options: Record<string, unknown>) => PagefindInstance;
}

interface PagefindInstance {
  mergeIndex: (path: string, options: Record<string, unknown>) => Promise<void>;
  /** Loads the index chunks a search for `term` needs, in every merged index. */
  preload: (term: string) => Promise<void>;
  filters: () => Promise<Record<string, Record<string, number>>>;
  search: (term: string | null, options: { filters?: Record<string, string[] | { any: string[] }>; sort?: Record<string, string> }) => Promise<{ results: PagefindResult[]; totalFilters: Record<string, Record<string, number>> }>;
}

/** A shard of the index, as the build lists them in shards.json (ShardSummary in src/build/search-index.ts), newest first. */
interface Shard {
  path: string;
  from?: string;
  to?: string;
  languages: string[];
}

/** The words this script writes, in the page's language: the search strings of src/site/strings/<code>.json, which the page gives it (search.astro). */
interface SearchStrings {
  /** The page's language tag, whose rules choose plural forms and write numbers. */
  language: string;
  /** The months' names, January first, for writing a date as the site does ("1 March 2016"). */
  months: string[];
  filters: Record<'type' | 'year' | 'theme' | 'decisionMaker' | 'status', string>;
  noResultsFor: string;
  resultsFor: PluralForms;
  noResultsForFiltered: string;
  resultsForFiltered: PluralForms;
  noResultsFiltered: string;
  resultsFiltered: PluralForms;
  /** What the development server's search page says while no build has made an index; only there. */
  noIndex?: string;
  searchedSince: string;
  searchedSinceAndYears: string;
}

const PAGE_SIZE = 10;
const strings = JSON.parse(document.querySelector('#search-strings')!.textContent!) as SearchStrings;
const numbers = new Intl.NumberFormat(strings.language);
/** Each filter by the name the index gives it (see searchFilters in src/site/lib/search-record.ts), with the name a reader sees. */
const FILTER_NAMES: Record<string, string> = { type: strings.filters.type, year: strings.filters.year, theme: strings.filters.theme, 'decision maker': strings.filters.decisionMaker, status: strings.filters.status };

const form = document.querySelector<HTMLFormElement>('#search-form')!;
const input = document.querySelector<HTMLInputElement>('#search-input')!;
const sort = document.querySelector<HTMLSelectElement>('#search-sort')!;
const filterBox = document.querySelector<HTMLElement>('#search-filters')!;
const section = document.querySelector<HTMLElement>('#search-results-section')!;
const status = document.querySelector<HTMLElement>('#search-status')!;
const list = document.querySelector<HTMLOListElement>('#search-results')!;
const more = document.querySelector<HTMLButtonElement>('#search-more')!;

const scope = document.querySelector<HTMLElement>('#search-scope')!;
const scopeText = document.querySelector<HTMLElement>('#search-scope-text')!;
const searchEverything = document.querySelector<HTMLButtonElement>('#search-everything')!;

let pagefind: PagefindInstance;
/**
 * A large site's index comes in shards of pages in date order, newest first (src/build/search-index.ts).
 * A search loads the newest, and older ones only when it needs them: when the reader asks for every
 * record, filters or sorts oldest first, names a year, or finds nothing in the newer records. Each
 * shard's pages carry a filter of their own, `part`, so that a date-sorted search can take each
 * shard's results in turn: date order within a shard, and shard after shard.
 */
let shards: Shard[] = [];
/** The shards merged into the index so far, by their place in `shards`, each settling once merged. */
const merged = new Map<number, Promise<void>>();
const PART = 'part';
let bundle = '';
let mergeOptions: Record<string, unknown> = {};
/** Whether the reader asked to search every record (kept in the address as `all`). */
let everyRecord = false;
let results: PagefindResult[] = [];
let shown = 0;

function element<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

/** Filters named in the address, until the filter checkboxes exist to say what is chosen. */
const requested: Record<string, string[]> = {};

function chosenFilters(): Record<string, string[]> {
  if (!filterBox.childElementCount) return requested;
  const chosen: Record<string, string[]> = {};
  for (const box of filterBox.querySelectorAll<HTMLInputElement>('input:checked')) (chosen[box.name] ??= []).push(box.value);
  return chosen;
}

function renderFilters(available: Record<string, Record<string, number>>, selected: Record<string, string[]>): void {
  filterBox.replaceChildren();
  for (const [name, label] of Object.entries(FILTER_NAMES)) {
    const values = Object.keys(available[name] ?? {}).sort((a, b) => (name === 'year' ? b.localeCompare(a) : a.localeCompare(b)));
    if (values.length < 2) continue;
    const fieldset = element('fieldset');
    fieldset.append(element('legend', label));
    for (const value of values) {
      const id = `filter-${name.replace(/\W+/g, '-')}-${value.replace(/\W+/g, '-')}`;
      const box = Object.assign(element('input'), { type: 'checkbox', name, value, id, checked: selected[name]?.includes(value) ?? false });
      const labelNode = Object.assign(element('label', `${value} (${numbers.format(available[name]![value]!)})`), { htmlFor: id });
      const row = element('div', undefined, 'checkbox');
      row.append(box, labelNode);
      fieldset.append(row);
    }
    filterBox.append(fieldset);
  }
}

async function renderMore(): Promise<void> {
  const showing = results;
  const page = await Promise.all(results.slice(shown, shown + PAGE_SIZE).map((result) => result.data()));
  if (showing !== results) return;
  for (const data of page) {
    const item = element('li');
    const heading = element('h3');
    heading.append(Object.assign(element('a', data.meta.title ?? data.url), { href: data.url }));
    const details = [data.meta.type, data.meta.reference, data.meta.date, data.meta.amount].filter(Boolean).join(' · ');
    const excerpt = element('p');
    // Pagefind's excerpt marks matches with <mark>; everything else in it is text from our own pages.
    excerpt.innerHTML = data.excerpt;
    item.append(heading, element('p', details, 'muted'), excerpt);
    list.append(item);
  }
  shown += page.length;
  more.hidden = shown >= results.length;
}

function describe(term: string, count: number, filters: Record<string, string[]>): string {
  const narrowed = Object.values(filters).flat().join(', ');
  const [none, some] = !narrowed ? [strings.noResultsFor, strings.resultsFor] : term ? [strings.noResultsForFiltered, strings.resultsForFiltered] : [strings.noResultsFiltered, strings.resultsFiltered];
  const values: Values = { term, count, filters: narrowed };
  return fillIn(count === 0 ? none : pluralForm(some, count, strings.language), values, (n) => numbers.format(n));
}

/** The shards holding dates in any of the `years` a search names (such as 2019 in "41/2019"). */
function shardsOfYears(years: string[]): number[] {
  return shards.flatMap((shard, place) => (shard.from && years.some((year) => shard.from!.slice(0, 4) <= year && year <= shard.to!.slice(0, 4)) ? [place] : []));
}

/** Merges the shards at `places` into the index, those not merged already; settles once all are. */
function merge(places: number[]): Promise<unknown> {
  for (const place of places) if (!merged.has(place)) merged.set(place, pagefind.mergeIndex(`${bundle}${shards[place]!.path}`, { ...mergeOptions, mergeFilter: { [PART]: String(place) } }));
  return Promise.all(places.map((place) => merged.get(place)));
}

const everyShard = () => shards.map((_, place) => place);

/**
 * Added to a word, an ending no indexed word can have: the index keeps only letters, digits and emoji,
 * and Pagefind's cleaning of a query keeps a symbol. A letter could go on into a real word ("anne" + x).
 */
const NO_SUCH_ENDING = '~';
/** What Pagefind's cleaning of a query drops, to know which words it searches for. */
const PUNCTUATION = /[\p{Pd}\p{Pe}\p{Pf}\p{Pi}\p{Po}\p{Ps}]/gu;

/** A search of the shards at `places`: the pages and the places in them it matched, as text, and how many pages each shard of the index has for it. */
async function matchesIn(places: number[], words: string): Promise<{ matched: Set<string>; pagesByShard: Record<string, number> }> {
  const { results, totalFilters } = await pagefind.search(words, { filters: { [PART]: { any: places.map(String) } } });
  return { matched: new Set(results.map((result) => `${result.id}@${result.words.join(',')}`)), pagesByShard: totalFilters[PART] ?? {} };
}

/** A shard's answer to a word: the word or words that begin with it, a shorter word, or nothing. */
type Answer = 'found' | 'shorter' | 'none';

/**
 * What each shard at `places` answers `word` with. A fallback matches the same places as the word with
 * NO_SUCH_ENDING, and so the same number of pages; a match of the word shares no place with it. Pagefind
 * looks only among the index chunks loaded so far, so both words' chunks are loaded (the word's by its
 * quoted search) before either is searched. One limit: Pagefind searches a word's stem, and where the
 * stem does not begin the word ("skies", "sky"), the two may fall back to different words, and a
 * fallback pass as a match.
 */
async function answersTo(word: string, places: number[]): Promise<Map<number, Answer>> {
  const { pagesByShard: quoted } = await matchesIn(places, `"${word}"`);
  const answers = new Map<number, Answer>(places.map((place) => [place, quoted[place] ? 'found' : 'none']));
  const rest = places.filter((place) => !quoted[place]);
  if (rest.length === 0) return answers;
  await pagefind.preload(word + NO_SUCH_ENDING);
  const asTyped = await matchesIn(rest, word);
  const withEnding = await matchesIn(rest, word + NO_SUCH_ENDING);
  const matching = rest.filter((place) => asTyped.pagesByShard[place]);
  const tied = matching.filter((place) => asTyped.pagesByShard[place] === withEnding.pagesByShard[place]);
  for (const place of matching) answers.set(place, 'found');
  const shared = [...asTyped.matched].filter((match) => withEnding.matched.has(match)).length;
  if (shared === tied.reduce((pages, place) => pages + asTyped.pagesByShard[place]!, 0)) {
    for (const place of tied) answers.set(place, 'shorter');
    return answers;
  }
  // A shard matched the word in as many pages as the word with the ending: each such shard is asked alone.
  for (const place of tied) {
    const alone = await matchesIn([place], word);
    const aloneWithEnding = await matchesIn([place], word + NO_SUCH_ENDING);
    if ([...alone.matched].every((match) => aloneWithEnding.matched.has(match))) answers.set(place, 'shorter');
  }
  return answers;
}

/**
 * Pagefind answers a word an index lacks with the longest shorter word the index has ("listened" finds
 * "list": Pagefind #315). One index of the whole site does so only for a word the site lacks; each shard
 * does so for every word it lacks, so the newest shard's near misses would hide an older shard's real
 * match and fill the results with pages marked "list" or "me". So each word is asked of the merged
 * shards, and the search keeps those that one index would answer from: the shards with every word or
 * words beginning with it. A word no shard has keeps each shard's own shorter word, and a word with no
 * answer at all is left out, as Pagefind leaves it. Also says whether every word was found in a merged
 * shard: if not, an older one may have it.
 */
async function answeringShards(term: string): Promise<{ places: number[]; everyWordFound: boolean }> {
  const searched = [...merged.keys()];
  // One index is its own answer; and a quoted search matches whole words only, never a shorter one.
  if (shards.length === 1 || !term || /^\s*".+"\s*$/.test(term)) return { places: searched, everyWordFound: true };
  let [places, everyWordFound] = [searched, true];
  const words = term.toLocaleLowerCase().replace(PUNCTUATION, '').replace(/\s{2,}/g, ' ').trim().split(' ');
  for (const word of new Set(words)) {
    const answers = await answersTo(word, searched);
    const given = [...answers.values()];
    const found = given.includes('found');
    // The index holds only letters, digits and emoji: no shard, old or new, has a word with anything else
    // (">£1m") whole, so the older shards are not merged to look for it.
    const holdable = !/[^\p{L}\p{N}\p{M}]/u.test(word) || /\p{Extended_Pictographic}/u.test(word);
    everyWordFound &&= found || !holdable;
    if (given.every((answer) => answer === 'none')) continue;
    places = places.filter((place) => answers.get(place) === (found ? 'found' : 'shorter'));
  }
  return { places, everyWordFound };
}

/**
 * Searches the shards at `answering`: by best match across them all, or by date shard after shard (each
 * shard's pages all newer than the next's), as Pagefind sorts only within an index.
 */
async function searchMerged(term: string, chosen: Record<string, string[]>, answering: number[], sortedBy?: [string, string]): Promise<PagefindResult[]> {
  if (answering.length === 0) return [];
  // Any of the values ticked in a group, as checkboxes read; Pagefind's own reading of a list is all of them.
  const filters = Object.fromEntries(Object.entries(chosen).map(([name, values]) => [name, { any: values }]));
  if (!sortedBy) return (await pagefind.search(term || null, { filters: { ...filters, [PART]: { any: answering.map(String) } } })).results;
  const [key, direction] = sortedBy;
  const places = [...answering].sort((a, b) => (direction === 'asc' ? b - a : a - b));
  const perShard = await Promise.all(places.map((place) => pagefind.search(term || null, { filters: { ...filters, [PART]: [String(place)] }, sort: { [key]: direction } })));
  return perShard.flatMap((search) => search.results);
}

const YEAR = /\b(?:19|20)\d\d\b/g;
/** 2016-03-01 → "1 March 2016", as the site writes dates (src/domain/dates.ts). */
function longDate(date: string): string {
  const [year, month, day] = date.split('-');
  return `${Number(day)} ${strings.months[Number(month) - 1]} ${year}`;
}

/** Says which records a search left out, when it did, with a button to search them too. */
function describeScope(years: string[]): void {
  const searchedAll = merged.size === shards.length;
  scope.hidden = searchedAll;
  if (searchedAll) return;
  const since = longDate(shards[0]!.from!);
  const namedYears = years.filter((year) => year <= shards[0]!.from!.slice(0, 4)).sort();
  scopeText.textContent = fillIn(namedYears.length ? strings.searchedSinceAndYears : strings.searchedSince, { date: since, years: namedYears.join(', ') });
}

/** The searches begun on this page, counted: one that a later search has overtaken (a filter ticked while it loaded, say) shows nothing. */
let searchesBegun = 0;

async function run(): Promise<void> {
  const search = ++searchesBegun;
  const overtaken = () => search !== searchesBegun;
  const term = input.value.trim();
  const filters = chosenFilters();
  const [key, direction] = sort.value.split(':');
  const params = new URLSearchParams();
  if (term) params.set('q', term);
  if (sort.value) params.set('sort', sort.value);
  for (const [name, values] of Object.entries(filters)) for (const value of values) params.append(name, value);
  if (everyRecord) params.set('all', '1');
  history.replaceState(null, '', `?${params}`);
  if (!term && Object.keys(filters).length === 0) {
    section.hidden = true;
    status.textContent = '';
    return;
  }
  // Filters count, and oldest-first starts from, every record; otherwise the newest shard answers, with those of the years the search names.
  const years = [...new Set(term.match(YEAR) ?? [])];
  const needsAll = everyRecord || Object.keys(filters).length > 0 || direction === 'asc';
  await merge(needsAll ? everyShard() : [0, ...shardsOfYears(years)]);
  const sortedBy = key ? ([key, direction!] as [string, string]) : undefined;
  let answering = await answeringShards(term);
  let found = await searchMerged(term, filters, answering.places, sortedBy);
  if ((found.length === 0 || !answering.everyWordFound) && merged.size < shards.length) {
    await merge(everyShard());
    answering = await answeringShards(term);
    found = await searchMerged(term, filters, answering.places, sortedBy);
  }
  if (overtaken()) return;
  results = found;
  shown = 0;
  list.replaceChildren();
  section.hidden = false;
  await renderMore();
  if (overtaken()) return;
  describeScope(years);
  status.textContent = describe(term, results.length, filters);
}

async function start(): Promise<void> {
  bundle = form.dataset.bundle!;
  const module = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as Pagefind;
  if (module.unavailable) {
    document.querySelector('#search-needs-js')!.textContent = strings.noIndex ?? module.unavailable;
    return;
  }
  mergeOptions = { baseUrl: bundle.replace(/pagefind\/$/, ''), excerptLength: 24 };
  const listed = await fetch(`${bundle}shards.json`).then((response) => (response.ok ? (response.json() as Promise<Shard[]>) : []));
  // A shard without pages in the page's language would answer from another language's index (Pagefind's fallback).
  shards = listed.length ? listed.filter((shard, place) => place === 0 || shard.languages.includes(document.documentElement.lang)) : [{ path: '', languages: [] }];
  // On the main thread: the search worker's own script would double what a first search downloads. The
  // instance takes that option; each merged shard would only warn of it.
  pagefind = module.createInstance({ ...mergeOptions, basePath: bundle, mergeFilter: { [PART]: '0' }, noWorker: true });
  merged.set(0, Promise.resolve());
  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  sort.value = params.get('sort') ?? '';
  for (const name of Object.keys(FILTER_NAMES)) if (params.getAll(name).length) requested[name] = params.getAll(name);
  everyRecord = params.has('all');
  document.querySelector<HTMLElement>('#search-controls')!.hidden = false;
  // The filters' own index is fetched only when a reader opens them, keeping a first search small.
  const panel = document.querySelector<HTMLDetailsElement>('#search-filter-panel')!;
  const loadFilters = async () => {
    if (filterBox.childElementCount) return;
    await merge(everyShard());
    renderFilters(await pagefind.filters(), requested);
  };
  panel.addEventListener('toggle', () => void (panel.open && loadFilters()));
  if (Object.keys(requested).length) {
    panel.open = true;
    await loadFilters();
  }
  document.querySelector('#search-needs-js')?.remove();
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run();
  });
  form.addEventListener('change', () => void run());
  searchEverything.addEventListener('click', () => {
    everyRecord = true;
    void run().then(() => document.querySelector<HTMLElement>('#results-heading')!.focus());
  });
  more.addEventListener('click', () => {
    const next = list.children.length;
    void renderMore().then(() => (list.children[next]?.querySelector('a') as HTMLElement | null)?.focus());
  });
  if (input.value || Object.keys(requested).length) await run();
}

void start();
