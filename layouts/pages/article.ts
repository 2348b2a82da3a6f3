import type { ArticlePageView } from "../../src/views/types.ts";
import { basePage } from "../components/base.ts";
import { articleList } from "../components/listing.ts";
import { figureList, quoteList } from "../components/quotes.ts";
import { leadImage } from "../components/lead-image.ts";
import { time } from "../components/time.ts";
import { html, raw } from "../html.ts";

/** An article: headline, standfirst, dateline, source, body, quotes, figures, entities. */
export function articlePage(view: ArticlePageView): string {
  const { source } = view;
  return basePage(
    view.chrome,
    html`<article class="article">
<header class="article-header">
<h1>${view.title}</h1>
${view.summary ? html`<p class="standfirst">${view.summary}</p>` : ""}
<p class="dateline">Published ${time(view.published)}${view.updated ? html`<span class="updated">, updated ${time(view.updated)}</span>` : ""}</p>
<p class="source">Source: <a href="${source.href}">${source.name}</a>${source.author ? html`, reported by ${source.author}` : ""}${
      source.reportUrl ? html` (<a href="${source.reportUrl}" rel="external">original report</a>)` : ""
    }</p>
${view.authors.length ? html`<p class="byline">Archived by ${view.authors.join(", ")}</p>` : ""}
<p class="print-only permalink">Archived at ${view.chrome.canonicalUrl}</p>
</header>
${view.image ? leadImage(view.image) : ""}
${
  view.corrections.length
    ? html`<section class="corrections" aria-labelledby="corrections-heading">
<h2 id="corrections-heading">Corrections</h2>
<ul>${view.corrections.map((c) => html`<li>${time(c.date)}: ${c.text}</li>`)}</ul>
</section>`
    : ""
}
<div class="article-body">
${raw(view.bodyHtml)}
</div>
${
  view.quotes.length
    ? html`<section class="article-quotes" aria-labelledby="quotes-heading">
<h2 id="quotes-heading">Quotes</h2>
${quoteList(view.quotes)}
</section>`
    : ""
}
${
  view.figures.length
    ? html`<section class="article-figures" aria-labelledby="figures-heading">
<h2 id="figures-heading">Key figures</h2>
${figureList(view.figures)}
</section>`
    : ""
}
${
  view.related.length
    ? html`<section class="related-articles" aria-labelledby="related-heading">
<h2 id="related-heading">Related articles</h2>
${articleList(view.related, 3)}
</section>`
    : ""
}
<nav class="entities" aria-labelledby="entities-heading">
<h2 id="entities-heading">In this article</h2>
<div class="entity-groups">
${view.entityGroups.map(
  (group) => html`<div class="entity-group">
<h3>${group.label}</h3>
<ul class="chips">${group.entities.map((e) => html`<li><a href="${e.href}">${e.text}</a></li>`)}</ul>
</div>
`,
)}</div>
</nav>
</article>`,
  );
}
