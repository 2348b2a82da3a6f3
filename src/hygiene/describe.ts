import type { Taxonomy } from "../schema/article.ts";
import { foldName } from "../model/names.ts";
import type { Article, Entity } from "../model/types.ts";

/** How a message names one entity of a taxonomy. */
export const NOUNS: Record<Taxonomy, { one: string; many: string }> = {
  people: { one: "person", many: "people" },
  organisations: { one: "organisation", many: "organisations" },
  topics: { one: "topic", many: "topics" },
  places: { one: "place", many: "places" },
  sources: { one: "source", many: "sources" },
};

/** The article front matter field that names entities of a taxonomy. */
export const FIELDS: Record<Taxonomy, string> = {
  people: "people",
  organisations: "organisations",
  topics: "topics",
  places: "places",
  sources: "source",
};

/** Files listed in a message before "and N more". */
const LISTED_FILES = 3;

export function articleCount(n: number): string {
  return n === 1 ? "1 article" : `${n.toLocaleString("en")} articles`;
}

/**
 * How much an entity is used, for a message: its entity file (if it has one) and its
 * article count; with `files`, up to three article files (oldest first)
 * when it has no entity file: `2 articles: articles/a.md, articles/b.md`.
 */
export function usage(entity: Entity, files: boolean): string {
  const count = articleCount(entity.articles.length);
  if (entity.file) return `${entity.file}, ${count}`;
  if (!files) return count;
  const oldestFirst = entity.articles.toReversed();
  const listed = oldestFirst.slice(0, LISTED_FILES).map((a) => a.file);
  const more = oldestFirst.length - listed.length;
  return `${count}: ${listed.join(", ")}${more > 0 ? ` and ${more} more` : ""}`;
}

/** The entity file that holds (or would hold) an entity: `people/jens-stoltenberg.md`. */
export function entityFilePath(entity: Entity): string {
  return entity.file ?? `${entity.taxonomy}/${entity.slug}.md`;
}

/** True for a spelling that resolves to the entity: its name or one of its aliases, folded. */
export function namesEntity(entity: Entity): (written: string) => boolean {
  const keys = new Set([entity.key, foldName(entity.name), ...entity.aliases.map(foldName)]);
  return (written) => keys.has(foldName(written));
}

/** The oldest published article naming the entity. */
export function oldestArticle(entity: Entity): Article | undefined {
  return entity.articles[entity.articles.length - 1];
}

/** "a", "a and b", "a, b and c". */
export function listing(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}
