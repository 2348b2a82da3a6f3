import { LISTED_TAXONOMIES } from "../schema/article.ts";
import { keepBest } from "./best.ts";
import type { Archive, Article, Entity } from "./types.ts";

/** Above this many articles an entity is "common": only its articles nearest in time are candidates. */
export const CANDIDATES_PER_ENTITY = 200;

/**
 * Related articles: the articles sharing the most entities with an article,
 * each shared entity weighted by its rarity (inverse document frequency,
 * ln(1 + N / articles naming it)), so a shared rare person counts for more
 * than a shared "Russia". Ties go to the newer article, then the slug.
 *
 * No article is compared with every other. Scores are summed along the
 * article lists of its own entities: all of a rare entity's articles, and
 * of a common entity only the `CANDIDATES_PER_ENTITY` nearest in time. A
 * candidate found that way but lying outside a common entity's window still
 * gets that entity's weight when it names it, so every score is exact.
 */
export class RelatedArticles {
  private readonly rank = new Map<Article, number>();
  /** Each entity's articles as archive ranks (ascending: newest first). */
  private readonly ranksOf = new Map<Entity, Int32Array>();
  /** For common entities: which ranks name them. */
  private readonly members = new Map<Entity, Uint8Array>();
  /** Scratch scores by rank, reset after each article. */
  private readonly scores: Float64Array;
  /**
   * Scratch: the ranks given a score for the article at hand. Reused: a new
   * array per article, grown to its thousands of candidates, was ~240 MB of
   * the allocations of a build of 10,000 articles.
   */
  private readonly touched: Int32Array;

  constructor(private readonly archive: Archive) {
    archive.articles.forEach((article, i) => this.rank.set(article, i));
    this.scores = new Float64Array(archive.articles.length);
    this.touched = new Int32Array(archive.articles.length);
  }

  /** Rarity weight of an entity. */
  weight(entity: Entity): number {
    return Math.log(1 + this.archive.articles.length / Math.max(1, entity.articles.length));
  }

  find(article: Article, limit: number): { article: Article; score: number }[] {
    const self = this.rank.get(article)!;
    const { scores, touched } = this;
    let touchedCount = 0;
    const common: { weight: number; first: number; end: number; ranks: Int32Array; members: Uint8Array }[] = [];
    for (const entity of entitiesOf(article)) {
      const weight = this.weight(entity);
      const ranks = this.ranksFor(entity);
      let first = 0;
      let end = ranks.length;
      if (ranks.length > CANDIDATES_PER_ENTITY) {
        first = nearestStart(ranks, self);
        end = first + CANDIDATES_PER_ENTITY;
        common.push({ weight, first, end, ranks, members: this.membersFor(entity, ranks) });
      }
      for (let i = first; i < end; i++) {
        const r = ranks[i]!;
        if (scores[r] === 0) touched[touchedCount++] = r;
        scores[r]! += weight;
      }
    }
    // The best `limit` candidates, best first (higher score, then lower
    // rank: newer): candidates run to thousands, the result to a handful.
    const best: { rank: number; score: number }[] = [];
    // One object offered for every candidate, a new one only after it was kept.
    let candidate = { rank: 0, score: 0 };
    for (let t = 0; t < touchedCount; t++) {
      const r = touched[t]!;
      let score = scores[r]!;
      scores[r] = 0;
      if (r === self) continue;
      // A candidate outside a common entity's window still gets its weight when it names it.
      for (const c of common) if (c.members[r] === 1 && !inWindow(c.ranks, c.first, c.end, r)) score += c.weight;
      candidate.rank = r;
      // Rounded, so that equal sets of shared entities tie whatever the order of addition.
      candidate.score = Math.round(score * 1e9) / 1e9;
      if (keepBest(best, candidate, limit, isBetter)) candidate = { rank: 0, score: 0 };
    }
    return best.map(({ rank, score }) => ({ article: this.archive.articles[rank]!, score }));
  }

  private ranksFor(entity: Entity): Int32Array {
    let ranks = this.ranksOf.get(entity);
    if (!ranks) {
      ranks = Int32Array.from(entity.articles, (a) => this.rank.get(a)!);
      this.ranksOf.set(entity, ranks);
    }
    return ranks;
  }

  private membersFor(entity: Entity, ranks: Int32Array): Uint8Array {
    let members = this.members.get(entity);
    if (!members) {
      members = new Uint8Array(this.archive.articles.length);
      for (const r of ranks) members[r] = 1;
      this.members.set(entity, members);
    }
    return members;
  }
}

/** Whether a candidate ranks before another: a higher score, then a lower rank (newer). */
function isBetter(a: { rank: number; score: number }, b: { rank: number; score: number }): boolean {
  return a.score > b.score || (a.score === b.score && a.rank < b.rank);
}

/** Where the window of `CANDIDATES_PER_ENTITY` ranks centred on `rank` starts. */
function nearestStart(ranks: Int32Array, rank: number): number {
  let low = 0;
  let high = ranks.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (ranks[mid]! < rank) low = mid + 1;
    else high = mid;
  }
  return Math.max(0, Math.min(low - CANDIDATES_PER_ENTITY / 2, ranks.length - CANDIDATES_PER_ENTITY));
}

/** Whether `rank` is among `ranks[first..end)` (sorted ascending). */
function inWindow(ranks: Int32Array, first: number, end: number, rank: number): boolean {
  return end > first && rank >= ranks[first]! && rank <= ranks[end - 1]!;
}

/** Every entity an article names, its source included. */
function entitiesOf(article: Article): Entity[] {
  const all: Entity[] = [article.source.entity];
  for (const taxonomy of LISTED_TAXONOMIES) all.push(...article.entities[taxonomy]);
  return all;
}
