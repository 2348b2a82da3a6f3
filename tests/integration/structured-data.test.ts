import * as cheerio from "cheerio";
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { ROOT, runCli, tempDir } from "../helpers/cli.ts";

const FIXTURE = path.join(ROOT, "tests/fixtures/archive");
let out: { dir: string; remove: () => void };

function page(url: string): cheerio.CheerioAPI {
  return cheerio.load(fs.readFileSync(path.join(out.dir, url, "index.html"), "utf8"));
}

/** Every JSON-LD object of a page, parsed as JSON. */
function jsonLd($: cheerio.CheerioAPI): Record<string, unknown>[] {
  return $('script[type="application/ld+json"]')
    .get()
    .map((el) => JSON.parse($(el).text()) as Record<string, unknown>);
}

beforeAll(async () => {
  out = tempDir("structured");
  const run = await runCli(["build", "--content", FIXTURE, "--output", out.dir, "--now", "2025-11-01"]);
  expect(run.code, run.stderr).toBe(0);
});

afterAll(() => out.remove());

describe("article metadata", () => {
  test("NewsArticle JSON-LD with dates, author, publisher, source, entities, quotes and corrections", () => {
    const [article, crumbs] = jsonLd(page("/2025/03/02/summit-in-seoul/"));
    expect(article).toMatchObject({
      "@context": "https://schema.org",
      "@type": "NewsArticle",
      headline: "Summit in Seoul ends without a deal",
      url: "https://fixture.example/2025/03/02/summit-in-seoul/",
      datePublished: "2025-03-02T05:00:00+09:00",
      dateModified: "2025-03-04T00:00:00+09:00",
      inLanguage: "en",
      author: [{ "@type": "Person", name: "Min-ji Park" }],
      publisher: { "@type": "Organization", name: "Fixture Gazette <Archive>", url: "https://fixture.example/" },
      isBasedOn: "https://korea-daily.example/summit",
    });
    expect((article!.about as { name: string }[]).map((t) => t.name)).toEqual(["Diplomacy", "Sanctions"]);
    expect((article!.mentions as { "@type": string; name: string }[]).map((t) => `${t["@type"]} ${t.name}`)).toEqual([
      "Person Lee Jae-myung",
      "Person Jens Stoltenberg",
      "Organization NATO",
      "Organization Korea Daily Group",
      "Place Seoul",
      "Place South Korea",
    ]);
    expect(article!.citation).toEqual([
      expect.objectContaining({ "@type": "Quotation", text: "We will keep talking.", creator: expect.objectContaining({ "@type": "Person", name: "Lee Jae-myung" }) }),
      expect.objectContaining({ "@type": "Quotation", text: "The alliance stands together.", creator: expect.objectContaining({ "@type": "Organization", name: "NATO", sameAs: ["https://www.nato.int/"] }) }),
    ]);
    expect(article!.correction).toEqual([
      { "@type": "CorrectionComment", text: "The aid figure was in dollars, not won.", datePublished: "2025-03-03T00:00:00+09:00" },
      { "@type": "CorrectionComment", text: "An earlier version misspelt the venue.", datePublished: "2025-03-04T00:00:00+09:00" },
    ]);
    expect(crumbs).toMatchObject({ "@type": "BreadcrumbList" });
    expect((crumbs!.itemListElement as { item: string }[]).map((i) => i.item)).toEqual([
      "https://fixture.example/",
      "https://fixture.example/archive/2025/03/",
      "https://fixture.example/2025/03/02/summit-in-seoul/",
    ]);
    expect((crumbs!.itemListElement as { name: string }[]).map((i) => i.name)).toEqual(["Fixture Gazette <Archive>", "March 2025", "Summit in Seoul ends without a deal"]);
  });

  test("Open Graph and Twitter tags", () => {
    const $ = page("/2025/03/02/summit-in-seoul/");
    const meta = (p: string) => $(`meta[property="${p}"]`).attr("content");
    expect(meta("og:type")).toBe("article");
    expect(meta("og:url")).toBe("https://fixture.example/2025/03/02/summit-in-seoul/");
    expect(meta("article:published_time")).toBe("2025-03-02T05:00:00+09:00");
    expect(meta("article:modified_time")).toBe("2025-03-04T00:00:00+09:00");
    expect($('meta[property="article:tag"]').map((_, el) => $(el).attr("content")).get()).toContain("Sanctions");
    expect($('meta[name="twitter:card"]').attr("content")).toBe("summary");
  });

  test("inline JSON escapes < so content cannot close the script element", () => {
    const raw = fs.readFileSync(path.join(out.dir, "2025/03/02/summit-in-seoul/index.html"), "utf8");
    const scripts = raw.match(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g) ?? [];
    expect(scripts.length).toBe(2);
    // The site title "Fixture Gazette <Archive>" is in the JSON as \u003c.
    expect(scripts.join("")).toContain("Fixture Gazette \\u003cArchive\\u003e");
    for (const script of scripts) expect(script.slice(35, -9)).not.toContain("<");
  });
});

describe("entity metadata", () => {
  test("CollectionPage about a Person with sameAs from wikidata, and breadcrumbs", () => {
    const [collection, crumbs] = jsonLd(page("/people/vladimir-putin/"));
    expect(collection).toMatchObject({
      "@type": "CollectionPage",
      url: "https://fixture.example/people/vladimir-putin/",
      about: { "@type": "Person", name: "Vladimir Putin", sameAs: ["https://www.wikidata.org/wiki/Q7747"] },
    });
    expect((crumbs!.itemListElement as { name: string }[]).map((i) => i.name)).toEqual(["Fixture Gazette <Archive>", "People", "Vladimir Putin"]);
  });

  test("places are Place, topics Thing", () => {
    expect(jsonLd(page("/places/seoul/"))[0]!.about).toMatchObject({ "@type": "Place" });
    expect(jsonLd(page("/topics/diplomacy/"))[0]!.about).toMatchObject({ "@type": "Thing" });
  });
});

describe("related articles", () => {
  test("shown on the article, rarest shared entities first", () => {
    const $ = page("/2025/03/02/summit-in-seoul/");
    expect($(".related-articles h3 a").map((_, el) => $(el).attr("href")).get()).toEqual([
      "/2025/03/05/sanctions-widen/",
      "/2025/10/25/hangul-and-quotes/",
      "/2025/03/07/putin-speaks/",
    ]);
  });
});

describe("redirects", () => {
  test("each redirectFrom path gets a page with a refresh and a canonical link", () => {
    for (const file of ["old/putin-speaks.html", "2025/03/putin/index.html"]) {
      const $ = cheerio.load(fs.readFileSync(path.join(out.dir, file), "utf8"));
      expect($('meta[http-equiv="refresh"]').attr("content")).toBe("0; url=/2025/03/07/putin-speaks/");
      expect($('link[rel="canonical"]').attr("href")).toBe("https://fixture.example/2025/03/07/putin-speaks/");
      expect($('meta[name="robots"]').attr("content")).toBe("noindex");
      expect($("a").attr("href")).toBe("/2025/03/07/putin-speaks/");
    }
  });

  test("and a _redirects file for hosts that read one", () => {
    expect(fs.readFileSync(path.join(out.dir, "_redirects"), "utf8")).toBe(
      "/old/putin-speaks.html /2025/03/07/putin-speaks/ 301\n/2025/03/putin /2025/03/07/putin-speaks/ 301\n",
    );
  });
});
