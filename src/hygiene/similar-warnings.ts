import { TAXONOMIES, type Taxonomy } from "../schema/article.ts";
import type { Archive, Entity } from "../model/types.ts";
import { articleCount, entityFilePath, listing, namesEntity, NOUNS, oldestArticle, usage } from "./describe.ts";
import type { Locator } from "./locate.ts";
import { hasOtherScript } from "./normalise.ts";
import { findSimilarNames, type AmbiguousPart, type MatchKind, type SimilarMatch } from "./similar-names.ts";
import type { ContentWarning } from "./warnings.ts";

/** How the variant's name relates to the target's, by the reason they matched. */
const RELATIONS: Record<MatchKind, string> = {
  accents: "differs only in accents, hyphens, spacing or punctuation from",
  script: "looks like the same name in another script as",
  spelling: "differs only in British and American spelling from",
  plural: "differs only as singular and plural from",
  "legal-form": 'differs only by a legal form (PJSC, Inc., Ltd, AG, Group…) or "The" from',
  "place-name": "looks like an old or new name of",
  title: "differs only by a title (President, Sir, Dr…) from",
  nickname: "differs only by a short form of the given name (Bill, William) from",
  transliteration: "looks like another spelling or transliteration of",
  "word-order": "has the same words in another order as",
  "middle-name": "looks like a shorter form, without middle names, of",
  initials: "looks like a form with initials of",
  acronym: "looks like the initials of",
  surname: "looks like the surname alone of",
  "part-of-name": "looks like a part of the name of",
  misspelling: "looks like a misspelling of",
};

/** Kinds where the shorter name is the one to correct or alias. */
const SHORT_IS_VARIANT = new Set<MatchKind>(["middle-name", "initials", "acronym", "surname", "part-of-name"]);

export interface SimilarNameWarnings {
  warnings: ContentWarning[];
  /** Entities named in a similar-names warning (their single-use warnings would repeat it). */
  involved: Set<Entity>;
}

/** `similar-names` warnings for every taxonomy of the archive. */
export function similarNameWarnings(archive: Archive, locator: Locator): SimilarNameWarnings {
  const warnings: ContentWarning[] = [];
  const involved = new Set<Entity>();
  for (const taxonomy of TAXONOMIES) {
    const entities = archive.entities[taxonomy];
    const result = findSimilarNames(
      taxonomy,
      entities.map((e) => ({ names: [e.name], aliases: e.aliases, weight: e.file ? Number.MAX_SAFE_INTEGER : e.articles.length })),
    );
    for (const match of result.matches) {
      const pair = rolesOf(match, entities);
      involved.add(pair.variant.entity).add(pair.target.entity);
      const warning = pairWarning(taxonomy, pair, match.kind, locator);
      if (warning) warnings.push(warning);
    }
    for (const part of result.ambiguous) {
      const warning = ambiguousWarning(taxonomy, part, entities, locator);
      if (warning) warnings.push(warning);
      involved.add(entities[part.entry]!);
    }
  }
  return { warnings, involved };
}

interface Side {
  entity: Entity;
  /** The spelling that matched: its name or one of its aliases. */
  spelling: string;
}

/**
 * Which of the two is the variant (to alias or correct) and which the
 * target: the shorter for a surname, initials and the like; else the one
 * with an entity file, else the one in more articles.
 */
function rolesOf(match: SimilarMatch, entities: readonly Entity[]): { variant: Side; target: Side } {
  const a: Side = { entity: entities[match.a]!, spelling: match.spellingA };
  const b: Side = { entity: entities[match.b]!, spelling: match.spellingB };
  const aFirst = (variant: boolean) => (variant ? { variant: a, target: b } : { variant: b, target: a });
  if (SHORT_IS_VARIANT.has(match.kind)) {
    const words = (s: Side) => s.spelling.split(/[\s-]+/).length;
    return aFirst(words(a) < words(b) || (words(a) === words(b) && a.spelling.length <= b.spelling.length));
  }
  if (Boolean(a.entity.file) !== Boolean(b.entity.file)) return aFirst(!a.entity.file);
  const used = a.entity.articles.length - b.entity.articles.length;
  if (used !== 0) return aFirst(used < 0);
  // As often used: the spelling in another script gives way to the Latin one, else the later A-Z.
  return aFirst(hasOtherScript(a.spelling) && !hasOtherScript(b.spelling));
}

function pairWarning(taxonomy: Taxonomy, { variant, target }: { variant: Side; target: Side }, kind: MatchKind, locator: Locator): ContentWarning | undefined {
  const v = variant.entity;
  const t = target.entity;
  const article = oldestArticle(v);
  if (!article) return undefined;
  const relation = kind === "misspelling" && (hasOtherScript(variant.spelling) || hasOtherScript(target.spelling)) ? RELATIONS.transliteration : RELATIONS[kind];
  const alias = (side: Side) => (side.spelling === side.entity.name ? "" : `its alias "${side.spelling}"; `);
  const where = entityFilePath(t);
  const create = t.file ? "" : ` (create it with name: ${t.name})`;
  const merge = v.file ? `, then delete ${v.file} after moving its aliases and profile there` : "";
  const articles = v.articles.length === 1 ? "the article" : "the articles";
  return {
    code: "similar-names",
    file: article.file,
    ...locator.name(article.file, taxonomy, namesEntity(v)),
    message:
      `"${v.name}" (${alias(variant)}${usage(v, true)}) ${relation} "${t.name}" (${alias(target)}${usage(t, false)}); ` +
      `if they are the same ${NOUNS[taxonomy].one}, add "${v.name}" to aliases in ${where}${create}${merge}, or correct ${articles}`,
  };
}

function ambiguousWarning(taxonomy: Taxonomy, part: AmbiguousPart, entities: readonly Entity[], locator: Locator): ContentWarning | undefined {
  const short = entities[part.entry]!;
  const article = oldestArticle(short);
  if (!article) return undefined;
  const named = part.candidates.map((i) => entities[i]!).map((e) => `"${e.name}" (${articleCount(e.articles.length)})`);
  const more = part.total - named.length;
  const names = more > 0 ? `${named.join(", ")} and ${more} more` : listing(named);
  return {
    code: "similar-names",
    file: article.file,
    ...locator.name(article.file, taxonomy, namesEntity(short)),
    message:
      `"${short.name}" (${usage(short, true)}) is part of the names of ${part.total} ${NOUNS[taxonomy].many}: ${names}; ` +
      `write the full name in the article${short.articles.length === 1 ? "" : "s"}, or, if "${short.name}" always means one of them, add it to that ${NOUNS[taxonomy].one}'s aliases`,
  };
}

