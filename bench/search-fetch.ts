/**
 * What a reader's browser fetches for searches on a built site:
 *
 *   npx tsx bench/search-fetch.ts SITE_DIR TERM [TERM …]
 *
 * Serves SITE_DIR as a host would (text gzipped; Pagefind's own files are
 * compressed already), opens /search/ in headless Chromium, types each term
 * in turn and waits for its result count; then prints the bytes and
 * requests each step took (the page's and Pagefind's web workers' alike),
 * grouped by file kind (`part-N/` and content hashes folded). Used for the
 * measurements in docs/search.md.
 */
import type { Response } from "playwright-core";
import { launchBrowser } from "../tests/helpers/browser.ts";
import { serveStatic } from "../tests/helpers/static-server.ts";

/** The one DOM call made inside the page (the project is typed without the DOM library). */
declare const document: { querySelector(selector: string): { textContent: string | null } | null };

const [site, ...terms] = process.argv.slice(2);
if (!site || terms.length === 0) {
  console.error("Usage: npx tsx bench/search-fetch.ts SITE_DIR TERM [TERM …]");
  process.exit(2);
}

const server = await serveStatic(site);
const browser = await launchBrowser();
try {
  const page = await browser.context.newPage();
  let fetched: { kind: string; bytes: number }[] = [];
  const record = (response: Response) => {
    const kind = new URL(response.url()).pathname.replace(/part-\d+\//, "part-N/").replace(/([._])[0-9a-f]{6,}(?=\.)/g, "$1#");
    fetched.push({ kind, bytes: Number(response.headers()["content-length"] ?? 0) });
  };
  page.on("response", record);
  const report = (step: string) => {
    const total = fetched.reduce((sum, f) => sum + f.bytes, 0);
    console.log(`${step}: ${total.toLocaleString("en")} bytes in ${fetched.length} requests`);
    const byKind = new Map<string, { bytes: number; count: number }>();
    for (const f of fetched) {
      const entry = byKind.get(f.kind) ?? { bytes: 0, count: 0 };
      entry.bytes += f.bytes;
      entry.count += 1;
      byKind.set(f.kind, entry);
    }
    for (const [kind, { bytes, count }] of [...byKind].sort((a, b) => b[1].bytes - a[1].bytes)) {
      console.log(`  ${bytes.toLocaleString("en").padStart(10)}  ${count} × ${kind}`);
    }
    fetched = [];
  };
  await page.goto(`${server.origin}/search/`, { waitUntil: "networkidle" });
  report("opening /search/");
  for (const term of terms) {
    const started = performance.now();
    await page.locator(".pagefind-ui__search-input").fill(term);
    // The UI's message reads "N results for TERM" once the search is done ("Searching for TERM..." before).
    await page.waitForFunction(
      (t) => {
        const message = document.querySelector(".pagefind-ui__message")?.textContent ?? "";
        return /^[\d,]+ results? for /.test(message) && message.endsWith(` for ${t}`);
      },
      term,
      { timeout: 60_000 },
    );
    const shown = Math.round(performance.now() - started);
    await page.waitForLoadState("networkidle");
    const message = await page.locator(".pagefind-ui__message").textContent();
    report(`"${term}" (${message}, shown after ${shown} ms)`);
  }
} finally {
  await browser.close();
  await server.close();
}
