import type { ContentError } from "../errors/catalogue.ts";
import { LISTED_TAXONOMIES, type ListedTaxonomy, type Taxonomy } from "../schema/article.ts";
import type { SiteSettings } from "../schema/site.ts";
import type { FieldPath } from "../parse/yaml-document.ts";
import type { FieldLines } from "../validate/field-lines.ts";
import { fieldName } from "../validate/schema-issues.ts";
import { modelDate, type ArticleDraft, type NameRef } from "./articles.ts";
import { perTaxonomy, type EntityFiles, type EntityFile } from "./entity-files.ts";
import { spelling } from "./names.ts";
import { slugOf } from "./slugs.ts";
import { latestDate } from "./queries.ts";
import type { Article, Entity } from "./types.ts";

interface Tally {
  entity: Entity;
  /** Spelling -> how often, and the rank of the oldest article using it. */
  spellings: Map<string, { count: number; oldestRank: number }>;
  /** The oldest article naming it: where errors about it point. */
  origin: ArticleDraft;
}

/**
 * Builds the articles and the entity index in one pass over the published
 * articles (newest first): resolution through entity files and aliases,
 * quote speakers, spellings and counts, then displayed names, slugs and URLs.
 */
export function buildEntityIndex(
  published: readonly ArticleDraft[],
  entityFiles: EntityFiles,
  site: SiteSettings,
  lines: FieldLines,
): { articles: Article[]; entities: Record<Taxonomy, Entity[]>; errors: ContentError[] } {
  const tallies = perTaxonomy(() => new Map<string, Tally>());

  const entityFor = (taxonomy: Taxonomy, name: string, draft: ArticleDraft, rank: number): Entity => {
    const key = entityFiles.resolve(taxonomy, name);
    let tally = tallies[taxonomy].get(key);
    if (!tally) {
      tally = { entity: newEntity(taxonomy, key, entityFiles.byKey[taxonomy].get(key)), spellings: new Map(), origin: draft };
      tallies[taxonomy].set(key, tally);
    }
    tally.origin = draft;
    const written = spelling(name);
    const seen = tally.spellings.get(written);
    if (seen) {
      seen.count += 1;
      seen.oldestRank = rank;
    } else tally.spellings.set(written, { count: 1, oldestRank: rank });
    return tally.entity;
  };

  const articles = published.map((draft, rank): Article => {
    const { fields } = draft;
    const entities = { people: [] as Entity[], organisations: [] as Entity[], topics: [] as Entity[], places: [] as Entity[] };
    // `serve` builds every article again after each edit: lists an article
    // lacks are not mapped from empty ones, and `updated` and `image` are set
    // only when present, not spread from empty objects.
    const corrections = fields.corrections?.length
      ? fields.corrections.map((c) => ({ date: modelDate(c.date, site.timeZone), text: c.text })).toSorted((a, b) => a.date.at.toMillis() - b.date.at.toMillis())
      : [];
    const article: Article = {
      file: draft.file,
      slug: draft.slug,
      url: draft.url,
      title: fields.title,
      summary: fields.summary ?? "",
      date: draft.date,
      source: { entity: entityFor("sources", fields.source.name, draft, rank), ...optionalFields(fields.source, ["author", "url"]) },
      authors: fields.authors ?? [],
      entities,
      quotes: [],
      figures: fields.figures?.length ? fields.figures.map(({ asOf, ...figure }) => ({ ...figure, ...(asOf ? { asOf } : {}) })) : [],
      corrections,
      lastModified: latestDate([draft.date, draft.updated, ...corrections.map((c) => c.date)]) ?? draft.date,
      redirectFrom: fields.redirectFrom ?? [],
      lang: draft.lang,
      body: draft.body,
    };
    if (draft.updated) article.updated = draft.updated;
    if (fields.image) article.image = { ...fields.image, src: joinPath(draft.file, fields.image.src) };
    article.source.entity.articles.push(article);
    const add = (taxonomy: ListedTaxonomy, entity: Entity) => {
      if (entities[taxonomy].includes(entity)) return;
      entities[taxonomy].push(entity);
      entity.articles.push(article);
    };
    for (const taxonomy of LISTED_TAXONOMIES) {
      for (const name of fields[taxonomy] ?? []) add(taxonomy, entityFor(taxonomy, name, draft, rank));
    }
    for (const { speaker, ...rest } of fields.quotes ?? []) {
      // A speaker that is one of the article's organisations speaks for it;
      // anyone else is a person, added to the article's people.
      const orgKey = entityFiles.resolve("organisations", speaker);
      let entity = entities.organisations.find((org) => org.key === orgKey);
      if (entity) entityFor("organisations", speaker, draft, rank);
      else {
        entity = entityFor("people", speaker, draft, rank);
        add("people", entity);
      }
      const quote = { text: rest.text, speaker: entity, ...optionalFields(rest, ["role", "context"]) };
      article.quotes.push(quote);
      entity.quotes.push({ article, quote });
    }
    for (const topic of entities.topics) {
      for (const figure of article.figures) topic.figures.push({ article, figure });
    }
    return article;
  });

  const errors: ContentError[] = [];
  const collator = new Intl.Collator(site.language, { sensitivity: "base", numeric: true });
  const entities = perTaxonomy((taxonomy) => {
    const list = [...tallies[taxonomy].values()].map((tally) => {
      tally.entity.name = tally.entity.file ? tally.entity.name : mostFrequent(tally.spellings);
      return tally.entity;
    });
    errors.push(...slugConflicts(taxonomy, [...tallies[taxonomy].values()], entityFiles, lines));
    return list.toSorted((a, b) => collator.compare(a.name, b.name) || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
  });
  return { articles, entities, errors };
}

function newEntity(taxonomy: Taxonomy, key: string, file: EntityFile | undefined): Entity {
  const slug = file?.fields.slug ?? slugOf(key);
  const entity: Entity = {
    taxonomy,
    key,
    name: file?.fields.name ?? key,
    slug,
    url: `/${taxonomy}/${slug}/`,
    aliases: file?.fields.aliases ?? [],
    articles: [],
    quotes: [],
    figures: [],
  };
  if (file) {
    entity.file = file.file;
    if (file.profile) entity.profile = file.profile;
    if (file.fields.description) entity.description = file.fields.description;
    if (file.fields.url) entity.externalUrl = file.fields.url;
    if (file.fields.wikidata) entity.wikidata = file.fields.wikidata;
  }
  return entity;
}

/** The most frequent spelling; ties go to the one in the oldest article. */
function mostFrequent(spellings: Tally["spellings"]): string {
  let best = "";
  let bestCount = -1;
  let bestRank = -1;
  for (const [written, { count, oldestRank }] of spellings) {
    if (count > bestCount || (count === bestCount && oldestRank > bestRank)) {
      best = written;
      bestCount = count;
      bestRank = oldestRank;
    }
  }
  return best;
}

interface SlugClaim {
  key: string;
  name: string;
  file: string;
  /** Its order among the claims of one file: the place of an article's ref among its refs (written order). */
  order: number;
  /** The field the error points at; its line is looked up only for an error. */
  path: FieldPath;
}

/**
 * Two entities of one taxonomy with one slug would share a URL: an error
 * naming both files. Entity files claim their slug even before an article
 * uses them; there are no automatic suffixes.
 */
function slugConflicts(taxonomy: Taxonomy, tallies: Tally[], entityFiles: EntityFiles, lines: FieldLines): ContentError[] {
  const claims: SlugClaim[] = [];
  for (const file of entityFiles.byKey[taxonomy].values()) {
    // One claim per entity file: its order among the file's claims does not matter.
    claims.push({ key: file.key, name: file.fields.name, file: file.file, order: 0, path: [file.fields.slug !== undefined ? "slug" : "name"] });
  }
  for (const { entity, origin } of tallies) {
    if (entity.file) continue;
    const named = (r: NameRef) => entityFiles.resolve(taxonomy, r.name) === entity.key;
    let order = origin.refs.findIndex((r) => r.taxonomy === taxonomy && named(r));
    if (order < 0) order = origin.refs.findIndex(named);
    // The entity was made from a ref of its first article, so one is found; the taxonomy's field otherwise.
    claims.push({ key: entity.key, name: entity.name, file: origin.file, order, path: origin.refs[order]?.path ?? [taxonomy] });
  }
  const bySlug = new Map<string, SlugClaim>();
  const errors: ContentError[] = [];
  for (const claim of claims.toSorted((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.order - b.order))) {
    const slug = entityFiles.byKey[taxonomy].get(claim.key)?.fields.slug ?? slugOf(claim.key);
    const first = bySlug.get(slug);
    if (!first) {
      bySlug.set(slug, claim);
      continue;
    }
    if (first.key === claim.key) continue;
    errors.push({
      code: "slug-conflict",
      file: claim.file,
      line: lines.line(claim.file, claim.path) ?? 1,
      field: fieldName(claim.path),
      message:
        `"${claim.name}" and "${first.name}" (${first.file}) would both have the URL /${taxonomy}/${slug}/; ` +
        `if they are one entity, make one an alias of the other in an entity file (${taxonomy}/${slug}.md); if not, give one of them an entity file with its own slug`,
    });
  }
  return errors;
}

function optionalFields<T extends object, K extends keyof T>(source: T, keys: K[]): Partial<Pick<T, K>> {
  const out: Partial<Pick<T, K>> = {};
  for (const key of keys) if (source[key] !== undefined && source[key] !== null) out[key] = source[key];
  return out;
}

/** `articles/2025/a.md` + `img/x.jpg` -> `articles/2025/img/x.jpg`. */
function joinPath(file: string, src: string): string {
  const parts = file.split("/").slice(0, -1);
  for (const part of src.split("/")) {
    if (part === "..") parts.pop();
    else if (part !== "." && part !== "") parts.push(part);
  }
  return parts.join("/");
}
