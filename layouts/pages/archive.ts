import type { ArchiveIndexView, ArchiveMonthLink, ArchiveMonthView, ArchivePageView, ArchiveYearView } from "../../src/views/archive.ts";
import type { Link } from "../../src/views/types.ts";
import { basePage } from "../components/base.ts";
import { coverageChart } from "../components/coverage-chart.ts";
import { articleList } from "../components/listing.ts";
import { time } from "../components/time.ts";
import { html, type SafeHtml } from "../html.ts";

/** The date archive: `/archive/`, a year, or a month. */
export function archivePage(view: ArchivePageView): string {
  switch (view.level) {
    case "index":
      return basePage(view.chrome, indexMain(view));
    case "year":
      return basePage(view.chrome, yearMain(view));
    case "month":
      return basePage(view.chrome, monthMain(view));
  }
}

/** Every year with its months, oldest first, under the chart of the whole archive. */
function indexMain(view: ArchiveIndexView): SafeHtml {
  return html`<h1>${view.heading}</h1>
<p class="intro">${view.intro}</p>
${
  view.coverage
    ? html`<section aria-labelledby="coverage-heading">
<h2 id="coverage-heading">Articles per month</h2>
${coverageChart(view.coverage)}
</section>`
    : ""
}
${view.years.map(
  (year) => html`<section class="archive-year" aria-labelledby="year-${year.text}">
<h2 id="year-${year.text}"><a href="${year.href}">${year.text}</a> <span class="count">${year.count}</span></h2>
${monthList(year.months)}
</section>
`,
)}`;
}

function yearMain(view: ArchiveYearView): SafeHtml {
  return html`${breadcrumbs(view.breadcrumbs)}
<h1>${view.heading}</h1>
<p class="intro">${view.intro}</p>
${monthList(view.months)}
${neighbours(view.previous, view.next, "Other years")}`;
}

/** Every article of the month, under its day. */
function monthMain(view: ArchiveMonthView): SafeHtml {
  return html`${breadcrumbs(view.breadcrumbs)}
<h1>${view.heading}</h1>
<p class="intro">${view.intro}</p>
${view.days.map(
  (day) => html`<section class="archive-day">
<h2>${time(day.date)}</h2>
${articleList(day.articles, 3)}
</section>
`,
)}${neighbours(view.previous, view.next, "Other months")}`;
}

function monthList(months: readonly ArchiveMonthLink[]): SafeHtml {
  return html`<ul class="archive-months">${months.map((m) => html`<li><a href="${m.href}">${m.text}</a> <span class="count">${m.count}</span></li>`)}</ul>`;
}

function breadcrumbs(links: readonly Link[]): SafeHtml {
  return html`<nav class="breadcrumbs" aria-label="Breadcrumb"><ol>${links.map((l) => html`<li><a href="${l.href}">${l.text}</a></li>`)}</ol></nav>`;
}

/** Links to the nearest earlier and later year or month with articles. */
function neighbours(previous: Link | undefined, next: Link | undefined, label: string): SafeHtml | "" {
  if (!previous && !next) return "";
  return html`<nav class="archive-nav" aria-label="${label}">
<ul>
${previous ? html`<li class="previous"><a rel="prev" href="${previous.href}"><span aria-hidden="true">← </span>Earlier: ${previous.text}</a></li>` : ""}
${next ? html`<li class="next"><a rel="next" href="${next.href}">Later: ${next.text}<span aria-hidden="true"> →</span></a></li>` : ""}
</ul>
</nav>`;
}
