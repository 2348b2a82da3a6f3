import fs from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { lostPoints, pagesToAudit, scoreTable } from "../../bench/audit.ts";
import { tempDir } from "../helpers/cli.ts";

const site = tempDir("audit");
afterAll(() => site.remove());

function page(url: string, bytes: number): void {
  fs.mkdirSync(path.join(site.dir, url), { recursive: true });
  fs.writeFileSync(path.join(site.dir, url, "index.html"), "x".repeat(bytes));
}

const category = (score: number | null, refs: { id: string; weight: number }[] = []) => ({ score, auditRefs: refs });

describe("the Lighthouse audit (bench/audit.ts)", () => {
  test("audits home, the largest article, the largest entity page (people first) and search", () => {
    page("", 10);
    page("2025/03/01/short", 10);
    page("2025/10/24/long", 50);
    page("people/ann", 20);
    page("people/bob", 30);
    page("people/bob/page/2", 90);
    page("places/russia", 99);
    page("search", 10);
    expect(pagesToAudit(site.dir)).toEqual([
      { label: "home", path: "/" },
      { label: "article", path: "/2025/10/24/long/" },
      { label: "entity", path: "/people/bob/" },
      { label: "search", path: "/search/" },
    ]);
  });

  test("prints the four category scores per page, and the audits that cost points", () => {
    const report = {
      finalDisplayedUrl: "http://127.0.0.1/",
      categories: {
        performance: category(0.99, [{ id: "first-contentful-paint", weight: 10 }, { id: "render-blocking-resources", weight: 0 }]),
        accessibility: category(1),
        "best-practices": category(1),
        seo: category(null),
      },
      audits: {
        "first-contentful-paint": { id: "first-contentful-paint", title: "First Contentful Paint", score: 0.9, scoreDisplayMode: "numeric", displayValue: "1.3 s" },
        "render-blocking-resources": { id: "render-blocking-resources", title: "Render-blocking", score: 0, scoreDisplayMode: "metricSavings" },
      },
    };
    expect(scoreTable([{ page: { label: "home", path: "/" }, report }]).split("\n")).toEqual([
      "| page     | performance | accessibility | best-practices | seo |",
      "|----------|------------:|--------------:|---------------:|----:|",
      "| home (/) |          99 |           100 |            100 |   – |",
    ]);
    expect(lostPoints(report)).toEqual(["performance: first-contentful-paint (score 90, weight 10) 1.3 s: First Contentful Paint"]);
  });
});
