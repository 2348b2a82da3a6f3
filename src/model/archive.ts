import { DateTime } from "luxon";
import path from "node:path";
import { toDateTime } from "../schema/dates.ts";
import type { ContentError } from "../errors/catalogue.ts";
import { listContentFiles, type ContentFiles } from "../read/content-files.ts";
import type { SiteSettings } from "../schema/site.ts";
import { FieldLines } from "../validate/field-lines.ts";
import { validateSiteFile } from "../validate/site-file.ts";
import type { ArticleCache } from "./article-cache.ts";
import { readArticle, type ArticleDraft, type ArticleResult } from "./articles.ts";
import { EntityFiles } from "./entity-files.ts";
import { buildEntityIndex } from "./entity-index.ts";
import { readInParallel, type ParallelHooks } from "./read-in-parallel.ts";
import type { Archive, BuildOptions } from "./types.ts";

export interface LoadHooks {
  /** Called with 0 before the first article, then every 250 articles. */
  onArticles?: (done: number, total: number) => void;
  /** Articles read before whose files have not changed are taken from here. */
  cache?: ArticleCache;
}

export type ArchiveResult = { ok: true; archive: Archive } | { ok: false; errors: ContentError[] };

/** Settings used to keep checking articles when site.json itself is broken. */
const FALLBACK_SITE: SiteSettings = { title: "", url: "https://example.invalid", language: "en", timeZone: "UTC", pageSize: 20 };

/**
 * Reads a content folder into the content model, or returns every content
 * error found: site settings, entity files, articles, then the checks across
 * files (URL clashes, aliases, slugs).
 */
export function loadArchive(root: string, options: BuildOptions, hooks: LoadHooks = {}): ArchiveResult {
  const { onArticles, cache } = hooks;
  const loading = startLoading(root, options);
  const { files, site } = loading;
  cache?.useSite(site);
  cache?.keepOnly(files.articles);
  onArticles?.(0, files.articles.length);
  const results = files.articles.map((file, i) => {
    if (i > 0 && i % 250 === 0) onArticles?.(i, files.articles.length);
    const read = () => readArticle(root, file, site, { ...options, clock: loading.clock });
    return cache ? cache.read(root, file, read) : read();
  });
  return finishLoading(loading, results);
}

/**
 * `loadArchive` with the articles read on two threads (`readInParallel`):
 * the same archive, or the same errors in the same order, sooner. What
 * `build` and `check` use; `serve` keeps its cache of read articles instead.
 */
export async function loadArchiveInParallel(
  root: string,
  options: BuildOptions,
  hooks: ParallelHooks = {},
): Promise<ArchiveResult> {
  const loading = startLoading(root, options);
  const results = await readInParallel({ root, files: loading.files.articles, site: loading.site, options, clock: loading.clock }, hooks);
  return finishLoading(loading, results);
}

interface Loading {
  root: string;
  files: ContentFiles;
  site: SiteSettings;
  entityFiles: EntityFiles;
  clock: DateTime;
  /** Errors found before the articles are read. */
  errors: ContentError[];
}

/** Lists the files and reads the site settings and entity files: everything before the articles. */
function startLoading(root: string, options: BuildOptions): Loading {
  const files = listContentFiles(root);
  const errors: ContentError[] = files.misspeltFolders.map(({ folder, suggestion }) => ({
    code: "unknown-folder",
    file: `${folder}/`,
    field: "folder",
    message: `is not a folder Clippings reads; did you mean "${suggestion}/"? Its files are ignored until it is renamed`,
  }));

  const siteResult = validateSiteFile(root, files.hasSiteFile);
  if (!siteResult.ok) errors.push(...siteResult.errors);
  const site = siteResult.ok ? siteResult.site : FALLBACK_SITE;

  const { entityFiles, errors: entityErrors } = EntityFiles.load(root, files.entities);
  errors.push(...entityErrors);

  const clock = options.now ? toDateTime(options.now, site.timeZone) : DateTime.now();
  return { root, files, site, entityFiles, clock, errors };
}

/** The archive from the articles read (one result per article file, in listing order), or every error. */
function finishLoading(loading: Loading, results: readonly ArticleResult[]): ArchiveResult {
  const { root, site, entityFiles } = loading;
  const errors = [...loading.errors];
  const drafts: ArticleDraft[] = [];
  for (const result of results) {
    if (result.ok) drafts.push(result.draft);
    else errors.push(...result.errors);
  }

  const published = sortNewestFirst(drafts.filter((d) => !d.heldBack));
  // Lines are looked up only for errors, in files read again.
  const lines = new FieldLines(root);
  errors.push(...urlClashes(published, lines));
  const index = buildEntityIndex(published, entityFiles, site, lines);
  errors.push(...index.errors);

  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    archive: {
      root: path.resolve(root),
      site,
      articles: index.articles,
      entities: index.entities,
      heldBack: {
        drafts: drafts.filter((d) => d.heldBack === "draft").length,
        embargoed: drafts.filter((d) => d.heldBack === "embargo").length,
      },
      entityFiles: entityFiles.all(),
    },
  };
}

/** `newestFirst`, with each date's instant read once (luxon's is not free, and serve sorts after every edit). */
function sortNewestFirst(drafts: ArticleDraft[]): ArticleDraft[] {
  return drafts
    .map((draft) => ({ draft, ms: draft.date.at.toMillis() }))
    .sort((a, b) => b.ms - a.ms || compare(a.draft.slug, b.draft.slug) || compare(a.draft.file, b.draft.file))
    .map(({ draft }) => draft);
}

/** Newest first; ties by slug, then file. */
export function newestFirst(a: ArticleDraft, b: ArticleDraft): number {
  return b.date.at.toMillis() - a.date.at.toMillis() || compare(a.slug, b.slug) || compare(a.file, b.file);
}

function urlClashes(published: readonly ArticleDraft[], lines: FieldLines): ContentError[] {
  const byUrl = new Map<string, ArticleDraft>();
  const errors: ContentError[] = [];
  for (const draft of published.toSorted((a, b) => compare(a.file, b.file))) {
    const first = byUrl.get(draft.url);
    if (!first) {
      byUrl.set(draft.url, draft);
      continue;
    }
    errors.push({
      code: "duplicate-url",
      file: draft.file,
      line: lines.line(draft.file, [draft.urlField]) ?? 1,
      field: draft.urlField,
      message: `the URL ${draft.url} is already used by ${first.file}; give one of the two articles a different slug`,
    });
  }
  return errors;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
