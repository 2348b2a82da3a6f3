// Pagefind's browser API (the subset its UI uses: options, filters, preload,
// search, debouncedSearch, destroy) over every part of the search index. The
// build writes this file as /pagefind/pagefind.js, after lines that set
// PARTS, the parts' folders, newest part first, and VOCABULARY, the filter
// of the vocabulary records (null when there are none). Each part is a Pagefind index
// of a contiguous run of the archive's date order (src/views/search.ts,
// `searchParts`).
//
// Each part is searched through its own copy of Pagefind's module (its own
// web worker and WebAssembly instance): one module cannot hold two separate
// indexes (its WebAssembly state is shared), and Pagefind's `mergeIndex`,
// which can, orders merged results by score alone, also when a date order
// is asked for. Here a date order concatenates the parts' results (each part
// sorts its own), and best match first merges by score as `mergeIndex`
// does. Filter counts add up: an article is in exactly one part. Each
// filter lists at most `FILTER_VALUES` values, those with the most results
// first, and whatever the search is filtered by.
//
// When there are several parts, each also holds one record with every word
// of the archive (`Vocabulary` in src/views/search.ts), so that a part
// lacking a word does not match a shorter one instead; that record is
// filtered out of every search, its filter out of every list, and it is not
// counted.

/** Options given before the first search (Pagefind's `options`), and `basePath`: where this bundle is served. */
let pending = {};
let loading;

const basePath = () => pending.basePath ?? import.meta.url.match(/^(.*\/)pagefind\.js(?:[?#].*)?$/)?.[1] ?? "/pagefind/";

function instances() {
  loading ??= (async () => {
    const base = basePath();
    const { basePath: _, ...options } = pending;
    return Promise.all(
      PARTS.map(async (part) => {
        const pagefind = await import(new URL(`${part}pagefind.js`, import.meta.url).href);
        const instance = pagefind.createInstance({ basePath: `${base}${part}` });
        await instance.options(options);
        return instance;
      }),
    );
  })();
  return loading;
}

const each = async (call) => Promise.all((await instances()).map(call));

/** The search options with the vocabulary records left out. */
function withoutVocabulary(options) {
  if (!VOCABULARY) return options;
  const filters = options.filters ?? {};
  return { ...options, filters: { ...filters, not: { ...filters.not, [VOCABULARY]: "all" } } };
}

/**
 * The most values a filter lists. Pagefind's UI draws a checkbox for every
 * value it is given, and updates them all after each search: at 50,000
 * articles (12,458 people, 2,500 organisations) a first search showed its
 * results after 9.5-12.0 s in headless Chromium (8 s of a profiled 11.6 s
 * inserting and removing checkboxes), and after 2.6-2.8 s with the lists
 * capped (docs/search.md).
 * Faceted search engines cap their lists the same way (Meilisearch's and
 * Algolia's default is 100).
 */
const FILTER_VALUES = 100;

/**
 * Sums the counts of each filter value over the parts (Pagefind's
 * `mergeFilters`), leaving out the vocabulary records' filter; then lists
 * each filter's values with results, most results first (ties in code
 * point order), at most `FILTER_VALUES` of them, and every value in
 * `selected` (name -> values the search is filtered by) whatever its count,
 * so that a checked box stays on the page to be unchecked.
 */
function mergeFilters(all, selected = {}) {
  const merged = new Map();
  for (const filters of all) {
    for (const [name, values] of Object.entries(filters ?? {})) {
      if (name === VOCABULARY) continue;
      if (!merged.has(name)) merged.set(name, new Map());
      const into = merged.get(name);
      for (const [value, count] of Object.entries(values)) into.set(value, (into.get(value) ?? 0) + count);
    }
  }
  const lists = {};
  for (const [name, counts] of merged) {
    const shown = [...counts].filter(([, count]) => count > 0).sort(([a, m], [b, n]) => n - m || (a < b ? -1 : a > b ? 1 : 0)).slice(0, FILTER_VALUES);
    const listed = new Set(shown.map(([value]) => value));
    for (const value of selected[name] ?? []) if (counts.has(value) && !listed.has(value)) shown.push([value, counts.get(value)]);
    lists[name] = Object.fromEntries(shown);
  }
  return lists;
}

/** Pagefind's filter operators; any other key of a filter option is a filter's name. */
const OPERATORS = new Set(["any", "all", "none", "not"]);

/** The values a search's `filters` option names, by filter name (a Set each), through Pagefind's operators. */
function selectedValues(filters, selected = {}) {
  for (const [key, value] of Object.entries(filters ?? {})) {
    if (OPERATORS.has(key)) for (const inner of [value].flat()) selectedValues(inner, selected);
    else for (const one of stringsIn(value)) (selected[key] ??= new Set()).add(one);
  }
  return selected;
}

function stringsIn(value) {
  if (typeof value === "string") return [value];
  if (value && typeof value === "object") return Object.values(value).flatMap(stringsIn);
  return [];
}

export async function options(options) {
  pending = { ...pending, ...options };
  if (loading) {
    const { basePath: _, ...rest } = options;
    await each((instance) => instance.options(rest));
  }
}

export async function init() {
  await instances();
}

/**
 * The parts' filter files being loaded by `filters()`. Pagefind counts a
 * search's filter values only in the filter files it has loaded, and its UI
 * asks for the filters and runs the first search at once: a search that
 * ran while they loaded came back with some parts' counts or none (at
 * 50,000 articles, "United States (1,051)" where the search had 3,453).
 * So a search waits for them.
 */
let filtersLoading;

export async function filters() {
  const loading = each((instance) => instance.filters());
  filtersLoading = loading.catch(() => undefined);
  return mergeFilters(await loading);
}

export async function preload(term, options = {}) {
  await each((instance) => instance.preload(term, withoutVocabulary(options)));
}

export async function search(term, options = {}) {
  await filtersLoading;
  const found = await each((instance) => instance.search(term, withoutVocabulary(options)));
  const selected = selectedValues(options.filters);
  // A part's vocabulary record matches wherever one of its articles does (and is counted before filtering).
  const unfiltered = (response) => (VOCABULARY ? Math.max(0, response.unfilteredResultCount - 1) : response.unfilteredResultCount);
  const direction = Object.values(options.sort ?? {})[0];
  let results;
  if (direction === undefined) {
    // Best match first, as Pagefind merges indexes (a stable sort: ties keep newer parts first).
    results = found.flatMap((response) => response.results).sort((a, b) => b.score - a.score);
  } else {
    const inOrder = direction === "asc" ? found.toReversed() : found;
    results = inOrder.flatMap((response) => response.results);
  }
  let totalFilters;
  return {
    results,
    unfilteredResultCount: found.reduce((sum, response) => sum + unfiltered(response), 0),
    filters: mergeFilters(found.map((response) => response.filters), selected),
    // Merged when read: Pagefind's UI never reads it, and a merge of a large archive's filters takes a while.
    get totalFilters() {
      return (totalFilters ??= mergeFilters(found.map((response) => response.totalFilters), selected));
    },
    timings: found.map((response) => response.timings),
  };
}

let searchId = 0;

/** Searches after `wait` ms unless another search starts meanwhile (then: null), as Pagefind's does. */
export async function debouncedSearch(term, options, wait = 300) {
  const id = ++searchId;
  void preload(term, options);
  await new Promise((resolve) => setTimeout(resolve, wait));
  if (id !== searchId) return null;
  const response = await search(term, options);
  return id === searchId ? response : null;
}

export async function mergeIndex() {
  throw new Error("This search bundle already merges its parts; mergeIndex is not supported");
}

export async function destroy() {
  const started = loading;
  loading = undefined;
  filtersLoading = undefined;
  pending = {};
  if (started) await Promise.all((await started).map((instance) => instance.destroy()));
}
