import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { listFiles, ROOT, runCli, tempDir } from "../helpers/cli.ts";
import { writeFiles } from "../helpers/content-folder.ts";
import { checkLinks } from "../helpers/links.ts";

const FIXTURE = path.join(ROOT, "tests/fixtures/archive");
const SITE_URL = (JSON.parse(fs.readFileSync(path.join(FIXTURE, "site.json"), "utf8")) as { url: string }).url;

let out: { dir: string; remove: () => void };

beforeAll(async () => {
  out = tempDir("links");
  const run = await runCli(["build", "--content", FIXTURE, "--output", out.dir, "--now", "2025-11-01"]);
  expect(run.code, run.stderr).toBe(0);
});

afterAll(() => out.remove());

describe("links of the fixture archive's build", () => {
  test("every internal URL of every page, feed, sitemap, stylesheet and redirect resolves to a file, every fragment to an id", () => {
    expect(checkLinks(out.dir, SITE_URL)).toEqual([]);
  });

  test("the check covers every kind of page and file it should", () => {
    // Guards the checker's reach: if one of these stops being written, the test above checks less.
    const files = listFiles(out.dir);
    for (const file of ["404.html", "old/putin-speaks.html", "search/index.html", "feed.xml", "feed.json", "sitemap.xml", "robots.txt", "_redirects"]) {
      expect(files, file).toContain(file);
    }
    expect(files.some((f) => /^images\/.+\.avif$/.test(f))).toBe(true);
  });
});

describe("the link checker itself", () => {
  test("reports missing files, fragments, folders without a slash and path-relative links on the 404 page", () => {
    const site = tempDir("links-self");
    try {
      writeFiles(site.dir, {
        "index.html": `<!doctype html><html><head><link rel="stylesheet" href="/assets/a.css"><meta property="og:image" content="https://x.example/missing.png">
<script type="application/ld+json">{"url":"https://x.example/gone/#node"}</script></head><body id="top-of-page">
<a href="/ok/">ok</a> <a href="/ok/#here">ok</a> <a href="#top-of-page">ok</a> <a href="https://elsewhere.example/x">external</a> <a href="mailto:a@b.example">mail</a>
<a href="/ok">no slash</a> <a href="/ok/#nowhere">bad fragment</a> <a href="ok/x.html">relative</a>
<img src="/i.png" srcset="/i.png 1x, /i2.png 2x" alt=""></body></html>`,
        "ok/index.html": `<!doctype html><p id="here">here</p>`,
        "404.html": `<!doctype html><meta http-equiv="refresh" content="5; url='/nope/'"><a href="ok/">relative</a>`,
        "assets/a.css": `body { background: url("../fonts/missing.woff2"); } /* url(/commented-out.png) */`,
        "i.png": "",
        "feed.xml": `<feed><link href="https://x.example/ok/"/><id>https://x.example/old/</id><content type="html">&lt;a href="https://x.example/ok/#gone"&gt;x&lt;/a&gt;</content></feed>`,
        "feed.json": JSON.stringify({ home_page_url: "https://x.example/", items: [{ url: "https://x.example/feed/", content_html: '<img src="https://x.example/i3.png">' }] }),
        "_redirects": "/before /after/ 301\n",
      });
      expect(checkLinks(site.dir, "https://x.example").sort()).toEqual(
        [
          "404.html: /nope/ -> no file nope/index.html",
          "404.html: ok/ is path-relative on a page served at other URLs",
          "_redirects: /after/ -> no file after/index.html",
          "assets/a.css: ../fonts/missing.woff2 -> no file fonts/missing.woff2",
          "feed.json: https://x.example/feed/ -> no file feed/index.html",
          "feed.json: https://x.example/i3.png -> no file i3.png",
          "feed.xml: https://x.example/old/ -> no file old/index.html",
          "feed.xml: https://x.example/ok/#gone -> no id \"gone\" in ok/index.html",
          "index.html: /i2.png -> no file i2.png",
          "index.html: /ok -> no file ok",
          "index.html: /ok/#nowhere -> no id \"nowhere\" in ok/index.html",
          "index.html: https://x.example/gone/#node -> no file gone/index.html",
          "index.html: https://x.example/missing.png -> no file missing.png",
          "index.html: ok/x.html -> no file ok/x.html",
        ].sort(),
      );
    } finally {
      site.remove();
    }
  });
});
