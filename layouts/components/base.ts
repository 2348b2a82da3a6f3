import type { PageChrome } from "../../src/views/types.ts";
import { html, type SafeHtml } from "../html.ts";

/** The document around every page: head, skip link, header navigation, footer. */
export function basePage(chrome: PageChrome, main: SafeHtml): string {
  return html`<!doctype html>
<html lang="${chrome.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${chrome.title}</title>
<meta name="description" content="${chrome.description}">
<link rel="canonical" href="${chrome.canonicalUrl}">
<link rel="stylesheet" href="${chrome.stylesheet}">
</head>
<body>
<a class="skip-link" href="#main">Skip to content</a>
<header class="site-header">
<p class="site-title"><a href="/">${chrome.siteTitle}</a></p>
<nav class="site-nav" aria-label="Sections">
<ul>${chrome.nav.map((item) => html`<li><a href="${item.href}"${item.current ? html` aria-current="page"` : ""}>${item.text}</a></li>`)}</ul>
</nav>
</header>
<main id="main" tabindex="-1">
${main}
</main>
<footer class="site-footer">
<p>${chrome.siteTitle}: a news archive built with Clippings.</p>
</footer>
</body>
</html>
`.value;
}
