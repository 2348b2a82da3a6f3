import type { PageChrome } from "../../src/views/types.ts";
import { html, jsonForScript, type SafeHtml } from "../html.ts";

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
${chrome.noindex ? html`<meta name="robots" content="noindex">\n` : ""}${chrome.fontPreloads.map((href) => html`<link rel="preload" href="${href}" as="font" type="font/woff2" crossorigin>\n`)}${chrome.stylesheets.map((href) => html`<link rel="stylesheet" href="${href}">\n`)}<link rel="icon" href="/favicon.svg" type="image/svg+xml">

${chrome.alternates.map((feed) => html`<link rel="alternate" type="${feed.type}" href="${feed.href}" title="${feed.title}">\n`)}${socialMeta(chrome.social)}${chrome.structuredData.map(
    (data) => html`<script type="application/ld+json">${jsonForScript(data)}</script>\n`,
  )}</head>
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

/** Open Graph and Twitter card tags. */
function socialMeta(social: PageChrome["social"]): SafeHtml {
  return html`<meta property="og:type" content="${social.type}">
<meta property="og:title" content="${social.title}">
<meta property="og:description" content="${social.description}">
<meta property="og:url" content="${social.url}">
<meta property="og:site_name" content="${social.siteName}">
<meta property="og:locale" content="${social.locale}">
${social.image ? html`<meta property="og:image" content="${social.image.url}">\n<meta property="og:image:alt" content="${social.image.alt}">\n` : ""}${
    social.publishedTime ? html`<meta property="article:published_time" content="${social.publishedTime}">\n` : ""
  }${social.modifiedTime ? html`<meta property="article:modified_time" content="${social.modifiedTime}">\n` : ""}${social.tags.map(
    (tag) => html`<meta property="article:tag" content="${tag}">\n`,
  )}<meta name="twitter:card" content="${social.image ? "summary_large_image" : "summary"}">
<meta name="twitter:title" content="${social.title}">
<meta name="twitter:description" content="${social.description}">
`;
}
