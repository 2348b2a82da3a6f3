import * as cheerio from "cheerio";
import fs from "node:fs";
import path from "node:path";
import { listFiles } from "./cli.ts";

/**
 * An offline link checker for a built site: every URL that points into the
 * site must name a file of the output, and a `#fragment` an element with that id.
 *
 * - HTML pages (all but Pagefind's own files): `href`, `src`, `srcset`, `action`,
 *   `poster` and `cite` of every element, the URL of a `<meta http-equiv=refresh>`,
 *   `<meta content>` that starts with the site URL (og:url, og:image) and the URLs
 *   in JSON-LD (their fragments name graph nodes, not elements, so only the page
 *   is checked). Relative URLs resolve against the page's own URL.
 * - Feeds and sitemaps (`*.xml`, `*.json`): every attribute, text and JSON string
 *   that starts with the site URL, and every URL in their HTML content.
 * - Stylesheets under `assets/`: `url(...)` and `@import`.
 * - `robots.txt` (site URLs) and `_redirects` (each line's target).
 *
 * External URLs (another origin, `mailto:`, `data:`) are left alone: no network.
 * A URL that ends in `/` names `index.html` in that folder; any other must name a
 * file exactly (a host would answer `/people` with a redirect at best).
 * On the 404 page and redirect pages, which are served at other paths than their
 * own, a path-relative URL is itself an error.
 */
export function checkLinks(siteDir: string, siteUrl: string): string[] {
  const site = new URL(siteUrl.endsWith("/") ? siteUrl : `${siteUrl}/`);
  const files = new Set(listFiles(siteDir));
  const ids = new Map<string, Set<string>>();
  const problems: string[] = [];

  const idsOf = (file: string): Set<string> => {
    let found = ids.get(file);
    if (!found) {
      const $ = cheerio.load(fs.readFileSync(path.join(siteDir, file), "utf8"));
      found = new Set([...$("[id]").map((_, el) => $(el).attr("id")!), ...$("a[name]").map((_, el) => $(el).attr("name")!)]);
      ids.set(file, found);
    }
    return found;
  };

  /** Checks one URL found in `file`; `base` is the URL it is resolved against. */
  const check = (file: string, ref: string, base: URL, options: { fragment: boolean } = { fragment: true }): void => {
    const trimmed = ref.trim();
    let url: URL;
    try {
      url = new URL(trimmed, base);
    } catch {
      problems.push(`${file}: ${ref} is not a URL`);
      return;
    }
    if (url.origin !== site.origin || !url.pathname.startsWith(site.pathname)) return;
    const relative = decodeURIComponent(url.pathname.slice(site.pathname.length));
    const target = relative === "" || relative.endsWith("/") ? `${relative}index.html` : relative;
    if (!files.has(target)) {
      problems.push(`${file}: ${ref} -> no file ${target}`);
      return;
    }
    const fragment = decodeURIComponent(url.hash.slice(1));
    // "#" and "#top" scroll to the top of any page (HTML's "indicated part of the document").
    if (!options.fragment || fragment === "" || fragment.toLowerCase() === "top") return;
    if (!target.endsWith(".html")) problems.push(`${file}: ${ref} -> a fragment of ${target}, which is not a page`);
    else if (!idsOf(target).has(fragment)) problems.push(`${file}: ${ref} -> no id "${fragment}" in ${target}`);
  };

  const pageUrl = (file: string): URL => new URL(file.replace(/(^|\/)index\.html$/, "$1"), site);

  /** URLs in HTML: the page's own markup, or HTML inside a feed (resolved against `base`). */
  const checkHtml = (file: string, $: cheerio.CheerioAPI, base: URL, served: "here" | "anywhere"): void => {
    const refs: string[] = [];
    for (const attr of ["href", "src", "action", "poster", "cite"]) $(`[${attr}]`).each((_, el) => void refs.push($(el).attr(attr)!));
    // A srcset is "url descriptor, url descriptor"; our URLs hold no commas.
    $("[srcset]").each((_, el) => void refs.push(...$(el).attr("srcset")!.split(",").map((candidate) => candidate.trim().split(/\s+/)[0] ?? "")));
    $("meta[http-equiv]").each((_, el) => {
      if ($(el).attr("http-equiv")!.toLowerCase() !== "refresh") return;
      const refresh = /^\s*\d+(?:\.\d*)?\s*[;,]\s*(?:url\s*=\s*)?(['"]?)(.+?)\1\s*$/i.exec($(el).attr("content") ?? "");
      if (refresh) refs.push(refresh[2]!);
      else problems.push(`${file}: meta refresh without a URL: ${$(el).attr("content")}`);
    });
    $("meta[content]").each((_, el) => {
      const content = $(el).attr("content")!;
      if (content.startsWith(site.href)) refs.push(content);
    });
    for (const ref of refs) {
      if (served === "anywhere" && !/^([a-z][a-z0-9+.-]*:|\/|#)/i.test(ref.trim())) problems.push(`${file}: ${ref} is path-relative on a page served at other URLs`);
      check(file, ref, base);
    }
    $('script[type="application/ld+json"]').each((_, el) => {
      for (const text of strings(JSON.parse($(el).text()) as unknown)) if (text.startsWith(site.href)) check(file, text, base, { fragment: false });
    });
  };

  for (const file of files) {
    if (file.startsWith("pagefind/")) continue;
    const full = path.join(siteDir, file);
    if (file.endsWith(".html")) {
      const $ = cheerio.load(fs.readFileSync(full, "utf8"));
      const elsewhere = file === "404.html" || $("meta[http-equiv]").filter((_, el) => $(el).attr("http-equiv")!.toLowerCase() === "refresh").length > 0;
      checkHtml(file, $, pageUrl(file), elsewhere ? "anywhere" : "here");
    } else if (file.endsWith(".xml")) {
      const $ = cheerio.load(fs.readFileSync(full, "utf8"), { xml: true });
      $("*").each((_, el) => {
        for (const value of Object.values($(el).attr() ?? {})) if (value.startsWith(site.href)) check(file, value, site);
        const own = $(el)
          .contents()
          .filter((_, node) => node.type === "text" || node.type === "cdata")
          .text()
          .trim();
        if ($(el).attr("type") === "html" || $(el).attr("type") === "xhtml") checkHtml(file, cheerio.load(own), site, "here");
        else if (own.startsWith(site.href)) check(file, own, site);
      });
    } else if (file.endsWith(".json")) {
      const walk = (value: unknown, key: string): void => {
        if (typeof value === "string") {
          if (key.endsWith("_html")) checkHtml(file, cheerio.load(value), site, "here");
          else if (value.startsWith(site.href)) check(file, value, site);
        } else if (Array.isArray(value)) value.forEach((item) => walk(item, key));
        else if (value && typeof value === "object") for (const [k, v] of Object.entries(value)) walk(v, k);
      };
      walk(JSON.parse(fs.readFileSync(full, "utf8")) as unknown, "");
    } else if (file.endsWith(".css")) {
      const css = fs.readFileSync(full, "utf8").replace(/\/\*[\s\S]*?\*\//g, "");
      for (const match of css.matchAll(/url\(\s*(['"]?)(.*?)\1\s*\)|@import\s+(['"])(.*?)\3/g)) {
        const ref = match[2] ?? match[4] ?? "";
        if (!ref.startsWith("data:")) check(file, ref, new URL(file, site));
      }
    } else if (file === "robots.txt") {
      for (const match of fs.readFileSync(full, "utf8").matchAll(/https?:\/\/\S+/g)) check(file, match[0], site);
    } else if (file === "_redirects") {
      for (const line of fs.readFileSync(full, "utf8").split("\n")) {
        const target = line.trim().split(/\s+/)[1];
        if (target && !line.trim().startsWith("#")) check(file, target, site);
      }
    }
  }
  return problems;
}

/** Every string inside a JSON value. */
function strings(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === "object") return Object.values(value).flatMap(strings);
  return [];
}
