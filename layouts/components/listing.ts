import type { ArticleTeaser } from "../../src/views/types.ts";
import type { PaginationView } from "../../src/views/paginate.ts";
import { html, type SafeHtml } from "../html.ts";
import { time } from "./time.ts";

/** A list of articles, newest first; `level` is the heading level of each title. */
export function articleList(articles: readonly ArticleTeaser[], level: 2 | 3): SafeHtml {
  if (articles.length === 0) return html`<p class="empty">No articles yet.</p>`;
  return html`<ol class="article-list">
${articles.map(
  (a) => html`<li><article class="teaser"${a.lang ? html` lang="${a.lang}"` : ""}>
${heading(level, html`<a href="${a.href}">${a.title}</a>`)}
<p class="meta">${time(a.published)} · ${a.source}</p>
${a.summary ? html`<p class="summary">${a.summary}</p>` : ""}
</article></li>
`,
)}</ol>`;
}

function heading(level: 2 | 3, content: SafeHtml): SafeHtml {
  return level === 2 ? html`<h2>${content}</h2>` : html`<h3>${content}</h3>`;
}

/** Links to the other pages of a listing. */
export function pagination(view: PaginationView | undefined): SafeHtml | "" {
  if (!view) return "";
  return html`<nav class="pagination" aria-label="Pages">
<ul>
${view.previous ? html`<li><a rel="prev" href="${view.previous}">Newer</a></li>` : ""}
${view.links.map((link) =>
  link.kind === "gap"
    ? html`<li class="gap" aria-hidden="true">…</li>`
    : link.current
      ? html`<li><a href="${link.href}" aria-current="page">${link.number}</a></li>`
      : html`<li><a href="${link.href}">${link.number}</a></li>`,
)}
${view.next ? html`<li><a rel="next" href="${view.next}">Older</a></li>` : ""}
</ul>
<p class="page-count">Page ${view.current} of ${view.total}</p>
</nav>`;
}
