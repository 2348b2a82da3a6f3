import type { QuotesPageView } from "../../src/views/types.ts";
import { basePage } from "../components/base.ts";
import { pagination } from "../components/listing.ts";
import { quoteList } from "../components/quotes.ts";
import { html } from "../html.ts";

/** Every quote of one speaker, newest first. */
export function quotesPage(view: QuotesPageView): string {
  return basePage(
    view.chrome,
    html`<p class="kind"><a href="${view.entity.href}">${view.entity.text}</a></p>
<h1>${view.heading}</h1>
${quoteList(view.quotes)}
${pagination(view.pagination)}`,
  );
}
