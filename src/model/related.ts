import { LISTED_TAXONOMIES } from "../schema/article.ts";
import type { Archive, Article, Entity } from "./types.ts";

/** How many articles of one entity are looked at, at most, to find candidates. */
export const CANDIDATES_PER_ENTITY = 200;

/**
 * Related articles: the articles sharing the most entities with an article,
 * each shared entity weighted by its rarity (inverse document frequency,
 * ln(1 + N / articles naming it)), so a shared rare person counts for more
 * than a shared "Russia". Ties go to the newer article, then the slug.
 *
 * No article is compared with every other: candidates come from the article
 * lists of its own entities, and from a very common entity only the
 * `CANDIDATES_PER_ENTITY` articles nearest in time. Each candidate is then
 * scored exactly over the entities the two share.
 */
export class RelatedArticles {
  private readonly rank = new Map<Article, number>();

  constructor(private readonly archive: Archive) {
    archive.articles.forEach((article, i) => this.rank.set(article, i));
  }

  /** Rarity weight of an entity. */
  weight(entity: Entity): number {
    return Math.log(1 + this.archive.articles.length / Math.max(1, entity.articles.length));
  }

  find(article: Article, limit: number): { article: Article; score: number }[] {
    const own = entitiesOf(article);
    const ownSet = new Set(own);
    const candidates = new Set<Article>();
    for (const entity of own) for (const other of this.nearest(entity, article)) candidates.add(other);
    candidates.delete(article);
    const scored: { article: Article; score: number }[] = [];
    for (const candidate of candidates) {
      let score = 0;
      for (const entity of entitiesOf(candidate)) if (ownSet.has(entity)) score += this.weight(entity);
      // Rounded, so that equal sets of shared entities tie whatever the order of addition.
      scored.push({ article: candidate, score: Math.round(score * 1e9) / 1e9 });
    }
    return scored
      .sort((a, b) => b.score - a.score || this.rank.get(a.article)! - this.rank.get(b.article)!)
      .slice(0, limit);
  }

  /** The entity's articles, or the ones nearest in time to `article` when it has many. */
  private nearest(entity: Entity, article: Article): readonly Article[] {
    const list = entity.articles;
    if (list.length <= CANDIDATES_PER_ENTITY) return list;
    // `list` is in archive order (newest first): find the article's place by rank.
    const target = this.rank.get(article)!;
    let low = 0;
    let high = list.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.rank.get(list[mid]!)! < target) low = mid + 1;
      else high = mid;
    }
    const start = Math.max(0, Math.min(low - CANDIDATES_PER_ENTITY / 2, list.length - CANDIDATES_PER_ENTITY));
    return list.slice(start, start + CANDIDATES_PER_ENTITY);
  }
}

/** Every entity an article names, its source included. */
function entitiesOf(article: Article): Entity[] {
  const all: Entity[] = [article.source.entity];
  for (const taxonomy of LISTED_TAXONOMIES) all.push(...article.entities[taxonomy]);
  return all;
}
