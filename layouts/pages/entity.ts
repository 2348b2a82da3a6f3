import type { EntityPageView } from "../../src/views/types.ts";
import { basePage } from "../components/base.ts";
import { coverageChart } from "../components/coverage-chart.ts";
import { articleList, pagination } from "../components/listing.ts";
import { figureList, quoteList } from "../components/quotes.ts";
import { html, raw } from "../html.ts";

/** A person's, organisation's, topic's, place's or source's page. */
export function entityPage(view: EntityPageView): string {
  return basePage(
    view.chrome,
    html`<div class="entity-page">
<header class="entity-header">
<p class="kind"><a href="${view.taxonomy.href}">${view.taxonomy.text}</a> · ${view.kindLabel}</p>
<h1>${view.name}</h1>
${view.description ? html`<p class="standfirst">${view.description}</p>` : ""}
<p class="meta">${view.articleCount}</p>
</header>
${view.profileHtml ? html`<div class="profile">${raw(view.profileHtml)}</div>` : ""}
${view.externalLinks.length ? html`<ul class="external-links">${view.externalLinks.map((l) => html`<li><a href="${l.href}" rel="external">${l.text}</a></li>`)}</ul>` : ""}
${view.coverage ? html`<section class="entity-coverage" aria-labelledby="coverage-heading">\n<h2 id="coverage-heading">Coverage over time</h2>\n${coverageChart(view.coverage)}\n</section>` : ""}
${
  view.related.length
    ? html`<section class="entity-related" aria-labelledby="related-heading">
<h2 id="related-heading">Often appears with</h2>
<ul class="chips related">${view.related.map((r) => html`<li><a href="${r.href}">${r.text}</a> <span class="count">${r.kind}, ${r.count}</span></li>`)}</ul>
</section>`
    : ""
}
${
  view.quotes.length
    ? html`<section class="entity-quotes" aria-labelledby="quotes-heading">
<h2 id="quotes-heading">Quotes</h2>
${quoteList(view.quotes)}
${view.allQuotes ? html`<p class="more"><a href="${view.allQuotes.href}">${view.allQuotes.text}</a></p>` : ""}
</section>`
    : ""
}
${
  view.figures.length
    ? html`<section class="entity-figures" aria-labelledby="figures-heading">
<h2 id="figures-heading">Key figures</h2>
${view.figuresNote ? html`<p class="note">${view.figuresNote}</p>` : ""}
${figureList(view.figures)}
</section>`
    : ""
}
<section class="entity-articles" aria-labelledby="articles-heading">
<h2 id="articles-heading">${view.firstPage ? "Articles" : "More articles"}</h2>
${articleList(view.articles, 3)}
${pagination(view.pagination)}
</section>
</div>`,
  );
}
