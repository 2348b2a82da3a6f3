import { LISTED_TAXONOMIES } from "../schema/article.ts";
import { keepBest } from "./best.ts";
import type { Article, Entity, ModelDate } from "./types.ts";

/**
 * The entities that appear most often beside `entity`, over its articles:
 * most shared articles first, then by name and URL. The work is the sum of
 * the entity counts of its articles, done when its page is rendered.
 */
export function coOccurring(entity: Entity, limit: number): { entity: Entity; count: number }[] {
  const counts = new Map<Entity, number>();
  for (const article of entity.articles) {
    for (const taxonomy of LISTED_TAXONOMIES) {
      for (const other of article.entities[taxonomy]) counts.set(other, (counts.get(other) ?? 0) + 1);
    }
    const source = article.source.entity;
    counts.set(source, (counts.get(source) ?? 0) + 1);
  }
  counts.delete(entity);
  // The best `limit`: a common entity has thousands of neighbours.
  const best: Neighbour[] = [];
  // One object offered for every neighbour, a new one only after it was kept.
  let candidate: Neighbour = { entity, count: 0 };
  for (const [other, count] of counts) {
    candidate.entity = other;
    candidate.count = count;
    if (keepBest(best, candidate, limit, ranksBefore)) candidate = { entity, count: 0 };
  }
  return best;
}

type Neighbour = { entity: Entity; count: number };

/** More shared articles first, then by name and URL. */
function ranksBefore(a: Neighbour, b: Neighbour): boolean {
  return a.count > b.count || (a.count === b.count && (compare(a.entity.name, b.entity.name) || compare(a.entity.url, b.entity.url)) < 0);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The latest of some dates (the first of equal ones); `undefined` when there is none. */
export function latestDate(dates: Iterable<ModelDate | undefined>): ModelDate | undefined {
  return latestOf(dates, (date) => date);
}

/**
 * The newest `lastModified` of some articles (when a listing last changed),
 * read in the loop instead of from a new list of dates: the sitemap asks
 * for ~100,000 at 10,000 articles.
 */
export function newestChange(articles: Iterable<Article>): ModelDate | undefined {
  return latestOf(articles, (article) => article.lastModified);
}

/** The latest of the items' dates (the first of equal ones), one instant read per item. */
function latestOf<T>(items: Iterable<T>, dateOf: (item: T) => ModelDate | undefined): ModelDate | undefined {
  let latest: ModelDate | undefined;
  let latestMs = -Infinity;
  for (const item of items) {
    const date = dateOf(item);
    if (!date) continue;
    const ms = date.at.toMillis();
    if (ms > latestMs) {
      latest = date;
      latestMs = ms;
    }
  }
  return latest;
}
