import type { RedirectsFileView, RedirectView } from "../../src/views/redirects.ts";
import { html } from "../html.ts";

/** A page that has moved: meta refresh and canonical link to the article. */
export function redirectPage(view: RedirectView): string {
  return html`<!doctype html>
<html lang="${view.chrome.lang}">
<head>
<meta charset="utf-8">
<title>${view.title} – moved</title>
<meta name="robots" content="noindex">
<link rel="canonical" href="${view.canonical}">
<meta http-equiv="refresh" content="0; url=${view.target}">
</head>
<body>
<p>This article has moved to <a href="${view.target}">${view.title}</a>.</p>
</body>
</html>
`.value;
}

/** The `_redirects` file: one `from to 301` line per old path. */
export function redirectsFile(view: RedirectsFileView): string {
  return view.lines.map((line) => `${line}\n`).join("");
}
