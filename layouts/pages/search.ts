import type { SearchPageView } from "../../src/views/search.ts";
import { basePage } from "../components/base.ts";
import { html, jsonForScript, raw } from "../html.ts";

/**
 * The search page: Pagefind's default UI (its script and stylesheet are
 * written into the bundle by Pagefind), an order control it lacks, and a
 * `<noscript>` pointer to the indexes.
 */
export function searchPage(view: SearchPageView): string {
  const config = { bundlePath: view.ui.bundlePath, sourceFilter: view.ui.sourceFilter };
  return basePage(
    view.chrome,
    html`<h1>${view.heading}</h1>
<p class="intro">${view.intro}</p>
<p id="search-order-control" class="search-order" hidden><label for="search-order">Order of results</label>
<select id="search-order">
<option value="">Best match first</option>
<option value="desc">Newest first</option>
<option value="asc">Oldest first</option>
</select></p>
<div id="search" class="search"></div>
<noscript><p>Search needs JavaScript, which is off or unavailable in this browser.
You can still browse every article through the indexes:
${view.browse.map((link, i) => html`${i > 0 ? ", " : ""}<a href="${link.href}">${link.text}</a>`)}.</p></noscript>
<script src="${view.ui.script}" defer></script>
<script>${raw(SCRIPT.replace("CONFIG", () => jsonForScript(config).value))}</script>`,
  );
}

/**
 * Runs once the document is parsed, after Pagefind's UI script (deferred, so
 * that it does not hold back the page's first paint). Starts Pagefind's UI,
 * and starts it again when the order changes (the UI takes its sort only
 * when it is created), keeping the search term and the checked filters. A
 * `?q=` in the page's URL is searched for at once. Each result shows its
 * date, read from the article URL (/YYYY/MM/DD/…), and its source, from its
 * filters: neither is in the index as searchable text.
 */
const SCRIPT = `
document.addEventListener("DOMContentLoaded", () => {
  const config = CONFIG;
  const element = document.getElementById("search");
  const order = document.getElementById("search-order");
  const dates = new Intl.DateTimeFormat(document.documentElement.lang || undefined, { dateStyle: "long", timeZone: "UTC" });
  const processResult = (result) => {
    const ymd = /^\\/(\\d{4})\\/(\\d{2})\\/(\\d{2})\\//.exec(result.url);
    const source = (result.filters[config.sourceFilter] || [])[0];
    result.meta = {
      title: result.meta.title,
      ...(ymd ? { date: dates.format(Date.UTC(+ymd[1], +ymd[2] - 1, +ymd[3])) } : {}),
      ...(source ? { source } : {}),
    };
    return result;
  };
  let ui;
  const start = (direction, term, filters) => {
    element.replaceChildren();
    ui = new PagefindUI({
      element,
      bundlePath: config.bundlePath,
      showImages: false,
      showEmptyFilters: false,
      processResult,
      ...(direction ? { sort: { date: direction } } : {}),
    });
    if (term) ui.triggerSearch(term);
    if (Object.keys(filters).length > 0) ui.triggerFilters(filters);
  };
  const checkedFilters = () => {
    const filters = {};
    for (const box of element.querySelectorAll("input[type=checkbox]:checked")) (filters[box.name] ??= []).push(box.value);
    return filters;
  };
  // Pagefind's UI lets go of Pagefind when destroyed without waiting: a new UI
  // started at once has its searches cut off ("Pagefind worker terminated").
  // So each restart waits for that; one started while another is under way
  // keeps the term and filters read before it.
  let restarting = Promise.resolve();
  let kept = { term: "", filters: {} };
  order.addEventListener("change", () => {
    const input = element.querySelector("input[type=text], input[type=search]");
    if (input) kept = { term: input.value, filters: checkedFilters() };
    const { term, filters } = kept;
    restarting = restarting.then(async () => {
      if (ui) ui.destroy();
      ui = undefined;
      await (await import(config.bundlePath + "pagefind.js")).destroy();
      start(order.value, term, filters);
    });
  });
  document.getElementById("search-order-control").hidden = false;
  start("", new URLSearchParams(location.search).get("q") || "", {});
});
`;
