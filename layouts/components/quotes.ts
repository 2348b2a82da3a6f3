import type { FigureView, QuoteView } from "../../src/views/types.ts";
import { html, type SafeHtml } from "../html.ts";
import { time } from "./time.ts";

/** Quotations with their speaker (linked), role and context. */
export function quoteList(quotes: readonly QuoteView[]): SafeHtml {
  return html`<ul class="quotes">
${quotes.map(
  (q) => html`<li><figure class="quote" lang="${q.lang}">
<blockquote><p>${q.text}</p></blockquote>
<figcaption><a class="speaker" href="${q.speaker.href}">${q.speaker.text}</a>${q.role ? html`, <span class="role">${q.role}</span>` : ""}${
    q.context ? html`<span class="context">${q.context}</span>` : ""
  }${q.from ? html`<span class="from">In <a href="${q.from.href}">${q.from.text}</a>, ${time(q.from.published)}</span>` : ""}</figcaption>
</figure></li>
`,
)}</ul>`;
}

/** Key figures: the number large, then what it counts, who gives it and when. */
export function figureList(figures: readonly FigureView[]): SafeHtml {
  return html`<ul class="figures">
${figures.map(
  (f) => html`<li class="figure" lang="${f.lang}">
<p class="figure-value${f.longValue ? " long" : ""}">${f.qualifier ? html`<span class="qualifier">${f.qualifier}</span> ` : ""}${f.value}</p>
<p class="figure-label">${f.label}</p>
${f.attribution || f.asOf ? html`<p class="figure-meta">${f.attribution ? html`Source: ${f.attribution}` : ""}${f.attribution && f.asOf ? "; " : ""}${f.asOf ? html`as of ${time(f.asOf)}` : ""}</p>` : ""}
${f.from ? html`<p class="from">In <a href="${f.from.href}">${f.from.text}</a>, ${time(f.from.published)}</p>` : ""}
</li>
`,
)}</ul>`;
}
