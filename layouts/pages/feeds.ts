import type { FeedEntryView, FeedView } from "../../src/views/feeds.ts";
import { time } from "../components/time.ts";
import { html, raw } from "../html.ts";
import { type SafeXml, xml } from "../xml.ts";

/** A feed file: Atom 1.0 (as UTF-8 bytes, `atomFeedBytes`) or JSON Feed 1.1, as the view says. */
export function feedFile(view: FeedView): Buffer | string {
  return view.format === "atom" ? atomFeedBytes(view) : jsonFeed(view);
}

/** An entry's full HTML: the body, then its corrections (the reason for a later `updated`). */
function entryHtml(entry: FeedEntryView): string {
  return html`${raw(entry.bodyHtml)}${
    entry.corrections.length
      ? html`<h2>Corrections</h2>
<ul>${entry.corrections.map((c) => html`<li>${time(c.date)}: ${c.text}</li>`)}</ul>
`
      : ""
  }`.value;
}

/**
 * An article's entry view is shared by the site feed and the feed of every
 * entity it names (src/views/feeds.ts), and an entry reads the same in every
 * feed: its XML is written once per build, as UTF-8 bytes, which each feed
 * that shows it copies. Kept as text, an entry was mostly a two-byte string
 * (src/parse/utf8.ts), twice the memory while it waits for its last feed.
 * The feed's bytes are written as they are (src/write/template-render.ts).
 */
const atomEntries = new WeakMap<FeedEntryView, Buffer>();

function atomEntry(entry: FeedEntryView): Buffer {
  let written = atomEntries.get(entry);
  if (!written) {
    written = Buffer.from(writeAtomEntry(entry).value);
    atomEntries.set(entry, written);
  }
  return written;
}

/** An Atom entry, with its language always written: an entry reads the same in every feed. */
function writeAtomEntry(entry: FeedEntryView): SafeXml {
  return xml`<entry xml:lang="${entry.lang}">
<id>${entry.url}</id>
<title>${entry.title}</title>
<link rel="alternate" type="text/html" href="${entry.url}"/>
<published>${entry.published}</published>
<updated>${entry.updated}</updated>
${entry.authors.map((name) => xml`<author><name>${name}</name></author>\n`)}${entry.categories.map(
    (c) => xml`<category term="${c.term}" scheme="${c.scheme}"/>\n`,
  )}${entry.summary ? xml`<summary>${entry.summary}</summary>\n` : ""}<content type="html">${entryHtml(entry)}</content>
</entry>
`;
}

/** Atom 1.0 (RFC 4287); the HTML content is escaped text (`type="html"`). */
export function atomFeed(view: FeedView): string {
  return atomFeedBytes(view).toString("utf8");
}

/** `atomFeed` as the UTF-8 bytes of the file. */
export function atomFeedBytes(view: FeedView): Buffer {
  const head = xml`<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${view.lang}">
<id>${view.feedUrl}</id>
<title>${view.title}</title>
${view.description ? xml`<subtitle>${view.description}</subtitle>\n` : ""}<link rel="self" type="application/atom+xml" href="${view.feedUrl}"/>
<link rel="alternate" type="text/html" href="${view.homeUrl}"/>
<updated>${view.updated}</updated>
<generator>Clippings</generator>
`;
  return Buffer.concat([Buffer.from(head.value), ...view.entries.map(atomEntry), FEED_END]);
}

const FEED_END = Buffer.from("</feed>\n");

/** JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/). */
export function jsonFeed(view: FeedView): string {
  const feed = {
    version: "https://jsonfeed.org/version/1.1",
    title: view.title,
    home_page_url: view.homeUrl,
    feed_url: view.feedUrl,
    ...(view.description ? { description: view.description } : {}),
    language: view.lang,
    items: view.entries.map((entry) => ({
      id: entry.url,
      url: entry.url,
      title: entry.title,
      ...(entry.summary ? { summary: entry.summary } : {}),
      content_html: entryHtml(entry),
      date_published: entry.published,
      date_modified: entry.updated,
      authors: entry.authors.map((name) => ({ name })),
      tags: [...new Set(entry.categories.map((c) => c.term))],
      language: entry.lang,
    })),
  };
  return `${JSON.stringify(feed, null, 2)}\n`;
}
