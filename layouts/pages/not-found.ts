import type { NotFoundView } from "../../src/views/not-found.ts";
import { basePage } from "../components/base.ts";
import { articleList } from "../components/listing.ts";
import { html } from "../html.ts";

/** The 404 page: what happened, and the ways back into the archive. */
export function notFoundPage(view: NotFoundView): string {
  return basePage(
    view.chrome,
    html`<h1>${view.heading}</h1>
${view.explanation.map((p) => html`<p class="intro">${p}</p>\n`)}<nav aria-labelledby="ways-heading">
<h2 id="ways-heading">Where to go from here</h2>
<ul class="index">${view.ways.map((w) => html`<li><a href="${w.href}">${w.text}</a>: ${w.description}</li>`)}</ul>
</nav>
${
  view.newest.length
    ? html`<section aria-labelledby="newest-heading">
<h2 id="newest-heading">Newest articles</h2>
${articleList(view.newest, 3)}
</section>`
    : ""
}`,
  );
}
