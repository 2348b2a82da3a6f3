import type { TaxonomyPageView } from "../../src/views/types.ts";
import { basePage } from "../components/base.ts";
import { html } from "../html.ts";

/** Every entity of one kind, A-Z, with its article count. */
export function taxonomyPage(view: TaxonomyPageView): string {
  return basePage(
    view.chrome,
    html`<h1>${view.heading}</h1>
<p class="intro">${view.intro}</p>
${
  view.groups.length > 1
    ? html`<nav class="letters" aria-label="Initials"><ul>${view.groups.map((g) => html`<li><a href="#${g.id}">${g.letter}</a></li>`)}</ul></nav>`
    : ""
}
${view.groups.map(
  (g) => html`<section class="letter-group" aria-labelledby="${g.id}">
<h2 id="${g.id}">${g.letter}</h2>
<ul class="index">${g.entries.map((e) => html`<li><a href="${e.href}">${e.text}</a> <span class="count">${e.count}</span></li>`)}</ul>
</section>
`,
)}`,
  );
}
