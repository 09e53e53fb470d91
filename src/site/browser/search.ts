// The search page: Pagefind's JavaScript API behind an accessible form of our own.
// Results are announced in a live region; filters are ordinary checkboxes; the query
// stays in the address bar, so a search can be shared and the back button works.

import { fillIn, pluralForm, type PluralForms, type Values } from '../../domain/strings.ts';

interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<{ url: string; excerpt: string; meta: Record<string, string> }>;
}

interface Pagefind {
  /** Only in the development server's stand-in, when no build has made an index: there is none to search (src/site/integrations/dev-search.ts). */
  unavailable?: string;
  options: (options: Record<string, unknown>) => Promise<void>;
  mergeIndex: (path: string, options: Record<string, unknown>) => Promise<void>;
  filters: () => Promise<Record<string, Record<string, number>>>;
  search: (term: string | null, options: { filters?: Record<string, string[]>; sort?: Record<string, string> }) => Promise<{ results: PagefindResult[] } | null>;
}

/** The words this script writes, in the page's language: the search strings of src/site/strings/<code>.json, which the page gives it (search.astro). */
interface SearchStrings {
  /** The page's language tag, whose rules choose plural forms and write numbers. */
  language: string;
  filters: Record<'type' | 'year' | 'theme' | 'decisionMaker' | 'status', string>;
  noResultsFor: string;
  resultsFor: PluralForms;
  noResultsForFiltered: string;
  resultsForFiltered: PluralForms;
  noResultsFiltered: string;
  resultsFiltered: PluralForms;
  /** What the development server's search page says while no build has made an index; only there. */
  noIndex?: string;
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

let pagefind: Pagefind;
/** Settles once every shard of the index has been merged in. */
let shardsMerged: Promise<unknown>;
/**
 * A large site's index comes in shards (src/build/search-index.ts says how they are dealt). Each
 * shard after the first weighs a hair more than the one before: too little to change a best-match
 * order, enough to put date-sorted results of the same place in their shards in the order the
 * shards were dealt.
 */
const SHARD_WEIGHT_STEP = 1e-7;
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
      const labelNode = Object.assign(element('label', `${value} (${available[name]![value]})`), { htmlFor: id });
      const row = element('div', undefined, 'checkbox');
      row.append(box, labelNode);
      fieldset.append(row);
    }
    filterBox.append(fieldset);
  }
}

async function renderMore(): Promise<void> {
  const page = await Promise.all(results.slice(shown, shown + PAGE_SIZE).map((result) => result.data()));
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

/**
 * Sorted by date, a result's score is its place in its own shard's date order, and merged shards
 * come back by score, which is the site's date order; except that the first page of each shard
 * all score 0 and come in shard order, which newest-first wants the other way round.
 */
function inDateOrder(merged: PagefindResult[], direction: string): PagefindResult[] {
  if (direction !== 'desc') return merged;
  const firstZero = merged.findIndex((result) => result.score === 0);
  if (firstZero < 0) return merged;
  return [...merged.slice(0, firstZero), ...merged.slice(firstZero).reverse()];
}

async function run(): Promise<void> {
  const term = input.value.trim();
  const filters = chosenFilters();
  const [key, direction] = sort.value.split(':');
  const params = new URLSearchParams();
  if (term) params.set('q', term);
  if (sort.value) params.set('sort', sort.value);
  for (const [name, values] of Object.entries(filters)) for (const value of values) params.append(name, value);
  history.replaceState(null, '', `?${params}`);
  if (!term && Object.keys(filters).length === 0) {
    section.hidden = true;
    status.textContent = '';
    return;
  }
  await shardsMerged;
  const search = await pagefind.search(term || null, { filters, ...(key ? { sort: { [key]: direction! } } : {}) });
  if (!search) return; // a newer search replaced this one
  results = key ? inDateOrder(search.results, direction!) : search.results;
  shown = 0;
  list.replaceChildren();
  section.hidden = false;
  await renderMore();
  status.textContent = describe(term, results.length, filters);
}

async function start(): Promise<void> {
  const bundle = form.dataset.bundle!;
  pagefind = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as Pagefind;
  if (pagefind.unavailable) {
    document.querySelector('#search-needs-js')!.textContent = strings.noIndex ?? pagefind.unavailable;
    return;
  }
  const options = { baseUrl: bundle.replace(/pagefind\/$/, ''), excerptLength: 24 };
  // On the main thread: the search worker's own script would double what a first search downloads.
  await pagefind.options({ ...options, noWorker: true });
  shardsMerged = fetch(`${bundle}shards.json`)
    .then((response) => (response.ok ? (response.json() as Promise<string[]>) : []))
    .then((shards) => Promise.all(shards.map((path, index) => pagefind.mergeIndex(`${bundle}${path}`, { ...options, indexWeight: 1 + (index + 1) * SHARD_WEIGHT_STEP }))));
  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  sort.value = params.get('sort') ?? '';
  for (const name of Object.keys(FILTER_NAMES)) if (params.getAll(name).length) requested[name] = params.getAll(name);
  document.querySelector<HTMLElement>('#search-controls')!.hidden = false;
  // The filters' own index is fetched only when a reader opens them, keeping a first search small.
  const panel = document.querySelector<HTMLDetailsElement>('#search-filter-panel')!;
  const loadFilters = async () => {
    if (filterBox.childElementCount) return;
    await shardsMerged;
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
  more.addEventListener('click', () => {
    const next = list.children.length;
    void renderMore().then(() => (list.children[next]?.querySelector('a') as HTMLElement | null)?.focus());
  });
  if (input.value || Object.keys(requested).length) await run();
}

void start();
