import type { TimeView } from "../../src/views/format.ts";
import { html, type SafeHtml } from "../html.ts";

export function time(view: TimeView): SafeHtml {
  return html`<time datetime="${view.datetime}">${view.text}</time>`;
}
