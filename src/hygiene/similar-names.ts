import type { Taxonomy } from "../schema/article.ts";
import { consonantKey, sameAcrossScripts } from "./consonants.ts";
import { findMisspellings } from "./misspellings.ts";
import { initialsOf, normaliseName, stagesOf, withoutLegalForm, type NameForm, type Stage } from "./normalise.ts";
import { GENERATIONAL, PARTICLES } from "./word-lists.ts";

/**
 * Finds names of one taxonomy that probably mean one entity, without
 * comparing every pair: each check looks candidates up in an index
 * (normalised keys, surname words, initials, consonant skeletons, and a
 * deletion neighbourhood for misspellings), so the work grows with the
 * number of names, not with its square.
 */

/** Why two names look alike. */
export type MatchKind =
  | Exclude<Stage, "spacing">
  /** Accents, hyphens, spacing, punctuation. */
  | "accents"
  /** The same name in another script. */
  | "script"
  /** A full name and the same without its middle names (George W. Bush, George Bush). */
  | "middle-name"
  /** A name with initials for words of another (J. Stoltenberg, Jens Stoltenberg). */
  | "initials"
  /** A one-word name made of the initials of another (NATO). */
  | "acronym"
  /** A person's one-word name that is the other's last word (Macron). */
  | "surname"
  /** A person's one-word name that is another word of the other's name (Xi, Xi Jinping). */
  | "part-of-name"
  /** Within a small edit distance (Stoltenburg, Stoltenberg). */
  | "misspelling";

export interface NameEntry {
  /** The entity's displayed name (and each other spelling in use). */
  names: readonly string[];
  /**
   * Aliases declared in its entity file. They are compared like names, but a
   * declared alias is never reported as the short form of another entity's
   * name: the editor has said whom "Stewart" means.
   */
  aliases?: readonly string[];
  /** How much it is used (articles); the most used is compared with the rest of a group. */
  weight: number;
}

export interface SimilarMatch {
  /** Entry indexes, `a < b`. */
  a: number;
  b: number;
  /** The spellings that matched: one of a's names and one of b's. */
  spellingA: string;
  spellingB: string;
  kind: MatchKind;
}

/** A one-word person name that is part of the names of several people: one warning, not one per person. */
export interface AmbiguousPart {
  entry: number;
  spelling: string;
  /** The most used of them (at most `MAX_NAMED`), most used first. */
  candidates: number[];
  /** How many people's names have it. */
  total: number;
}

export interface SimilarNames {
  /** In order of `a`, then `b`. */
  matches: SimilarMatch[];
  ambiguous: AmbiguousPart[];
  /** Pairs of spellings looked at: bounded by the indexes, never all pairs. */
  comparisons: number;
}

/** A short name that matches more names than this is ambiguous, not a likely duplicate. */
export const MAX_NAMED = 3;
/** A lookup (surname, initials, skeleton) examines at most this many names. */
const LOOKUP_LIMIT = 64;

export interface FormRef {
  entry: number;
  form: NameForm;
  /** A declared alias. */
  alias: boolean;
}

export function findSimilarNames(taxonomy: Taxonomy, entries: readonly NameEntry[]): SimilarNames {
  const forms = normaliseAll(taxonomy, entries);
  const stages = stagesOf(taxonomy);
  const found = new Map<string, SimilarMatch>();
  const ambiguous: AmbiguousPart[] = [];
  let comparisons = 0;

  const record = (x: FormRef, y: FormRef, kind: MatchKind) => {
    // Two declared aliases: the editor has placed both spellings already.
    if (x.entry === y.entry || (x.alias && y.alias)) return;
    const [first, second] = x.entry < y.entry ? [x, y] : [y, x];
    const key = `${first.entry},${second.entry}`;
    if (found.has(key)) return;
    found.set(key, { a: first.entry, b: second.entry, spellingA: first.form.written, spellingB: second.form.written, kind });
  };
  const heavier = (x: FormRef, y: FormRef) => entries[y.entry]!.weight - entries[x.entry]!.weight || x.entry - y.entry;

  // 1. Equal after a normalisation stage: each spelling against the group's most used.
  for (let s = 0; s < stages.length; s++) {
    for (const group of groupBy(forms, (f) => f.form.keys[s] || undefined).values()) {
      const distinct = uniqueEntries(group).toSorted(heavier);
      const hub = distinct[0]!;
      for (const other of distinct.slice(1)) {
        comparisons += 1;
        record(hub, other, stageKind(hub.form, other.form, stages));
      }
    }
  }

  const finalKey = (f: NameForm) => f.keys[f.keys.length - 1] ?? "";

  if (taxonomy === "people") {
    // 2. Middle names dropped: George Walker Bush, George Bush.
    const twoWord = groupBy(
      forms.filter((f) => f.form.ordered.length === 2),
      (f) => finalKey(f.form),
    );
    for (const ref of forms) {
      const words = ref.form.ordered;
      if (words.length < 3 || GENERATIONAL.has(words[words.length - 1]!)) continue;
      const short = [words[0]!, words[words.length - 1]!].toSorted().join("");
      for (const other of (twoWord.get(short) ?? []).slice(0, LOOKUP_LIMIT)) {
        comparisons += 1;
        if (!other.alias) record(ref, other, "middle-name");
      }
    }

    // 3. Initials for words: J. Stoltenberg, George W. Bush / George Walker Bush.
    const byInitials = groupBy(
      forms.filter((f) => f.form.ordered.length >= 2),
      (f) => initialised(f.form.ordered),
    );
    for (const ref of forms) {
      const words = ref.form.ordered;
      if (ref.alias || words.length < 2 || !words.slice(0, -1).some((w) => w.length === 1)) continue;
      const hits: FormRef[] = [];
      for (const other of (byInitials.get(initialised(words)) ?? []).slice(0, LOOKUP_LIMIT)) {
        if (other.entry === ref.entry) continue;
        comparisons += 1;
        if (initialsAgree(words, other.form.ordered)) hits.push(other);
      }
      if (uniqueEntries(hits).length <= MAX_NAMED) for (const hit of hits) record(ref, hit, "initials");
    }

    // 4. A surname (or another word of a name) alone: Macron, Emmanuel Macron.
    const byWord = new Map<string, FormRef[]>();
    const lastWords = new Set<string>();
    for (const ref of forms) {
      const words = ref.form.ordered;
      if (words.length < 2) continue;
      const lastIndex = GENERATIONAL.has(words[words.length - 1]!) ? words.length - 2 : words.length - 1;
      words.forEach((word, i) => {
        if (word.length < 2 || PARTICLES.has(word) || GENERATIONAL.has(word)) return;
        push(byWord, word, ref);
        if (i === lastIndex) lastWords.add(`${word} ${ref.entry}`);
      });
    }
    const surnames = new Lookup(byWord, heavier);
    for (const ref of forms) {
      if (ref.alias || ref.form.ordered.length !== 1) continue;
      const word = ref.form.ordered[0]!;
      const { refs, total } = surnames.others(word, ref.entry, MAX_NAMED + 1);
      comparisons += refs.length;
      if (total > MAX_NAMED) {
        ambiguous.push({ entry: ref.entry, spelling: ref.form.written, candidates: refs.slice(0, MAX_NAMED).map((p) => p.entry), total });
        continue;
      }
      for (const person of refs) record(ref, person, lastWords.has(`${word} ${person.entry}`) ? "surname" : "part-of-name");
    }
  }

  // 5. Initials: NATO, North Atlantic Treaty Organization.
  const byAcronym = new Map<string, FormRef[]>();
  for (const ref of forms) {
    if (ref.form.plain.length < 2) continue;
    const variants = new Set([...initialsOf(ref.form.plain, PARTICLES), ...initialsOf(withoutLegalForm(ref.form.plain), PARTICLES)]);
    for (const initials of variants) if (initials.length >= 2 && initials.length <= 8) push(byAcronym, initials, ref);
  }
  const acronyms = new Lookup(byAcronym, heavier);
  for (const ref of forms) {
    if (ref.alias || !looksLikeAcronym(ref.form)) continue;
    const { refs, total } = acronyms.others(ref.form.plain[0]!, ref.entry, MAX_NAMED + 1);
    comparisons += refs.length;
    if (total <= MAX_NAMED) for (const hit of refs) record(ref, hit, "acronym");
  }

  // 6. Across scripts, by consonants: 김정은, Kim Jong Un.
  if (forms.some((f) => f.form.otherScript)) {
    const skeletons = new Lookup(
      groupBy(
        forms.filter((f) => !f.form.otherScript),
        (f) => skeletonKey(f.form),
      ),
      heavier,
    );
    for (const ref of forms) {
      const key = ref.form.otherScript ? skeletonKey(ref.form) : undefined;
      if (key === undefined) continue;
      const { refs } = skeletons.others(key, ref.entry, LOOKUP_LIMIT);
      comparisons += refs.length;
      const hits = refs.filter((h) => sameAcrossScripts(ref.form.written, h.form.written));
      if (hits.length <= MAX_NAMED) for (const hit of hits) record(ref, hit, "script");
    }
  }

  // 7. Misspellings: one word within a small edit distance, the other words equal.
  comparisons += findMisspellings(taxonomy, forms, (x, y) => record(x, y, "misspelling"));

  const matches = [...found.values()].toSorted((x, y) => x.a - y.a || x.b - y.b);
  return { matches, ambiguous, comparisons };
}

function normaliseAll(taxonomy: Taxonomy, entries: readonly NameEntry[]): FormRef[] {
  const forms: FormRef[] = [];
  entries.forEach((entry, index) => {
    const seen = new Set<string>();
    const spellings = [...entry.names.map((name) => ({ name, alias: false })), ...(entry.aliases ?? []).map((name) => ({ name, alias: true }))];
    for (const { name, alias } of spellings) {
      const form = normaliseName(taxonomy, name);
      const id = form.keys.join("\u0000");
      if (form.plain.length === 0 || seen.has(id)) continue;
      seen.add(id);
      forms.push({ entry: index, form, alias });
    }
  });
  return forms;
}

/** The first stage after which the two keys are equal, as a kind. */
function stageKind(x: NameForm, y: NameForm, stages: readonly Stage[]): MatchKind {
  const index = stages.findIndex((_, i) => x.keys[i] === y.keys[i]);
  const stage = stages[index] ?? "spacing";
  if (stage !== "spacing") return stage;
  return x.otherScript !== y.otherScript ? "script" : "accents";
}

/** Every word but the last reduced to its initial: "j stoltenberg". */
function initialised(words: readonly string[]): string {
  return words.map((w, i) => (i === words.length - 1 ? w : w[0] ?? "")).join(" ");
}

/** Word for word equal, or an initial standing for the other's word; at least one initial. */
function initialsAgree(x: readonly string[], y: readonly string[]): boolean {
  if (x.length !== y.length) return false;
  let initials = 0;
  for (let i = 0; i < x.length; i++) {
    const [a, b] = [x[i]!, y[i]!];
    if (a === b) continue;
    if ((a.length === 1 && b.startsWith(a)) || (b.length === 1 && a.startsWith(b))) initials += 1;
    else return false;
  }
  return initials > 0;
}

/** One word of 2 to 8 letters, in capitals when shorter than four (NATO, WHO, Unesco). */
function looksLikeAcronym(form: NameForm): boolean {
  const word = form.plain.length === 1 ? form.plain[0]! : "";
  if (!/^[a-z]{2,8}$/.test(word)) return false;
  return word.length >= 4 || !/\p{Ll}/u.test(form.written);
}

function skeletonKey(form: NameForm): string | undefined {
  const key = consonantKey(form.written);
  return key.length >= 3 ? key : undefined;
}

/**
 * An index bucket's entries, one form each, most used first: sorted once per
 * key, so that a lookup costs the few entries it returns, not the bucket.
 */
class Lookup {
  private readonly sorted = new Map<string, { refs: FormRef[]; entries: Set<number> }>();

  constructor(
    private readonly buckets: ReadonlyMap<string, FormRef[]>,
    private readonly order: (x: FormRef, y: FormRef) => number,
  ) {}

  /** The first `limit` entries under `key` other than `self`, and how many there are. */
  others(key: string, self: number, limit: number): { refs: FormRef[]; total: number } {
    let bucket = this.sorted.get(key);
    if (!bucket) {
      const refs = uniqueEntries(this.buckets.get(key) ?? []).toSorted(this.order);
      bucket = { refs, entries: new Set(refs.map((r) => r.entry)) };
      this.sorted.set(key, bucket);
    }
    const refs: FormRef[] = [];
    for (const ref of bucket.refs) {
      if (refs.length >= limit) break;
      if (ref.entry !== self) refs.push(ref);
    }
    return { refs, total: bucket.refs.length - (bucket.entries.has(self) ? 1 : 0) };
  }
}

function push<T>(map: Map<string, T[]>, key: string, item: T): void {
  const list = map.get(key);
  if (list) list.push(item);
  else map.set(key, [item]);
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string | undefined): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    if (key === undefined) continue;
    const list = groups.get(key);
    if (list) list.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

/** The first form of each entry. */
function uniqueEntries(refs: readonly FormRef[]): FormRef[] {
  const seen = new Set<number>();
  return refs.filter((r) => (seen.has(r.entry) ? false : (seen.add(r.entry), true)));
}
