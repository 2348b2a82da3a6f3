import { RelatedArticles } from "../model/related.ts";
import type { Archive } from "../model/types.ts";
import type { SiteSettings } from "../schema/site.ts";
import { faviconAsset, stylesheetAsset, type StylesheetAsset } from "./assets.ts";
import { pageChrome, type ChromeInput } from "./chrome.ts";
import type { PageKind, PageRef } from "./page-kind.ts";
import type { PageChrome } from "./types.ts";

/** What every view builder may read: the archive, the site settings, the page frame. */
export class SiteContext {
  readonly site: SiteSettings;
  readonly stylesheet: StylesheetAsset;
  readonly favicon = faviconAsset();

  constructor(readonly archive: Archive) {
    this.site = archive.site;
    this.stylesheet = stylesheetAsset();
  }

  /** The frame of a page (title, meta, navigation). */
  chrome(page: ChromeInput): PageChrome {
    return pageChrome(this.site, { stylesheet: this.stylesheet.url, fontPreloads: this.stylesheet.fontPreloads }, page);
  }

  private relatedIndex?: RelatedArticles;

  /** Related-article finder, built on first use. */
  get related(): RelatedArticles {
    this.relatedIndex ??= new RelatedArticles(this.archive);
    return this.relatedIndex;
  }

  private readonly lists = new Map<PageKind<PageRef, unknown>, PageRef[]>();

  /** Every page of a kind, listed once per build (the page plan and the sitemap both read them). */
  pagesOf<R extends PageRef>(kind: PageKind<R, unknown>): R[] {
    let list = this.lists.get(kind as PageKind<PageRef, unknown>);
    if (!list) {
      list = kind.list(this);
      this.lists.set(kind as PageKind<PageRef, unknown>, list);
    }
    return list as R[];
  }

  /** An absolute URL on this site, from `site.url`. */
  absolute(url: string): string {
    return `${this.site.url}${url}`;
  }
}
