/**
 * A deterministic synthetic archive for benchmarks:
 *
 *   npm run corpus -- --articles N --out DIR [--seed S]
 *
 * Writes site.json, articles/YYYY/MM/*.md and entity files for a minority of
 * entities. Same N and seed give byte-identical files: every choice comes from
 * one seeded PRNG (sfc32), never Math.random or the clock. Entity popularity is
 * Zipf-like; names mix plain and accented Latin, Cyrillic and Hangul, and no two
 * names of one taxonomy share a slug (checked with the project's own
 * foldName/slugOf). Articles are written as they are generated, one at a time.
 */
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { foldName } from "../src/model/names.ts";
import { slugOf } from "../src/model/slugs.ts";
import { TAXONOMIES, type Taxonomy } from "../src/schema/article.ts";
import * as D from "./corpus-data.ts";

export interface CorpusOptions {
  articles: number;
  out: string;
  /** 32-bit unsigned integer; default 1. */
  seed?: number;
}


export interface CorpusStats {
  articles: number;
  drafts: number;
  published: number;
  /** Distinct names generated per taxonomy (not all need be used). */
  pools: Record<Taxonomy, number>;
  entityFiles: Record<Taxonomy, number>;
  /** Times an alias was written instead of the entity's name (published articles). */
  aliasUses: number;
  files: number;
  bytes: number;
  seconds: number;
}

/** Bad options or an output folder the generator must not replace. */
export class CorpusUsageError extends Error {}

const SITE = { title: "Synthetic Archive", url: "https://synthetic.example", language: "en", timeZone: "Europe/London", pageSize: 20 };
const DAY_MS = 86_400_000;
const FIRST_DAY = Date.UTC(2019, 0, 1) / DAY_MS;
const LAST_DAY = Date.UTC(2025, 11, 31) / DAY_MS; // nothing after 2025-12-31: no embargoed articles

/** sfc32, seeded through fixed constants and 15 warm-up rounds. */
export class Random {
  private a = 0x9e3779b9;
  private b = 0x243f6a88;
  private c = 0xb7e15162;
  private d: number;
  constructor(seed: number) {
    this.d = seed >>> 0;
    for (let i = 0; i < 15; i++) this.next();
  }
  /** A float in [0, 1). */
  next(): number {
    const t = (((this.a + this.b) | 0) + this.d + 1) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (((this.c << 21) | (this.c >>> 11)) + t) | 0;
    return (t >>> 0) / 4294967296;
  }
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.next() * list.length)] as T;
  }
  /** An index into `weights`, with probability proportional to its weight. */
  weighted(weights: readonly number[]): number {
    let u = this.next() * weights.reduce((a, b) => a + b, 0);
    for (let i = 0; i < weights.length; i++) if ((u -= weights[i]!) < 0) return i;
    return weights.length - 1;
  }
  shuffle<T>(list: T[]): T[] {
    for (let i = list.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [list[i], list[j]] = [list[j] as T, list[i] as T];
    }
    return list;
  }
}

interface Entity {
  name: string;
  slug: string;
  aliases: string[];
  hasFile: boolean;
  /** Published articles naming it: entity files are written only for used entities. */
  uses: number;
}

/** Every combination of one item from each list of a group, in a seeded order, lazily. */
function* shuffledCombos(rng: Random, groups: readonly (readonly (readonly string[])[])[], join: (parts: string[]) => string): Generator<string> {
  const sizes = groups.map((lists) => lists.reduce((n, list) => n * list.length, 1));
  const order = new Uint32Array(sizes.reduce((a, b) => a + b, 0)).map((_, i) => i);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(rng.next() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  for (let index of order) {
    let g = 0;
    while (index >= sizes[g]!) index -= sizes[g++]!;
    const parts: string[] = [];
    for (const list of groups[g]!.toReversed()) {
      parts.unshift(list[index % list.length]!);
      index = Math.floor(index / list.length);
    }
    yield join(parts);
  }
}

/**
 * Names taken per taxonomy: slugs must be unique in a taxonomy, and a folded
 * name or alias may not be reused. People and organisations share one set of
 * folded names, so a quote speaker can never resolve to the wrong kind.
 */
class Registry {
  private slugs = new Map<Taxonomy, Set<string>>(TAXONOMIES.map((t) => [t, new Set<string>()]));
  private folds: Record<Taxonomy, Set<string>>;
  constructor() {
    const speakers = new Set<string>();
    this.folds = { people: speakers, organisations: speakers, topics: new Set(), places: new Set(), sources: new Set() };
  }
  name(taxonomy: Taxonomy, name: string): Entity | undefined {
    const fold = foldName(name);
    const slug = slugOf(fold);
    const slugs = this.slugs.get(taxonomy)!;
    if (slugs.has(slug) || this.folds[taxonomy].has(fold)) return undefined;
    slugs.add(slug);
    this.folds[taxonomy].add(fold);
    return { name, slug, aliases: [], hasFile: false, uses: 0 };
  }
  alias(taxonomy: Taxonomy, entity: Entity, alias: string): void {
    const fold = foldName(alias);
    if (alias.length < 2 || this.folds[taxonomy].has(fold)) return;
    this.folds[taxonomy].add(fold);
    entity.aliases.push(alias);
  }
}

/** Draws from several name sources in fixed proportions (smooth weighted round robin), skipping taken names. */
function drawNames(registry: Registry, taxonomy: Taxonomy, count: number, sources: { weight: number; names: Iterator<string> }[]): Entity[] {
  const out: Entity[] = [];
  const live = sources.map((s) => ({ ...s, credit: 0 }));
  while (out.length < count) {
    if (live.length === 0) throw new Error(`corpus: the ${taxonomy} name lists ran out after ${out.length} names`);
    const total = live.reduce((n, s) => n + s.weight, 0);
    for (const s of live) s.credit += s.weight;
    const source = live.reduce((best, s) => (s.credit > best.credit ? s : best));
    source.credit -= total;
    for (;;) {
      const next = source.names.next();
      if (next.done) {
        live.splice(live.indexOf(source), 1);
        break;
      }
      const entity = registry.name(taxonomy, next.value);
      if (entity) {
        out.push(entity);
        break;
      }
    }
  }
  return out;
}

function* chain(...parts: Iterable<string>[]): Generator<string> {
  for (const part of parts) yield* part;
}

const feminine = (family: string) => family.replace(/(ов|ев|ёв|ин|ын)$/, "$1а").replace(/(с|ц)кий$/, "$1кая");
const initials = D.MIDDLE_INITIALS.map((i) => `${i}.`);
const spaced = (parts: string[]) => parts.join(" ");
const titleCase = (slug: string) => slug.split("-").map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(" ");

/** A Zipf-like popularity order over a pool: rank r is drawn with weight 1 / (r + 1)^s. */
class Pool {
  private cumulative: Float64Array;
  constructor(readonly taxonomy: Taxonomy, readonly entities: Entity[], exponent: number) {
    this.cumulative = new Float64Array(entities.length);
    let sum = 0;
    for (let r = 0; r < entities.length; r++) this.cumulative[r] = sum += 1 / (r + 1) ** exponent;
  }
  zipf(rng: Random): Entity {
    const u = rng.next() * this.cumulative[this.cumulative.length - 1]!;
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.cumulative[mid]! > u) hi = mid;
      else lo = mid + 1;
    }
    return this.entities[lo]!;
  }
  /** `count` distinct entities: one drawn uniformly (so the long tail is used), the rest Zipf. */
  choose(rng: Random, count: number): Entity[] {
    const chosen = new Set<Entity>();
    const want = Math.min(count, this.entities.length);
    if (want > 0) chosen.add(rng.pick(this.entities));
    while (chosen.size < want) chosen.add(this.zipf(rng));
    return [...chosen];
  }
}

/** Pools of all five taxonomies, sized from the article count; entity files and aliases decided up front. */
function makePools(rng: Random, articles: number): Record<Taxonomy, Pool> {
  const reg = new Registry();
  const people = drawNames(reg, "people", Math.max(20, Math.round(articles / 4)), [
    { weight: 55, names: chain(shuffledCombos(rng, [[D.LATIN_GIVEN, D.LATIN_FAMILY]], spaced), shuffledCombos(rng, [[D.LATIN_GIVEN, initials, D.LATIN_FAMILY]], spaced)) },
    {
      weight: 25,
      names: chain(
        shuffledCombos(rng, [[D.ACCENTED_GIVEN, [...D.LATIN_FAMILY, ...D.ACCENTED_FAMILY]], [D.LATIN_GIVEN, D.ACCENTED_FAMILY]], spaced),
        shuffledCombos(rng, [[D.ACCENTED_GIVEN, initials, D.ACCENTED_FAMILY]], spaced),
      ),
    },
    { weight: 10, names: shuffledCombos(rng, [[D.CYRILLIC_MALE_GIVEN, D.CYRILLIC_FAMILY], [D.CYRILLIC_FEMALE_GIVEN, D.CYRILLIC_FAMILY.map(feminine)]], spaced) },
    { weight: 10, names: shuffledCombos(rng, [[D.HANGUL_FAMILY, D.HANGUL_GIVEN]], (parts) => parts.join("")) },
  ]);
  const orgs = drawNames(reg, "organisations", Math.max(10, Math.round(articles / 20)), [
    { weight: 1, names: shuffledCombos(rng, [[D.ORG_QUALIFIERS, D.ORG_FIELDS, D.ORG_KINDS], [D.ORG_KINDS, ["for", "of"], D.ORG_FIELDS]], spaced) },
  ]);
  const topics = drawNames(reg, "topics", Math.min(200, Math.max(20, Math.round(articles / 25))), [
    { weight: 1, names: chain(rng.shuffle([...D.TOPIC_SUBJECTS]), shuffledCombos(rng, [[D.TOPIC_SUBJECTS, D.TOPIC_ASPECTS]], spaced)) },
  ]);
  const invented = shuffledCombos(rng, [[D.PLACE_FORMS, D.PLACE_STARTS, D.PLACE_ENDS]], ([form, a, b]) => form!.replace("{}", a! + b!));
  const places = drawNames(reg, "places", Math.min(300, Math.max(20, Math.round(articles / 20))), [{ weight: 1, names: chain(rng.shuffle([...D.PLACE_NAMES]), invented) }]);
  const sources = drawNames(reg, "sources", Math.min(40, Math.max(10, Math.round(articles / 10))), [{ weight: 1, names: rng.shuffle([...D.OUTLETS]).values() }]);

  // Rank = position after a shuffle; popular entities are likelier to have a file.
  const pools = {
    people: new Pool("people", rng.shuffle(people), 1),
    organisations: new Pool("organisations", rng.shuffle(orgs), 1),
    topics: new Pool("topics", rng.shuffle(topics), 0.9),
    places: new Pool("places", rng.shuffle(places), 1),
    sources: new Pool("sources", rng.shuffle(sources), 0.8),
  };
  pools.people.entities.forEach((e, rank) => {
    e.hasFile = rng.chance(rank < 10 ? 0.9 : rank < 100 ? 0.4 : 0.05) || rank === 0;
    if (!e.hasFile || !(rank === 0 || rng.chance(0.5))) return;
    if (/\p{Script=Hangul}/u.test(e.name)) return;
    const family = e.name.split(" ").at(-1)!;
    if (/\p{Script=Cyrillic}/u.test(e.name) && rng.chance(0.6)) reg.alias("people", e, titleCase(e.slug));
    else reg.alias("people", e, family);
  });
  pools.organisations.entities.forEach((e, rank) => {
    e.hasFile = rng.chance(rank < 20 ? 0.8 : 0.3) || rank === 0;
    const acronym = e.name.split(" ").filter((w) => w !== "for" && w !== "of").map((w) => w[0]).join("").toUpperCase();
    if (e.hasFile && (rank === 0 || rng.chance(0.6))) reg.alias("organisations", e, acronym);
  });
  for (const e of pools.topics.entities) e.hasFile = rng.chance(0.1);
  for (const e of pools.places.entities) e.hasFile = rng.chance(0.1);
  for (const e of pools.sources.entities) e.hasFile = rng.chance(0.5);
  return pools;
}

// YAML output: plain scalars where that is safe, JSON (a subset of YAML's double-quoted style) otherwise.
function scalar(value: string | number): string {
  if (typeof value === "number") return String(value);
  const plain = /^\p{L}/u.test(value) && !/[:#]\s|:$|\s#|[\n\t"]|\s$/.test(value) && !/^(true|false|null|yes|no|on|off|y|n)$/i.test(value);
  return plain ? value : JSON.stringify(value);
}

/** Front-matter lines for a list of objects (`quotes:`, `figures:`). */
function objectList(key: string, list: Record<string, string | number | undefined>[]): string[] {
  if (list.length === 0) return [];
  const lines = [`${key}:`];
  for (const item of list) {
    Object.entries(item)
      .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
      .forEach(([k, v], i) => lines.push(`${i === 0 ? "  - " : "    "}${k}: ${scalar(v)}`));
  }
  return lines;
}

function nameList(key: string, names: string[]): string[] {
  return names.length === 0 ? [] : [`${key}:`, ...names.map((n) => `  - ${scalar(n)}`)];
}

const isoDay = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);
const pad = (n: number) => String(n).padStart(2, "0");
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
/** Quotes and summaries are shown as text: no Markdown emphasis in them. */
const plainText = (s: string) => s.replace(/\*/g, "");

/** One article's names as written (an alias now and then), and the text built from them. */
class Writer {
  aliasUses = 0;
  constructor(private rng: Random) {}

  spell(entity: Entity, published: boolean): string {
    const { rng } = this;
    if (entity.aliases.length > 0 && rng.chance(0.12)) {
      if (published) this.aliasUses++;
      return rng.pick(entity.aliases);
    }
    // Typographic apostrophes fold to ' : the same entity, another spelling.
    return entity.name.includes("'") && rng.chance(0.1) ? entity.name.replace(/'/g, "\u2019") : entity.name;
  }

  nounPhrase(): string {
    const { rng } = this;
    return `${rng.pick(D.DETERMINERS)} ${rng.chance(0.4) ? `${rng.pick(D.ADJECTIVES)} ` : ""}${rng.pick(D.NOUNS)}`;
  }

  /** A sentence and its word count; `mentions` are names the body may use as subjects. */
  sentence(mentions: string[]): [string, number] {
    const { rng } = this;
    const subject = mentions.length > 0 && rng.chance(0.2) ? rng.pick(mentions) : this.nounPhrase();
    let object = this.nounPhrase();
    if (rng.chance(0.06)) object = object.replace(/(\S+)$/, "*$1*");
    else if (rng.chance(0.04)) object = object.replace(/(\S+)$/, "**$1**");
    let text = `${capital(subject)} ${rng.pick(D.VERBS)} ${object}`;
    if (rng.chance(0.6)) text += ` ${rng.pick(D.PREPOSITIONS)} ${mentions.length > 0 && rng.chance(0.15) ? rng.pick(mentions) : this.nounPhrase()}`;
    if (rng.chance(0.35)) text += `, ${rng.pick(D.CONNECTORS)} ${this.nounPhrase()} ${rng.pick(D.VERBS)} ${this.nounPhrase()}`;
    return [`${text}.`, text.split(" ").length];
  }

  paragraph(mentions: string[], sentences: number): [string, number] {
    let words = 0;
    const out: string[] = [];
    for (let i = 0; i < sentences; i++) {
      const [s, n] = this.sentence(mentions);
      out.push(s);
      words += n;
    }
    return [out.join(" "), words];
  }

  /** 300-1,500 words of Markdown; the first block is always a paragraph (the default summary). */
  body(mentions: string[], articleSlug: string): string {
    const { rng } = this;
    const target = 300 + Math.floor(1200 * rng.next() ** 1.6);
    const want = { headings: rng.chance(0.5) ? rng.int(1, 3) : 0, list: rng.chance(0.3), quote: rng.chance(0.15), link: rng.chance(0.6) };
    const blocks: string[] = [];
    let words = 0;
    while (words < target) {
      const late = blocks.length >= 2;
      if (late && want.headings > 0 && rng.chance(0.2)) {
        want.headings--;
        blocks.push(`## ${capital(this.nounPhrase().replace(/^\S+ /, ""))} ${rng.pick(D.PREPOSITIONS)} ${this.nounPhrase()}`);
      } else if (late && want.list && rng.chance(0.2)) {
        want.list = false;
        const items = Array.from({ length: rng.int(3, 5) }, () => `- ${capital(this.nounPhrase())} ${rng.pick(D.VERBS)} ${this.nounPhrase()}`);
        blocks.push(items.join("\n"));
        words += items.length * 6;
      } else if (late && want.quote && rng.chance(0.15)) {
        want.quote = false;
        const [text, n] = this.paragraph(mentions, rng.int(1, 3));
        blocks.push(`> ${text}`);
        words += n;
      } else {
        let [text, n] = this.paragraph(mentions, rng.int(2, 6));
        if (blocks.length >= 1 && want.link && rng.chance(0.3)) {
          want.link = false;
          const label = `${rng.pick(D.ADJECTIVES)} ${rng.pick(D.NOUNS)}`;
          text += ` Read the [${label}](https://example.org/${rng.pick(D.NOUNS)}/${articleSlug}) in full.`;
          n += 6;
        }
        blocks.push(text);
        words += n;
      }
    }
    return blocks.join("\n\n");
  }
}

interface DatePick {
  day: number;
  text: string;
}

function pickDate(rng: Random): DatePick {
  // Archives grow: later years hold more articles (density rises linearly).
  const day = FIRST_DAY + Math.floor((LAST_DAY - FIRST_DAY + 1) * Math.sqrt(rng.next()));
  const form = rng.weighted([50, 37, 10, 3]);
  const time = `T${pad(rng.int(6, 23))}:${pad(rng.int(0, 59))}`;
  // Offsets are positive only, so an instant never moves past 2025-12-31 in London.
  const text = isoDay(day) + ["", time, `${time}Z`, `${time}+0${rng.int(1, 3)}:00`][form]!;
  return { day, text };
}

function articleText(rng: Random, pools: Record<Taxonomy, Pool>, writer: Writer, n: number): { file: string; text: string; draft: boolean } {
  const draft = rng.chance(0.01);
  const date = pickDate(rng);
  const chosen = {
    people: pools.people.choose(rng, 1 + rng.weighted([25, 25, 20, 15, 10, 5])),
    organisations: pools.organisations.choose(rng, rng.weighted([20, 35, 25, 12, 8])),
    topics: pools.topics.choose(rng, 1 + rng.weighted([30, 35, 25, 10])),
    places: pools.places.choose(rng, 1 + rng.weighted([50, 35, 15])),
  };
  const source = pools.sources.zipf(rng);
  if (!draft) for (const e of [...Object.values(chosen).flat(), source]) e.uses++;
  const spelt = {
    people: chosen.people.map((e) => writer.spell(e, !draft)),
    organisations: chosen.organisations.map((e) => writer.spell(e, !draft)),
    topics: chosen.topics.map((e) => e.name),
    places: chosen.places.map((e) => e.name),
  };
  const sourceName = writer.spell(source, !draft);
  const mentions = [...spelt.people, ...spelt.organisations, ...spelt.places];

  const subject = rng.chance(0.5) ? rng.pick([...spelt.people, ...spelt.organisations]) : capital(writer.nounPhrase().replace(/^\S+ /, ""));
  const title = `${subject} ${rng.pick(D.HEADLINE_VERBS)} ${writer.nounPhrase().replace(/^\S+ /, "")}${rng.chance(0.6) ? ` ${rng.pick(D.PREPOSITIONS)} ${rng.pick(spelt.places)}` : ""}`;
  const full = slugOf(title);
  const slug = `${(full.length > 60 ? full.slice(0, 61).replace(/-[^-]*$/, "") : full) || "article"}-${n}`;
  const [year, month] = date.text.split("-") as [string, string];

  // Dates are plain scalars (YAML 1.2 core has no timestamps) and sometimes quoted, as editors write them.
  const dateScalar = (text: string) => (rng.chance(0.15) ? JSON.stringify(text) : text);
  const lines = [`title: ${scalar(title)}`, `date: ${dateScalar(date.text)}`];
  if (rng.chance(0.25) && date.day + 2 <= LAST_DAY) {
    const day = date.day + rng.int(2, Math.min(60, LAST_DAY - date.day));
    lines.push(`updated: ${dateScalar(isoDay(day) + (rng.chance(0.5) ? `T${pad(rng.int(6, 23))}:${pad(rng.int(0, 59))}` : ""))}`);
  }
  if (rng.chance(0.3)) lines.push(`summary: ${scalar(plainText(writer.sentence(mentions)[0]))}`);
  if (rng.chance(0.3)) {
    const author = rng.chance(0.6) ? rng.pick(D.STAFF) : undefined;
    lines.push("source:", `  name: ${scalar(sourceName)}`, `  url: https://${source.slug}.example/${year}/${month}/${slug}`);
    if (author) lines.push(`  author: ${scalar(author)}`);
  } else lines.push(`source: ${scalar(sourceName)}`);
  if (rng.chance(0.7)) lines.push(...nameList("authors", [...new Set([rng.pick(D.STAFF), ...(rng.chance(0.2) ? [rng.pick(D.STAFF)] : [])])]));
  for (const taxonomy of ["people", "organisations", "topics", "places"] as const) lines.push(...nameList(taxonomy, spelt[taxonomy]));

  const quotes = Array.from({ length: rng.weighted([35, 30, 20, 10, 5]) }, () => {
    const byOrg = spelt.organisations.length > 0 && rng.chance(0.2);
    const speaker = byOrg ? rng.pick(spelt.organisations) : rng.pick(spelt.people);
    return {
      text: plainText(writer.paragraph(mentions, rng.int(1, 2))[0]),
      speaker,
      // A person keeps one role, as in a real archive (else the hygiene report flags every day).
      role: !byOrg && rng.chance(0.5) ? D.ROLES[stableIndex(speaker, D.ROLES.length)] : undefined,
      context: rng.chance(0.3) ? `${rng.pick(D.CONTEXTS)} in ${rng.pick(spelt.places)}` : undefined,
    };
  });
  lines.push(...objectList("quotes", quotes));
  const figures = Array.from({ length: rng.weighted([45, 30, 15, 10]) }, () => {
    const { label, units } = rng.pick(D.FIGURE_LABELS);
    const unit = rng.pick(units);
    const value =
      unit === "%" ? Math.round(rng.next() * 400) / 10 : unit === "USD" || unit === "EUR" ? rng.int(1, 500) * 10 ** rng.int(5, 8) : rng.int(10, 200_000);
    return {
      value,
      label,
      unit,
      qualifier: rng.chance(0.4) ? rng.pick(D.FIGURE_QUALIFIERS) : undefined,
      attribution: rng.chance(0.4) ? rng.pick([...spelt.organisations, ...D.ATTRIBUTIONS]) : undefined,
      asOf: rng.chance(0.3) ? isoDay(date.day - rng.int(0, 60)) : undefined,
    };
  });
  lines.push(...objectList("figures", figures));
  if (rng.chance(0.03)) {
    const corrections = Array.from({ length: rng.int(1, 2) }, (_, i) => ({
      date: isoDay(Math.min(LAST_DAY, date.day + 1 + i * 30 + rng.int(0, 29))),
      text: `An earlier version of this article misstated ${writer.nounPhrase()}.`,
    }));
    lines.push(...objectList("corrections", corrections));
  }
  if (draft) lines.push("draft: true");

  const body = writer.body(mentions, slug);
  return { file: `articles/${year}/${month}/${slug}.md`, text: `---\n${lines.join("\n")}\n---\n\n${body}\n`, draft };
}

function entityText(rng: Random, taxonomy: Taxonomy, e: Entity, places: Pool): string {
  const kind = rng.pick(D.DESCRIPTIONS[taxonomy]);
  const description =
    taxonomy === "topics" ? `${kind} ${e.name.toLowerCase()}.` : taxonomy === "places" ? `${kind}.` : `${kind} based in ${places.zipf(rng).name}.`;
  const lines = [`name: ${scalar(e.name)}`, ...nameList("aliases", e.aliases), `description: ${scalar(description)}`];
  if (rng.chance(0.4)) lines.push(`wikidata: Q${rng.int(1, 99_999_999)}`);
  if (rng.chance(0.3)) lines.push(`url: https://example.org/${taxonomy}/${e.slug}`);
  const profile = rng.chance(0.5) ? `${e.name} has been covered by this archive since ${rng.int(2019, 2025)}.\n` : "";
  return `---\n${lines.join("\n")}\n---\n${profile}`;
}

/** Refuses a non-empty folder unless it holds a previous corpus whose site.json is titled `title`, which it deletes. */
export function prepareOut(out: string, title = SITE.title): void {
  if (!fs.existsSync(out)) return;
  if (!fs.statSync(out).isDirectory()) throw new CorpusUsageError(`${out} exists and is not a folder`);
  if (fs.readdirSync(out).length === 0) return;
  let found: unknown;
  try {
    found = (JSON.parse(fs.readFileSync(path.join(out, "site.json"), "utf8")) as { title?: unknown }).title;
  } catch {
    found = undefined;
  }
  if (found !== title) throw new CorpusUsageError(`${out} is not empty and holds no synthetic corpus (no site.json titled ${JSON.stringify(title)}); refusing to replace it`);
  fs.rmSync(out, { recursive: true });
}

export function generateCorpus(options: CorpusOptions): CorpusStats {
  const started = performance.now(); // for the report only; never in the content
  const { articles, out, seed = 1 } = options;
  if (!Number.isInteger(articles) || articles < 1 || articles > 1_000_000) throw new CorpusUsageError("--articles must be a whole number from 1 to 1000000");
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) throw new CorpusUsageError("--seed must be a whole number from 0 to 4294967295");
  prepareOut(out);

  const rng = new Random(seed);
  const pools = makePools(rng, articles);
  const writer = new Writer(rng);
  const stats: CorpusStats = {
    articles,
    drafts: 0,
    published: 0,
    pools: { people: 0, organisations: 0, topics: 0, places: 0, sources: 0 },
    entityFiles: { people: 0, organisations: 0, topics: 0, places: 0, sources: 0 },
    aliasUses: 0,
    files: 0,
    bytes: 0,
    seconds: 0,
  };
  const folders = new Set<string>();
  const write = (file: string, text: string) => {
    const folder = path.join(out, path.dirname(file));
    if (!folders.has(folder)) fs.mkdirSync(folder, { recursive: true });
    folders.add(folder);
    fs.writeFileSync(path.join(out, file), text);
    stats.files++;
    stats.bytes += Buffer.byteLength(text);
  };

  write("site.json", `${JSON.stringify(SITE, null, 2)}\n`);
  for (let n = 1; n <= articles; n++) {
    const { file, text, draft } = articleText(rng, pools, writer, n);
    write(file, text);
    if (draft) stats.drafts++;
  }
  for (const taxonomy of TAXONOMIES) {
    stats.pools[taxonomy] = pools[taxonomy].entities.length;
    for (const e of pools[taxonomy].entities) {
      if (!e.hasFile || e.uses === 0) continue;
      write(`${taxonomy}/${e.slug}.md`, entityText(rng, taxonomy, e, pools.places));
      stats.entityFiles[taxonomy]++;
    }
  }
  stats.published = articles - stats.drafts;
  stats.aliasUses = writer.aliasUses;
  stats.seconds = (performance.now() - started) / 1000;
  return stats;
}

/** A corpus generator's command: its npm script's name, and what it does with the options given (the lines to print). */
export interface CorpusCommand {
  name: string;
  generate(options: Required<CorpusOptions>): string[];
}

/**
 * The command line the corpus generators share, `--articles N --out DIR
 * [--seed S]`; returns the exit code (2 for a usage error, which
 * `generate` reports by throwing `CorpusUsageError`).
 */
export function runCorpusCommand(argv: string[], command: CorpusCommand): number {
  const usage = `Usage: npm run ${command.name} -- --articles N --out DIR [--seed S]`;
  let values: { articles?: string; out?: string; seed?: string; help?: boolean };
  try {
    ({ values } = parseArgs({ args: argv, options: { articles: { type: "string" }, out: { type: "string" }, seed: { type: "string" }, help: { type: "boolean", short: "h" } } }));
  } catch (error) {
    console.error(`${command.name}: ${(error as Error).message}\n${usage}`);
    return 2;
  }
  if (values.help) {
    console.log(usage);
    return 0;
  }
  const whole = (v: string | undefined) => (v !== undefined && /^\d+$/.test(v) ? Number(v) : Number.NaN);
  if (values.articles === undefined || values.out === undefined) {
    console.error(`${command.name}: --articles and --out are required\n${usage}`);
    return 2;
  }
  try {
    const lines = command.generate({ articles: whole(values.articles), out: path.resolve(values.out), seed: values.seed === undefined ? 1 : whole(values.seed) });
    for (const line of lines) console.log(line);
    return 0;
  } catch (error) {
    if (!(error instanceof CorpusUsageError)) throw error;
    console.error(`${command.name}: ${error.message}\n${usage}`);
    return 2;
  }
}

function cli(argv: string[]): number {
  return runCorpusCommand(argv, {
    name: "corpus",
    generate: (options) => {
      const s = generateCorpus(options);
      const fmt = (n: number) => n.toLocaleString("en");
      const per = (r: Record<Taxonomy, number>) => TAXONOMIES.map((t) => `${fmt(r[t])} ${t}`).join(", ");
      return [
        `Wrote ${options.out}: ${fmt(s.articles)} articles (${fmt(s.drafts)} drafts, ${fmt(s.published)} published, ${fmt(s.aliasUses)} alias uses)`,
        `  name pools: ${per(s.pools)}`,
        `  entity files: ${per(s.entityFiles)}`,
        `  ${fmt(s.files)} files, ${fmt(s.bytes)} bytes (${(s.bytes / 1048576).toFixed(1)} MiB) in ${s.seconds.toFixed(2)} s`,
      ];
    },
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) process.exitCode = cli(process.argv.slice(2));

/** A stable position in a list of `length` for a text (FNV-1a). */
function stableIndex(text: string, length: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return hash % length;
}
