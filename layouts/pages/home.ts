import type { ListingPageView } from "../../src/views/types.ts";
import { basePage } from "../components/base.ts";
import { articleList, pagination } from "../components/listing.ts";
import { html } from "../html.ts";

/** The home page and its later pages: the newest articles. */
export function homePage(view: ListingPageView): string {
  return basePage(
    view.chrome,
    html`<h1>${view.heading}</h1>
${view.intro ? html`<p class="intro">${view.intro}</p>` : ""}
${articleList(view.articles, 2)}
${pagination(view.pagination)}`,
  );
}
