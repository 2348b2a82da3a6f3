import * as cheerio from "cheerio";
import { parseAtomFeed, parseJsonFeed } from "feedsmith";
import { describe, expect, test, vi } from "vitest";
import { validateXML } from "xmllint-wasm";
import { atomFeed, feedFile, jsonFeed } from "../../layouts/pages/feeds.ts";
import { escapeXml, xml } from "../../layouts/xml.ts";
import { renderMarkdown } from "../../src/markdown/markdown.ts";
import { EMPTY_FEED_UPDATED, ENTITY_FEED_ENTRIES, FEED_ENTRIES, keepFeedHtmlUpTo, type FeedRef, type FeedView } from "../../src/views/feeds.ts";
import { SiteViews } from "../../src/views/site-views.ts";
import { article, archiveOf } from "../helpers/archive.ts";

// Counts the renders feeds ask for (the real renderer does the work).
vi.mock("../../src/markdown/markdown.ts", async (importOriginal) => {
  const actual = await importOriginal<typeof import("../../src/markdown/markdown.ts")>();
  return { ...actual, renderMarkdown: vi.fn(actual.renderMarkdown) };
});

const SITE = JSON.stringify({ title: "T <&>", url: "https://t.example/news/", timeZone: "UTC", language: "en", description: "About T", pageSize: 2 });

function views(files: Record<string, string>): SiteViews {
  return new SiteViews(archiveOf({ "site.json": SITE, ...files }));
}

function feed(v: SiteViews, url: string): FeedView {
  const ref = v.pages.feed.find((r: FeedRef) => r.url === url);
  if (!ref) throw new Error(`no feed at ${url}: ${v.pages.feed.map((r) => r.url).join(", ")}`);
  return v.view("feed", ref);
}

async function wellFormed(text: string): Promise<string[]> {
  const result = await validateXML({ xml: [{ fileName: "feed.xml", contents: text }], normalization: "format" });
  return result.errors.map((e) => e.rawMessage);
}

/** 22 articles, one a day from 2025-01-01; the 5th was corrected last, the 1st (too old for the feed) later still. */
function dailyArchive(): Record<string, string> {
  const files: Record<string, string> = {};
  for (let day = 1; day <= 22; day++) {
    const dd = String(day).padStart(2, "0");
    const corrections =
      day === 5 ? "\ncorrections:\n  - { date: 2025-02-10T08:00Z, text: Fixed. }" : day === 1 ? "\ncorrections:\n  - { date: 2025-03-01, text: Late. }" : "";
    files[`articles/a${dd}.md`] = article(`title: Day ${day}\ndate: 2025-01-${dd}\nsource: Wire\ntopics: [Weather]${corrections}`);
  }
  return files;
}

describe("xml tagged template", () => {
  test("escapes the five characters in text and attributes", () => {
    const evil = `<script>alert("x")</script> & 'y'`;
    expect(xml`<a title="${evil}">${evil}</a>`.value).toBe(
      "<a title=\"&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &apos;y&apos;\">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &apos;y&apos;</a>",
    );
  });

  test("nested xml passes through, lists join, empty values vanish", () => {
    const items = ["a<b", "c"].map((x) => xml`<i>${x}</i>`);
    expect(xml`<l>${items}</l>${null}${undefined}${false}${0}`.value).toBe("<l><i>a&lt;b</i><i>c</i></l>0");
  });

  test("characters XML cannot hold become U+FFFD; tabs, newlines and astral characters stay", () => {
    expect(escapeXml("a\u0000b\u0008c\u001Fd\uFFFEe\uD800f")).toBe("a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\uFFFDf");
    expect(escapeXml("tab\tline\ncr\r😀 한")).toBe("tab\tline\ncr\r😀 한");
    // Markup with and without such characters: the two paths of escapeXml.
    expect(escapeXml("<p>😀\uDE00 & \uD83D</p>")).toBe("&lt;p&gt;😀\uFFFD &amp; \uFFFD&lt;/p&gt;");
    expect(escapeXml("<p>😀 & 한</p>")).toBe("&lt;p&gt;😀 &amp; 한&lt;/p&gt;");
  });
});

describe("site feeds", () => {
  const v = views(dailyArchive());

  test("the site's Atom and JSON feeds, then one Atom feed per entity, the entity named last first (ties by URL)", () => {
    expect(v.pages.feed.map((r) => `${r.url} ${r.format}`)).toEqual(["/feed.xml atom", "/feed.json json", "/sources/wire/feed.xml atom", "/topics/weather/feed.xml atom"]);
    const named = views({
      "articles/a.md": article("title: A\ndate: 2025-01-01\nsource: Wire\npeople: [Old]"),
      "articles/b.md": article("title: B\ndate: 2025-01-03\nsource: Wire\npeople: [New]"),
      "articles/c.md": article("title: C\ndate: 2025-01-02\nsource: Post\npeople: [Old]"),
    });
    expect(named.pages.feed.slice(2).map((r) => r.url)).toEqual(["/people/new/feed.xml", "/sources/wire/feed.xml", "/people/old/feed.xml", "/sources/post/feed.xml"]);
  });

  test(`an entity's feed holds its newest ${ENTITY_FEED_ENTRIES}, the site feeds ${FEED_ENTRIES}`, () => {
    const weather = feed(v, "/topics/weather/feed.xml");
    expect(weather.entries).toHaveLength(ENTITY_FEED_ENTRIES);
    expect(weather.entries[0]!.title).toBe("Day 22");
    expect(ENTITY_FEED_ENTRIES).toBeLessThan(FEED_ENTRIES);
  });

  test(`the newest ${FEED_ENTRIES} articles, newest first, whatever the page size`, () => {
    const view = feed(v, "/feed.xml");
    expect(view.entries).toHaveLength(FEED_ENTRIES);
    expect(view.entries[0]!.title).toBe("Day 22");
    expect(view.entries.at(-1)!.title).toBe("Day 3");
  });

  test("absolute URLs from site.url; entry updated is lastModified; the feed's is the newest entry's", () => {
    const view = feed(v, "/feed.xml");
    expect(view).toMatchObject({ feedUrl: "https://t.example/news/feed.xml", homeUrl: "https://t.example/news/", title: "T <&>", lang: "en" });
    const day5 = view.entries.find((e) => e.title === "Day 5")!;
    expect(day5).toMatchObject({ url: "https://t.example/news/2025/01/05/a05/", published: "2025-01-05T00:00:00Z", updated: "2025-02-10T08:00:00Z" });
    // Day 1's later correction is not in the feed, so it does not date it.
    expect(view.updated).toBe("2025-02-10T08:00:00Z");
  });

  test("author is the source's name without a reporter; categories are the entities with their index as scheme", () => {
    const entry = feed(v, "/feed.xml").entries[0]!;
    expect(entry.authors).toEqual(["Wire"]);
    expect(entry.categories).toEqual([
      { term: "Weather", scheme: "https://t.example/news/topics/" },
      { term: "Wire", scheme: "https://t.example/news/sources/" },
    ]);
  });

  test("an archive with nothing published has empty, well-formed feeds with a fixed date", async () => {
    const empty = views({});
    const view = feed(empty, "/feed.xml");
    expect(view.entries).toEqual([]);
    expect(view.updated).toBe(EMPTY_FEED_UPDATED);
    expect(await wellFormed(atomFeed(view))).toEqual([]);
    expect(JSON.parse(jsonFeed(feed(empty, "/feed.json"))).items).toEqual([]);
  });
});

describe("entity feeds", () => {
  const v = views({
    "articles/a.md": article("title: A\ndate: 2025-01-01\nsource: { name: Wire, author: Ann Reporter }\npeople: [Bo]"),
    "articles/b.md": article("title: B\ndate: 2025-01-02\nsource: Wire\npeople: [Cy]"),
    "people/bo.md": "---\nname: Bo\ndescription: A person.\n---\n",
  });

  test("an entity's newest articles, linking its page", () => {
    const view = feed(v, "/people/bo/feed.xml");
    expect(view).toMatchObject({ title: "Bo – T <&>", description: "A person.", homeUrl: "https://t.example/news/people/bo/", feedUrl: "https://t.example/news/people/bo/feed.xml" });
    expect(view.entries.map((e) => e.title)).toEqual(["A"]);
    expect(view.entries[0]!.authors).toEqual(["Ann Reporter"]);
    expect(feed(v, "/people/cy/feed.xml").description).toBe("Articles naming Cy in T <&>.");
  });

  test("an entity page links its feed", () => {
    const page = v.view("entity", v.pages.entity.find((r) => r.url === "/people/bo/")!);
    expect(page.chrome.alternates.map((a) => a.href)).toEqual(["/feed.xml", "/feed.json", "/people/bo/feed.xml"]);
  });
});

describe("entry content", () => {
  const body = 'See [the profile](/people/bo/) and [the note](../../02/b/#x), ![map](map.png "Map").\n\nRaw <script>alert("x")</script> & more: [mail](mailto:a@t.example).';
  const v = views({
    "articles/a.md": article(
      `title: "Quotes \\"here\\" & <b>there</b>"\ndate: 2025-01-01T10:00\nupdated: 2025-01-03\nsource: Wire\npeople: [Bo]\ntopics: [Maps]\nlang: en-GB\ncorrections:\n  - { date: 2025-01-02, text: "Fixed <i>one</i>." }`,
      body,
    ),
  });

  test("the body is rendered for feeds once per build, however many feeds show it; then let go", () => {
    const build = views({ "articles/a.md": article("title: A\ndate: 2025-01-01\nsource: Wire\npeople: [Bo, Cy]\ntopics: [Maps]", "Hi.") });
    const feedRenders = () => vi.mocked(renderMarkdown).mock.calls.filter(([, options]) => options?.baseUrl);
    vi.mocked(renderMarkdown).mockClear();
    expect(build.pages.feed).toHaveLength(6);
    // In an order other than the list's, as Eleventy may build them.
    const views1 = build.pages.feed.toReversed().map((ref) => build.view("feed", ref));
    expect(feedRenders()).toEqual([["Hi.\n", { baseUrl: "https://t.example/news/2025/01/01/a/" }]]);
    // Every feed of the build has shown it: the memo no longer holds it, and a feed built again renders it again.
    build.view("feed", build.pages.feed[0]!);
    expect(feedRenders()).toHaveLength(2);
    expect(views1.every((f) => f.entries[0] === views1[0]!.entries[0])).toBe(true);
  });

  test("an article's page renders its feed entry's HTML from the same parse, kept until its first feed", () => {
    const files = { "articles/a.md": article("title: A\ndate: 2025-01-01\nsource: Wire\npeople: [Bo]", body) };
    const alone = views(files);
    const expected = alone.view("feed", alone.pages.feed[0]!).entries[0]!.bodyHtml;
    const build = views(files);
    vi.mocked(renderMarkdown).mockClear();
    const page = build.view("article", build.pages.article[0]!);
    const entries = build.pages.feed.map((ref) => build.view("feed", ref).entries[0]!);
    expect(vi.mocked(renderMarkdown).mock.calls).toEqual([]);
    expect(entries.map((e) => e.bodyHtml)).toEqual(entries.map(() => expected));
    expect(page.bodyHtml).toBe(renderMarkdown(body));
    expect(page.bodyHtml).not.toBe(expected);
    // Once the entry is built, the page renders alone: nothing more is kept for feeds.
    vi.mocked(renderMarkdown).mockClear();
    expect(build.view("article", build.pages.article[0]!).bodyHtml).toBe(page.bodyHtml);
    expect(vi.mocked(renderMarkdown).mock.calls).toEqual([[`${body}\n`]]);
  });

  test("past the budget for kept feed HTML, the page renders alone and the entry parses the body again: the same entry", () => {
    const files = { "articles/a.md": article("title: A\ndate: 2025-01-01\nsource: Wire\npeople: [Bo]", body) };
    const alone = views(files);
    const expected = alone.view("feed", alone.pages.feed[0]!).entries[0]!.bodyHtml;
    const build = views(files);
    keepFeedHtmlUpTo(build.context, 0);
    vi.mocked(renderMarkdown).mockClear();
    const page = build.view("article", build.pages.article[0]!);
    expect(vi.mocked(renderMarkdown).mock.calls).toEqual([[`${body}\n`]]);
    const entries = build.pages.feed.map((ref) => build.view("feed", ref).entries[0]!);
    expect(vi.mocked(renderMarkdown).mock.calls).toEqual([[`${body}\n`], [`${body}\n`, { baseUrl: "https://t.example/news/2025/01/01/a/" }]]);
    expect(entries.map((e) => e.bodyHtml)).toEqual(entries.map(() => expected));
    expect(page.bodyHtml).toBe(renderMarkdown(body));
  });

  test("feed HTML kept counts against the budget until its entry is built, then frees it for the next page", () => {
    const files = Object.fromEntries(
      ["a", "b", "c"].map((name, i) => [`articles/${name}.md`, article(`title: ${name}\ndate: 2025-01-0${i + 1}\nsource: Wire\npeople: [${name}-person]`, "Hi.")]),
    );
    const build = views(files);
    // One entry's HTML ("<p>Hi.</p>\n", 11 bytes) fits; a second (its Markdown is 4 bytes) would not.
    keepFeedHtmlUpTo(build.context, 12);
    const page = (url: string) => build.view("article", build.pages.article.find((ref) => ref.url.endsWith(`/${url}/`))!);
    const feedRenders = () => vi.mocked(renderMarkdown).mock.calls.filter(([, options]) => options?.baseUrl).map(([, options]) => options!.baseUrl);
    vi.mocked(renderMarkdown).mockClear();
    page("a"); // kept
    page("b"); // over the budget: parsed again for its entry
    feed(build, "/people/a-person/feed.xml"); // a's entry built: its HTML let go
    page("c"); // kept, in the room a left
    expect(feedRenders()).toEqual([]);
    for (const ref of build.pages.feed.filter((r) => r.url !== "/people/a-person/feed.xml")) build.view("feed", ref);
    expect(feedRenders()).toEqual(["https://t.example/news/2025/01/02/b/"]);
  });

  test("relative links and images in the body become absolute; mailto: stays", () => {
    const entry = feed(v, "/feed.xml").entries[0]!;
    // Resolved as a browser resolves it on the article's page: a root-relative path is from the host.
    expect(entry.bodyHtml).toContain('<a href="https://t.example/people/bo/">the profile</a>');
    expect(entry.bodyHtml).toContain('<a href="https://t.example/news/2025/01/02/b/#x">the note</a>');
    expect(entry.bodyHtml).toContain('<img src="https://t.example/news/2025/01/01/a/map.png" alt="map" title="Map">');
    expect(entry.bodyHtml).toContain('<a href="mailto:a@t.example">mail</a>');
  });

  test("Atom: well-formed, text escaped once, HTML content escaped as text, no markup from the body", async () => {
    const text = String(feedFile(feed(v, "/feed.xml")));
    expect(await wellFormed(text)).toEqual([]);
    const parsed = parseAtomFeed(text);
    expect(parsed.title?.value).toBe("T <&>");
    const entry = parsed.entries![0]!;
    expect(entry.title?.value).toBe('Quotes "here" & <b>there</b>');
    expect(entry.updated).toBe("2025-01-03T00:00:00Z");
    expect(entry.published).toBe("2025-01-01T10:00:00Z");
    expect(entry.content?.type).toBe("html");
    const $ = cheerio.load(entry.content!.value!);
    expect($("script")).toHaveLength(0);
    expect($("p").eq(1).text()).toBe("Raw <script>alert(“x”)</script> & more: mail.");
    expect($("h2").text()).toBe("Corrections");
    expect($("li").text()).toBe("2 January 2025: Fixed <i>one</i>.");
    expect($("i")).toHaveLength(0);
    // The entry's language differs from the feed's.
    expect(cheerio.load(text, { xml: true })("entry").attr("xml:lang")).toBe("en-GB");
  });

  test("JSON Feed 1.1: version, absolute URLs, raw HTML in content_html, dates, tags, language", () => {
    const text = String(feedFile(feed(v, "/feed.json")));
    const data = JSON.parse(text) as Record<string, unknown> & { items: Record<string, unknown>[] };
    expect(data).toMatchObject({ version: "https://jsonfeed.org/version/1.1", title: "T <&>", home_page_url: "https://t.example/news/", feed_url: "https://t.example/news/feed.json", language: "en" });
    expect(data.items[0]).toMatchObject({
      id: "https://t.example/news/2025/01/01/a/",
      url: "https://t.example/news/2025/01/01/a/",
      title: 'Quotes "here" & <b>there</b>',
      date_published: "2025-01-01T10:00:00Z",
      date_modified: "2025-01-03T00:00:00Z",
      authors: [{ name: "Wire" }],
      tags: ["Bo", "Maps", "Wire"],
      language: "en-GB",
    });
    expect(data.items[0]!.content_html).toContain('<img src="https://t.example/news/2025/01/01/a/map.png"');
    expect(parseJsonFeed(text).items?.[0]?.content_html).toContain("&lt;script&gt;");
  });
});
