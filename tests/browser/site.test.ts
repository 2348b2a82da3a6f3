import { createRequire } from "node:module";
import path from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { launchBrowser, type Browser } from "../helpers/browser.ts";
import { ROOT, runCli, tempDir } from "../helpers/cli.ts";
import { serveStatic, type StaticServer } from "../helpers/static-server.ts";

/**
 * The fixture archive in a real browser (Debian's headless Chromium, driven
 * by playwright-core): every page type loads cleanly, the keyboard reaches
 * the content, search works, and axe-core finds no WCAG 2.2 AA violation at
 * phone and desktop widths in light and dark mode. One build, one server and
 * one browser for the whole file.
 */

const FIXTURE = path.join(ROOT, "tests/fixtures/archive");

// The page functions below run in the browser. The project's TypeScript has
// no DOM library (it is Node code), so the little they use is declared here,
// in this module only.
interface InPageElement {
  id: string;
  textContent: string | null;
  getAttribute(name: string): string | null;
  getBoundingClientRect(): { left: number; top: number; right: number; width: number; height: number };
  contains(other: InPageElement | null): boolean;
}
declare const document: { activeElement: InPageElement | null; querySelector(selector: string): InPageElement | null };
declare const window: object;
declare const innerWidth: number;

interface PageType {
  name: string;
  path: string;
  status?: number;
  /** Brings the page into the state to check (search: a query with results). */
  prepare?: (page: Page) => Promise<void>;
}

const SEARCH_INPUT = ".pagefind-ui__search-input";
const RESULT_LINKS = ".pagefind-ui__result-link";

async function searchFor(page: Page, term: string): Promise<void> {
  await page.locator(SEARCH_INPUT).fill(term);
  await page.locator(RESULT_LINKS).first().waitFor();
}

const PAGES: PageType[] = [
  { name: "home", path: "/" },
  { name: "home page 2", path: "/page/2/" },
  { name: "article", path: "/2025/03/02/summit-in-seoul/" },
  { name: "article with a lead image", path: "/2025/10/24/museum/" },
  { name: "entity", path: "/people/keir-giles/" },
  { name: "entity page 2", path: "/places/russia/page/2/" },
  { name: "quotes", path: "/people/keir-giles/quotes/" },
  { name: "taxonomy index", path: "/people/" },
  { name: "archive index", path: "/archive/" },
  { name: "archive year", path: "/archive/2025/" },
  { name: "archive month", path: "/archive/2025/03/" },
  { name: "search", path: "/search/", prepare: (page) => searchFor(page, "the") },
  { name: "404", path: "/no-such-page/", status: 404 },
];

let site: { dir: string; remove: () => void };
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  site = tempDir("browser");
  const [build, launched] = await Promise.all([
    // Search parts of 2 articles: the search page searches 3 Pagefind indexes as one.
    runCli(["build", "--content", FIXTURE, "--output", site.dir, "--now", "2025-11-01", "--search-part-size", "2"]),
    launchBrowser(),
  ]);
  browser = launched;
  expect([build.code, build.stderr]).toEqual([0, ""]);
  server = await serveStatic(site.dir);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  site?.remove();
});

/** Goes to a page of the given type and (unless `prepare` is false) brings it into the state to check. */
async function visit(tab: Page, pageType: PageType, prepare = true): Promise<void> {
  const response = await tab.goto(server.origin + pageType.path);
  const status = response?.status();
  if (status !== (pageType.status ?? 200)) throw new Error(`${pageType.path}: HTTP status ${status}, expected ${pageType.status ?? 200}`);
  if (prepare) await pageType.prepare?.(tab);
}

/** Opens a page in a new tab, recording every console error, script error and failed request. */
async function open(pageType: PageType, prepare = true): Promise<{ page: Page; problems: string[] }> {
  const tab = await browser.context.newPage();
  const url = server.origin + pageType.path;
  const problems: string[] = [];
  const record = (problem: string) => problems.push(problem);
  tab.on("console", (message) => {
    // The 404 page's own status is logged as a failed resource: that one is expected.
    const own = message.location().url === url && pageType.status !== undefined;
    if (message.type() === "error" && !own) record(`console: ${message.text()}`);
  });
  tab.on("pageerror", (error) => record(`script error: ${error.message}`));
  tab.on("requestfailed", (request) => record(`request failed: ${request.url()} (${request.failure()?.errorText})`));
  tab.on("response", (response) => {
    if (response.status() >= 400 && response.url() !== url) record(`HTTP ${response.status()}: ${response.url()}`);
  });
  await visit(tab, pageType, prepare);
  return { page: tab, problems };
}

// Each test has its own tab, so these run side by side.
describe.concurrent("every page type", () => {
  test.for(PAGES)("$name ($path) loads with no console errors and no failed requests", async (pageType, { expect }) => {
    const { page, problems } = await open(pageType);
    // Static pages have fetched everything by "load"; the search page fetches Pagefind's files after it.
    if (pageType.prepare) await page.waitForLoadState("networkidle");
    expect(problems).toEqual([]);
    expect(await page.locator("main h1").count()).toBe(1);
    await page.close();
  });

  test("the 404 page is the site's own, served with status 404", async ({ expect }) => {
    const { page } = await open(PAGES.find((p) => p.name === "404")!);
    expect(await page.locator('meta[name="robots"]').getAttribute("content")).toBe("noindex");
    expect(await page.locator('main a[href="/"]').count()).toBeGreaterThan(0);
    await page.close();
  });
});

describe("keyboard", () => {
  test.each(PAGES)("$name: the first Tab reaches the skip link, which moves focus to the main content", async (pageType) => {
    const { page } = await open(pageType, false);
    await page.keyboard.press("Tab");
    const first = await page.evaluate(() => {
      const active = document.activeElement;
      const box = active?.getBoundingClientRect();
      return {
        href: active?.getAttribute("href"),
        text: active?.textContent,
        visible: box !== undefined && box.width > 0 && box.height > 0 && box.left >= 0 && box.top >= 0 && box.right <= innerWidth,
      };
    });
    expect(first).toEqual({ href: "#main", text: "Skip to content", visible: true });
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("main");
    // The next Tab continues inside the main content, past the header's links.
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.querySelector("main")?.contains(document.activeElement) ?? false)).toBe(true);
    await page.close();
  });
});

describe("search page", () => {
  let page: Page;
  let problems: string[];
  const results = () => page.locator(RESULT_LINKS).evaluateAll((links) => links.map((a) => a.getAttribute("href")));

  beforeAll(async () => {
    ({ page, problems } = await open(PAGES.find((p) => p.name === "search")!));
  });

  afterAll(async () => {
    await page.close();
  });

  test("a query typed into the search box finds the article that has the word", async () => {
    await searchFor(page, "tankers");
    await expect.poll(results).toEqual(["/2025/03/05/sanctions-widen/"]);
    expect(await page.locator(".pagefind-ui__message").textContent()).toBe("1 result for tankers");
  });

  test("a person filter narrows the results to that person's articles", async () => {
    await searchFor(page, "the");
    // Best match first across parts compares scores from each part's own word statistics: the set is what counts here.
    await expect.poll(async () => (await results()).toSorted()).toEqual(["/2025/03/05/sanctions-widen/", "/2025/03/07/putin-speaks/", "/2025/10/24/museum/"]);
    await page.locator(".pagefind-ui__filter-name", { hasText: "People" }).click();
    await page.getByLabel("Keir Giles").check();
    await expect.poll(results).toEqual(["/2025/10/24/museum/"]);
    await page.getByLabel("Keir Giles").uncheck();
    await expect.poll(results).toHaveLength(3);
  });

  test("the order control sorts the results newest or oldest first, keeping the query", async () => {
    await searchFor(page, "a");
    const newest = ["/2025/10/24/museum/", "/2025/03/05/sanctions-widen/", "/2025/03/02/summit-in-seoul/"];
    const order = page.getByLabel("Order of results");
    await expect.poll(results).toEqual(expect.arrayContaining(newest));
    await order.selectOption({ label: "Oldest first" });
    await expect.poll(results).toEqual(newest.toReversed());
    await order.selectOption({ label: "Newest first" });
    await expect.poll(results).toEqual(newest);
    expect(await page.locator(SEARCH_INPUT).inputValue()).toBe("a");
  });

  test("a checked filter survives a change of order", async () => {
    await searchFor(page, "the");
    await page.locator(".pagefind-ui__filter-name", { hasText: "People" }).click();
    await page.getByLabel("Keir Giles").check();
    await expect.poll(results).toEqual(["/2025/10/24/museum/"]);
    await page.getByLabel("Order of results").selectOption({ label: "Oldest first" });
    await expect.poll(results).toEqual(["/2025/10/24/museum/"]);
    await page.locator(".pagefind-ui__filter-name", { hasText: "People" }).click();
    expect(await page.getByLabel("Keir Giles").isChecked()).toBe(true);
  });

  test("through all of the above, no console error, script error or failed request", () => {
    expect(problems).toEqual([]);
  });
});

const AXE = createRequire(import.meta.url).resolve("axe-core/axe.min.js");
const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

interface Violation {
  id: string;
  impact: string | null | undefined;
  help: string;
  targets: string[];
}

/** axe-core's violations on the page as it is now, with the tags above. */
async function axeViolations(page: Page): Promise<Violation[]> {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async (tags) => {
    const { axe } = window as unknown as { axe: typeof import("axe-core") };
    const results = await axe.run({ runOnly: { type: "tag", values: tags }, resultTypes: ["violations"] });
    return results.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(" ")) }));
  }, WCAG_TAGS);
}

function report(where: string, violations: Violation[]): string {
  return violations
    .map((v) => `${where}: ${v.id} (${v.impact}): ${v.help}\n${v.targets.map((t) => `    ${t}`).join("\n")}`)
    .join("\n");
}

// Each test has its own tab, so these run side by side.
describe.concurrent.each([
  { width: 375, height: 812, colorScheme: "light" as const },
  { width: 375, height: 812, colorScheme: "dark" as const },
  { width: 1280, height: 800, colorScheme: "light" as const },
  { width: 1280, height: 800, colorScheme: "dark" as const },
])("accessibility (axe-core, WCAG 2.2 AA) at $width px, $colorScheme", ({ width, height, colorScheme }) => {
  test.for(PAGES)("$name ($path)", async (pageType, { expect }) => {
    const page = await browser.context.newPage();
    let violations: Violation[];
    try {
      await page.setViewportSize({ width, height });
      await page.emulateMedia({ colorScheme });
      await visit(page, pageType);
      violations = await axeViolations(page);
    } finally {
      await page.close();
    }
    const where = `${pageType.path} at ${width} px, ${colorScheme}`;
    if (violations.length > 0) console.error(report(where, violations));
    expect(violations.map((v) => `${v.id} (${v.impact}): ${v.targets.join(", ")}`), where).toEqual([]);
  });
});
