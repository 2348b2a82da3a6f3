import { describe, expect, test } from "vitest";
import { changedPages, pageSignatures, signatureOf } from "../../src/views/changed-pages.ts";
import { SiteViews } from "../../src/views/site-views.ts";
import { article, archiveOf } from "../helpers/archive.ts";

const SITE = JSON.stringify({ title: "T", url: "https://t.example/", timeZone: "UTC", pageSize: 2 });

/** Six articles, a-f on January 1-6; Ann is in a, b, c; Bo in d; all share the source S. */
function files(overrides: Record<string, string> = {}): Record<string, string> {
  const base: Record<string, string> = { "site.json": SITE };
  "abcdef".split("").forEach((letter, i) => {
    const people = i < 3 ? "[Ann]" : i === 3 ? "[Bo]" : "[]";
    base[`articles/${letter}.md`] = article(`title: ${letter.toUpperCase()}\ndate: 2025-01-0${i + 1}\nsource: S\npeople: ${people}`);
  });
  return { ...base, ...overrides };
}

function rendered(before: Record<string, string>, after: Record<string, string>, changed: string[]) {
  const old = new SiteViews(archiveOf(before));
  const next = new SiteViews(archiveOf(after));
  const changes = changedPages(pageSignatures(old), old, next, new Set(changed));
  const urls = Object.values(changes.render.pages)
    .flat()
    .map((ref) => ref.url);
  return { urls, changes, next };
}

/** Pages every edit renders: they show counts or every article (indexes) or are single files. */
const ALWAYS = ["/people/", "/organisations/", "/topics/", "/places/", "/sources/", "/archive/", "/archive/2025/", "/search/", "/_redirects", "/404.html", "/robots.txt"];

describe("pages an edit changes", () => {
  test("a title edit: the article, the lists that show it, its entities' first pages and feeds; not the others", () => {
    const edited = files({ "articles/b.md": article("title: B (corrected)\ndate: 2025-01-02\nsource: S\npeople: [Ann]") });
    const { urls, changes } = rendered(files(), edited, ["articles/b.md"]);
    const articlePage = /^\/2025\/01\/0\d\/[a-f]\/$/;
    const pages = urls.filter((u) => !ALWAYS.includes(u) && !u.startsWith("/assets/") && u !== "/favicon.svg" && (!articlePage.test(u) || u === "/2025/01/02/b/"));
    expect(pages.toSorted()).toEqual(
      [
        "/2025/01/02/b/",
        // The site feeds hold the 20 newest.
        "/feed.xml",
        "/feed.json",
        // Home: newest first, two a page: f e | d c | b a.
        "/page/3/",
        "/archive/2025/01/",
        // Ann: c b | a. Her first page shows b and her quotes.
        "/people/ann/",
        "/people/ann/feed.xml",
        // S: f e | d c | b a, and its first page.
        "/sources/s/",
        "/sources/s/page/3/",
        "/sources/s/feed.xml",
      ].toSorted(),
    );
    expect(urls).not.toContain("/people/bo/");
    expect(urls).not.toContain("/");
    expect(changes.removed).toEqual([]);
  });

  test("the sitemap only when a URL or a last change it lists changes", () => {
    const retitled = files({ "articles/b.md": article("title: B (corrected)\ndate: 2025-01-02\nsource: S\npeople: [Ann]") });
    expect(rendered(files(), retitled, ["articles/b.md"]).urls).not.toContain("/sitemap.xml");
    // A later `updated` is the article's last change, and of every list showing it.
    const updated = files({ "articles/b.md": article("title: B\ndate: 2025-01-02\nupdated: 2025-02-01\nsource: S\npeople: [Ann]") });
    expect(rendered(files(), updated, ["articles/b.md"]).urls).toContain("/sitemap.xml");
    const added = files({ "articles/g.md": article("title: G\ndate: 2025-01-07\nsource: S\npeople: [Bo]") });
    expect(rendered(files(), added, ["articles/g.md"]).urls).toContain("/sitemap.xml");
    const without = files();
    delete without["articles/f.md"];
    expect(rendered(files(), without, ["articles/f.md"]).urls).toContain("/sitemap.xml");
  });

  test("the pages of the edited article's most related articles, which show it as related", () => {
    // A and C share Ann and the source with B; Z shares nothing with it.
    const more = files({ "articles/z.md": article("title: Z\ndate: 2025-01-08\nsource: T\npeople: [Zed]") });
    const edited = { ...more, "articles/b.md": article("title: B2\ndate: 2025-01-02\nsource: S\npeople: [Ann]") };
    const { urls } = rendered(more, edited, ["articles/b.md"]);
    expect(urls).toEqual(expect.arrayContaining(["/2025/01/02/b/", "/2025/01/01/a/", "/2025/01/03/c/"]));
    expect(urls).not.toContain("/2025/01/08/z/");
  });

  test("a new article shifts every home page and every page of its entities after it", () => {
    const added = files({ "articles/g.md": article("title: G\ndate: 2025-01-07\nsource: S\npeople: [Bo]") });
    const { urls } = rendered(files(), added, ["articles/g.md"]);
    expect(urls).toEqual(expect.arrayContaining(["/2025/01/07/g/", "/", "/page/2/", "/page/3/", "/page/4/", "/people/bo/", "/sources/s/page/4/"]));
    expect(urls).not.toContain("/people/ann/");
  });

  test("a deleted article's page is removed and the lists that showed it are rendered again", () => {
    const without = files();
    delete without["articles/a.md"];
    const { urls, changes } = rendered(files(), without, ["articles/a.md"]);
    // Ann keeps two articles (one page); home and S keep three pages of five articles.
    expect(changes.removed.toSorted()).toEqual(["2025/01/01/a/index.html", "people/ann/page/2/index.html"]);
    expect(urls).toEqual(expect.arrayContaining(["/people/ann/", "/page/3/", "/sources/s/page/3/"]));
  });

  test("moving an article to another person renders both people's first pages", () => {
    const moved = files({ "articles/d.md": article("title: D\ndate: 2025-01-04\nsource: S\npeople: [Cy]") });
    const { urls, changes } = rendered(files(), moved, ["articles/d.md"]);
    expect(urls).toEqual(expect.arrayContaining(["/people/cy/", "/2025/01/04/d/"]));
    expect(changes.removed).toEqual(["people/bo/index.html", "people/bo/feed.xml"]);
  });

  test("signatures of the result are what the next edit is compared with", () => {
    const edited = files({ "articles/b.md": article("title: B2\ndate: 2025-01-02\nsource: S\npeople: [Ann]") });
    const { changes, next } = rendered(files(), edited, ["articles/b.md"]);
    expect(changes.signatures).toEqual(pageSignatures(next));
  });

  test("a signature tells apart what a page shows however its lists split", () => {
    const [a, b] = new SiteViews(archiveOf(files())).context.archive.articles;
    const signatures = [
      signatureOf({ articles: [a!] }),
      signatureOf({ articles: [a!, b!] }),
      signatureOf({ articles: [a!], links: [b!.url] }),
      signatureOf({ articles: [a!], shows: [b!.url] }),
      signatureOf({ articles: [a!], links: [""] }),
      signatureOf({ articles: [a!], shows: [""] }),
      signatureOf({ articles: [a!], links: ["", ""] }),
      signatureOf({ articles: [a!], links: [""], shows: [""] }),
    ].map((s) => JSON.stringify(s));
    expect(new Set(signatures).size).toBe(signatures.length);
    expect(signatureOf({ articles: [a!], links: ["/x/"] })).toEqual(signatureOf({ articles: [a!], links: ["/x/"] }));
  });
});
