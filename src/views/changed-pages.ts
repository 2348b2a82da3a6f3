import type { Article, Entity } from "../model/types.ts";
import { LISTED_TAXONOMIES } from "../schema/article.ts";
import { RELATED_ARTICLES } from "./article-views.ts";
import { outputPath, type PageDependencies, type PageKind, type PageRef } from "./page-kind.ts";
import { PAGE_KINDS, type PageKindName, type RenderData, type SiteViews } from "./site-views.ts";

/**
 * What a page shows, as text: how many articles and links it shows, their
 * URLs, then what else it shows (`PageDependencies`). Kept as a list, not
 * joined: the URLs are the same strings from one edit to the next (the
 * article cache keeps them), so comparing two lists mostly compares
 * pointers; joining the lists of 21,000 pages after every edit at 10,000
 * articles cost more than comparing them.
 */
export type PageSignature = readonly string[];

/** Per page URL, what it shows (see `PageKind.dependsOn`); `null` for a page rendered after every edit. */
export type PageSignatures = Map<string, PageSignature | null>;

export interface PageChanges {
  /** The pages to render again, or for the first time. */
  render: RenderData;
  /** How many pages that is. */
  count: number;
  /** Output files of pages that no longer exist. */
  removed: string[];
  /** The signatures of `after`, to compare the next edit with. */
  signatures: PageSignatures;
}

/**
 * The pages an edit changes: after `changedFiles` (article files, relative
 * to the content folder) were edited, added or deleted, the pages of
 * `after` that are new, that show another list of articles than before, or
 * that show an edited article or an entity an edited article names (before
 * or after the edit), or that show something else that changed (the
 * sitemap: a page's URL or last change). Kinds without `dependsOn` (indexes,
 * a few single files) are always included. Linear in the number of pages.
 */
export function changedPages(before: PageSignatures, beforeViews: SiteViews, after: SiteViews, changedFiles: ReadonlySet<string>): PageChanges {
  const touched = new Set<string>();
  for (const views of [beforeViews, after]) {
    for (const article of views.context.archive.articles) {
      if (changedFiles.has(article.file)) for (const entity of entitiesOf(article)) touched.add(entityId(entity));
    }
  }

  const signatures: PageSignatures = new Map();
  const pages = Object.fromEntries(Object.keys(after.pages).map((kind) => [kind, []])) as unknown as Record<PageKindName, PageRef[]>;
  let count = 0;
  eachPage(after, (kind, ref, deps, signature) => {
    signatures.set(ref.url, signature);
    const changed =
      !deps ||
      !sameSignature(before.get(ref.url), signature) ||
      deps.articles.some((a) => changedFiles.has(a.file)) ||
      (deps.entities ?? []).some((e) => touched.has(entityId(e)));
    if (changed) {
      pages[kind].push(ref);
      count += 1;
    }
  });
  // Article pages that show an edited article among their related articles.
  // Relatedness scores are symmetric, so those are, nearly always, among the
  // edited article's own most related; twice as many as a page shows are
  // rendered again (the rest follow on the next full build).
  const rendered = new Set((pages.article as PageRef[]).map((ref) => ref.url));
  let articlePages: Map<string, PageRef> | undefined;
  for (const article of after.context.archive.articles) {
    if (!changedFiles.has(article.file)) continue;
    for (const { article: other } of after.context.related.find(article, 2 * RELATED_ARTICLES)) {
      if (rendered.has(other.url)) continue;
      rendered.add(other.url);
      articlePages ??= new Map(after.pages.article.map((ref) => [ref.url, ref]));
      (pages.article as PageRef[]).push(articlePages.get(other.url)!);
      count += 1;
    }
  }
  const removed = [...before.keys()].filter((url) => !signatures.has(url)).map(outputPath);
  return { render: { pages: pages as RenderData["pages"], view: (kind, ref) => after.view(kind, ref) }, count, removed, signatures };
}

/** The signatures of every page of `views`: the base the first edit is compared with. */
export function pageSignatures(views: SiteViews): PageSignatures {
  const signatures: PageSignatures = new Map();
  eachPage(views, (_kind, ref, _deps, signature) => signatures.set(ref.url, signature));
  return signatures;
}

/** Every page of `views`, with what it shows and its signature (`null` without `dependsOn`). */
function eachPage(views: SiteViews, visit: (kind: PageKindName, ref: PageRef, deps: PageDependencies | undefined, signature: PageSignature | null) => void): void {
  for (const kind of Object.keys(views.pages) as PageKindName[]) {
    const pageKind = PAGE_KINDS[kind] as PageKind<PageRef, unknown>;
    for (const ref of views.pages[kind] as PageRef[]) {
      const deps = pageKind.dependsOn?.(ref, views.context);
      visit(kind, ref, deps, deps ? signatureOf(deps) : null);
    }
  }
}

/** How many articles and links, their URLs, then what else the page shows: no two different dependencies give one list. */
export function signatureOf({ articles, links = [], shows = [] }: PageDependencies): PageSignature {
  const signature = [`${articles.length} ${links.length}`];
  for (const article of articles) signature.push(article.url);
  for (const link of links) signature.push(link);
  for (const text of shows) signature.push(text);
  return signature;
}

/** Whether a page showed the same before (`null`: a page rendered after every edit, never the same). */
function sameSignature(before: PageSignature | null | undefined, after: PageSignature | null): boolean {
  if (!before || !after || before.length !== after.length) return false;
  for (let i = 0; i < after.length; i++) if (before[i] !== after[i]) return false;
  return true;
}

function entitiesOf(article: Article): Entity[] {
  return [article.source.entity, ...LISTED_TAXONOMIES.flatMap((taxonomy) => article.entities[taxonomy])];
}

function entityId(entity: Entity): string {
  return `${entity.taxonomy}/${entity.key}`;
}
