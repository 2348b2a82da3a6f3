import type { LeadImageView } from "../../src/views/images.ts";
import { html, type SafeHtml } from "../html.ts";

/** The lead image: modern formats first, the original format as fallback, its size reserved. */
export function leadImage(image: LeadImageView): SafeHtml {
  return html`<figure class="lead-image">
<picture>
${image.sources.map((s) => html`<source type="${s.type}" srcset="${s.srcset}" sizes="${image.sizes}">\n`)}<img src="${image.src}" srcset="${image.srcset}" alt="${image.alt}" width="${image.width}" height="${image.height}" sizes="${image.sizes}" decoding="async">
</picture>
${
  image.caption || image.credit
    ? html`<figcaption>${image.caption ?? ""}${image.credit ? html` <span class="credit">${image.credit}</span>` : ""}</figcaption>`
    : ""
}
</figure>`;
}
