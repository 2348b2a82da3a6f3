import { utf8Bytes, utf8Text } from "../parse/utf8.ts";
import { renderMarkdown, renderPageAndFeedHtml } from "../markdown/markdown.ts";
import { newestChange } from "../model/queries.ts";
import type { Article, Entity } from "../model/types.ts";
import { LISTED_TAXONOMIES, TAXONOMIES } from "../schema/article.ts";
import { SITE_FEEDS } from "./chrome.ts";
import type { SiteContext } from "./context.ts";
import { formatDate, isoDateTime, type TimeView } from "./format.ts";
import { PAGE_UNIT_BYTES, pageKind, type PageRef } from "./page-kind.ts";
import type { AlternateLink } from "./types.ts";

/**
 * The feeds: `/feed.xml` (Atom 1.0) and `/feed.json` (JSON Feed 1.1) with
 * the site's newest articles, and an Atom feed of every entity's newest
 * articles at `<entity URL>feed.xml`.
 *
 * A site feed holds the newest `FEED_ENTRIES` articles by publication date,
 * not `pageSize`: that is how many a reader polling now and then should not
 * miss, whatever the listing pages' length. An entity feed holds the newest
 * `ENTITY_FEED_ENTRIES`: an entity gains articles more slowly than the site,
 * and its feeds, one per entity, are most of the site's bytes (at 10,000
 * articles, 20 full-content entries made 290 MB of feeds; 10 make half). Every URL is absolute, from `site.url`;
 * an entry's `updated` is the article's `lastModified` (latest of date,
 * `updated` and corrections), and the feed's is the newest entry's, so a
 * feed changes only when its content does.
 */
export const FEED_ENTRIES = 20;
export const ENTITY_FEED_ENTRIES = 10;

/** The `updated` of a feed with no entries (an archive with nothing published yet): fixed, never the clock. */
export const EMPTY_FEED_UPDATED = "1970-01-01T00:00:00Z";

export type FeedFormat = "atom" | "json";

export interface FeedRef extends PageRef {
  format: FeedFormat;
  /** An entity's feed; absent for the site's feeds. */
  entity?: Entity;
}

export interface FeedCategory {
  /** The entity's displayed name. */
  term: string;
  /** The absolute URL of its taxonomy's index (`https://…/people/`). */
  scheme: string;
}

export interface FeedEntryView {
  /** The article's absolute URL: its permanent id and its link. */
  url: string;
  title: string;
  /** Plain text. */
  summary: string;
  /** The body as HTML, with absolute links and image sources. */
  bodyHtml: string;
  corrections: { date: TimeView; text: string }[];
  /** RFC 3339 date-times, in the site's time zone. */
  published: string;
  updated: string;
  lang: string;
  /** The source's reporter, else the source's name. */
  authors: string[];
  categories: FeedCategory[];
}

export interface FeedView {
  format: FeedFormat;
  /** The feed's own absolute URL, also its Atom id. */
  feedUrl: string;
  /** The absolute URL of the HTML page the feed follows. */
  homeUrl: string;
  title: string;
  description?: string;
  lang: string;
  updated: string;
  /** Newest first. */
  entries: FeedEntryView[];
}

/**
 * Entity feeds in the order of their newest article, newest first (then by
 * URL). Feeds are rendered in list order, and a feed entry is kept from the
 * first feed that shows its article to the last (`feedEntry`): in this order
 * the feeds of an article's rare entities come close together (at 50,000
 * articles 390 MB of entries at most kept at once, against 480 MB in
 * taxonomy order). The order of the list changes nothing written.
 */
function byNewestEntry(refs: FeedRef[]): FeedRef[] {
  // Each feed's newest instant read once, not at every comparison (~0.14 s of every page plan at 50,000 articles).
  return refs
    .map((ref) => ({ ref, newest: ref.entity?.articles[0]?.date.at.toMillis() ?? 0 }))
    .sort((a, b) => b.newest - a.newest || (a.ref.url < b.ref.url ? -1 : a.ref.url > b.ref.url ? 1 : 0))
    .map(({ ref }) => ref);
}

/** An entity's Atom feed URL. */
export function entityFeedUrl(entity: Entity): string {
  return `${entity.url}feed.xml`;
}

/** The `<link rel="alternate">` of an entity's feed, on its pages. */
export function entityFeedLink(entity: Entity): AlternateLink {
  return { href: entityFeedUrl(entity), type: "application/atom+xml", title: `${entity.name} (Atom)` };
}

/** The site's two feeds, then one Atom feed per entity (`byNewestEntry`). */
export const feedKind = pageKind<FeedRef, FeedView>({
  list: ({ archive }) => [
    { url: SITE_FEEDS.atom, format: "atom" as const },
    { url: SITE_FEEDS.json, format: "json" as const },
    ...byNewestEntry(TAXONOMIES.flatMap((taxonomy) => archive.entities[taxonomy].map((entity) => ({ url: entityFeedUrl(entity), format: "atom" as const, entity })))),
  ],
  view: (ref, context) => feedView(ref, context),
  sitemap: false,
  weigh: (ref, context) => feedWeight(feedArticles(ref, context)),
  dependsOn: (ref, context) => ({ articles: feedArticles(ref, context) }),
});

/**
 * A feed's weight, from the bodies it holds: a feed file is 1.06-1.10 times
 * 1 KB plus each entry's body and 1.5 KB (measured over the entity feeds
 * of three corpora), and is held as text with its entries' bytes while
 * its batch renders, hence 1.2. An entity feed of the bench corpus weighs
 * about 4 at 10,000 articles (56 KB), one of articles twice as long about 6.7.
 */
export function feedWeight(articles: readonly Article[]): number {
  const bytes = articles.reduce((sum, article) => sum + article.body.byteLength + 1_500, 1_000);
  return (1.2 * bytes) / PAGE_UNIT_BYTES;
}

/** The articles a feed shows, newest first. */
function feedArticles({ entity }: FeedRef, { archive }: SiteContext): Article[] {
  return entity ? entity.articles.slice(0, ENTITY_FEED_ENTRIES) : archive.articles.slice(0, FEED_ENTRIES);
}

export function feedView(ref: FeedRef, context: SiteContext): FeedView {
  const { site } = context;
  const { entity } = ref;
  const articles = feedArticles(ref, context);
  const entries = articles.map((article) => feedEntry(article, context));
  const description = entity ? (entity.description ?? `Articles naming ${entity.name} in ${site.title}.`) : site.description;
  return {
    format: ref.format,
    feedUrl: context.absolute(ref.url),
    homeUrl: context.absolute(entity ? entity.url : "/"),
    title: entity ? `${entity.name} – ${site.title}` : site.title,
    ...(description ? { description } : {}),
    lang: site.language,
    updated: newestUpdate(articles),
    entries,
  };
}

function newestUpdate(articles: readonly Article[]): string {
  const newest = newestChange(articles);
  return newest ? isoDateTime(newest) : EMPTY_FEED_UPDATED;
}

/**
 * One article is in the site feed and in the feed of every entity it names:
 * its entry (its body rendered with absolute URLs, its dates formatted) is
 * built once per build, which saves rendering it again for each feed (about
 * 4 s at 10,000 articles), and let go once the last feed of the build that
 * shows it has taken it: kept to the end, the entries were ~215 MB of the
 * heap at 10,000 articles, five times that at 50,000.
 */
interface FeedMemo {
  /** How many of the build's feeds not yet built show the article. */
  left: number;
  entry?: FeedEntryView;
  /** The entry's body HTML, made with the article's page before the entry is built (`articleBodyHtml`). */
  bodyHtml?: Uint8Array;
}

/**
 * The most feed-entry HTML (UTF-8 bytes) article pages keep at once for the
 * feeds (`articleBodyHtml`); past it, an entry's body is parsed again when
 * its first feed is built (~0.13 ms). In the bench corpus the HTML of the
 * articles feeds show is ~55 MB at 10,000 articles (all kept) and ~290 MB
 * at 50,000 (a third kept).
 */
export const FEED_HTML_KEPT_BYTES = 96 * 2 ** 20;

/** Per build (context): per article feeds show, its memo; and the feed HTML kept (`FEED_HTML_KEPT_BYTES`). */
interface FeedMemos {
  byArticle: Map<Article, FeedMemo>;
  /** Bytes of `bodyHtml` kept in the memos now, and the most they may hold. */
  kept: number;
  keepAtMost: number;
}

const feedMemos = new WeakMap<SiteContext, FeedMemos>();

function memosOf(context: SiteContext): FeedMemos {
  let memos = feedMemos.get(context);
  if (!memos) {
    const byArticle = new Map<Article, FeedMemo>();
    for (const ref of context.pagesOf(feedKind)) {
      for (const article of feedArticles(ref, context)) {
        const memo = byArticle.get(article);
        if (memo) memo.left += 1;
        else byArticle.set(article, { left: 1 });
      }
    }
    memos = { byArticle, kept: 0, keepAtMost: FEED_HTML_KEPT_BYTES };
    feedMemos.set(context, memos);
  }
  return memos;
}

/** Sets how much feed HTML the article pages of `context`'s build keep at once (`FEED_HTML_KEPT_BYTES` by default): for tests. */
export function keepFeedHtmlUpTo(context: SiteContext, bytes: number): void {
  memosOf(context).keepAtMost = bytes;
}

function feedEntry(article: Article, context: SiteContext): FeedEntryView {
  const memos = memosOf(context);
  const memo = memos.byArticle.get(article) ?? { left: 1 };
  if (!memo.entry) {
    memo.entry = buildFeedEntry(article, context, memo.bodyHtml);
    memos.kept -= memo.bodyHtml?.byteLength ?? 0;
    delete memo.bodyHtml;
  }
  if (--memo.left <= 0) memos.byArticle.delete(article);
  return memo.entry;
}

/**
 * The body's HTML for the article's page. When a feed not yet built shows
 * the article, the HTML of its feed entry is made from the same parse and
 * kept (as UTF-8 bytes) until the entry is built, so that the body is not
 * parsed again for the feeds, while what is kept stays within
 * `FEED_HTML_KEPT_BYTES`. Article pages render before the feeds, so the
 * HTML of nearly every article waits for them: at 10,000 articles ~60 MB
 * (the build's peak without search 0.65 GB became 0.68 GB) for ~1 s less
 * CPU; at 50,000, all kept, the peak without search went from 1.53 to
 * 1.70 GB and the build from 70.5 s to 64.2 s, and with search the peak
 * passed 2 GB: 2,045 MB all kept, 1,877 MB with the budget, for 2.8 s more
 * CPU (one run each; docs/performance.md).
 */
export function articleBodyHtml(article: Article, context: SiteContext): string {
  const source = utf8Text(article.body);
  const memos = memosOf(context);
  const memo = memos.byArticle.get(article);
  // The entry's HTML is about as long as the Markdown (1.13 times in the bench corpus): past the budget, not made here.
  if (!memo || memo.entry || memo.bodyHtml || memos.kept + article.body.byteLength > memos.keepAtMost) return renderMarkdown(source);
  const { page, feed } = renderPageAndFeedHtml(source, entryBase(article, context));
  memo.bodyHtml = utf8Bytes(feed);
  memos.kept += memo.bodyHtml.byteLength;
  return page;
}

/** An article's entry URL, which relative URLs in its body are resolved against: its page's absolute URL. */
function entryBase(article: Article, context: SiteContext): string {
  return context.absolute(article.url);
}

function buildFeedEntry(article: Article, context: SiteContext, bodyHtml: Uint8Array | undefined): FeedEntryView {
  const { source } = article;
  const entities = [...LISTED_TAXONOMIES.flatMap((t) => article.entities[t]), source.entity];
  const url = entryBase(article, context);
  return {
    url,
    title: article.title,
    summary: article.summary,
    bodyHtml: bodyHtml ? utf8Text(bodyHtml) : renderMarkdown(utf8Text(article.body), { baseUrl: url }),
    corrections: article.corrections.map((c) => ({ date: formatDate(c.date, article.lang), text: c.text })),
    published: isoDateTime(article.date),
    updated: isoDateTime(article.lastModified),
    lang: article.lang,
    authors: [source.author ?? source.entity.name],
    categories: entities.map((e) => ({ term: e.name, scheme: context.absolute(`/${e.taxonomy}/`) })),
  };
}
