import type { Taxonomy } from "../schema/article.ts";
import { editDistance } from "../validate/did-you-mean.ts";
import { deletions } from "./edit-distance.ts";
import type { NameForm } from "./normalise.ts";
import type { FormRef } from "./similar-names.ts";
import { COUNTRIES } from "./word-lists.ts";

/**
 * Misspellings (Stoltenburg, Stoltenberg): names whose words are equal but
 * one, and that one within a small edit distance. Candidates come from a
 * deletion neighbourhood (as in SymSpell): every word of 5 letters or more
 * is indexed with each string made by deleting one letter (two from 10
 * letters), keyed by the name's other words, so two names meet in a bucket
 * only when they could be one or two edits apart.
 */

/** A bucket up to this size is compared pair by pair. */
const BUCKET_ALL_PAIRS = 24;
/** In a bigger bucket (sorted), each spelling is compared with this many after it. */
const BUCKET_WINDOW = 8;

/** Hangul or Han: one romanised letter more or less is another syllable, so another name. */
const SYLLABIC = /[\p{Script=Hangul}\p{Script=Han}]/u;

interface Variant {
  ref: FormRef;
  word: string;
}

/**
 * Deletion neighbourhood on each word of 5 letters or more, of the words
 * with the transliteration skeleton and, where they differ, without it
 * (Netanyhu is one edit from Netanyahu, two from its skeleton netaniahu);
 * returns the pairs compared.
 */
export function findMisspellings(taxonomy: Taxonomy, forms: readonly FormRef[], found: (x: FormRef, y: FormRef) => void): number {
  const buckets = new Map<string, Variant[]>();
  const rests = new Map<string, number>();
  const add = (ref: FormRef, words: readonly string[]) => {
    words.forEach((word, i) => {
      if (word.length < 5 || !/^[a-z]+$/.test(word) || words.indexOf(word) !== i) return;
      const rest = `${words.length}|${words.filter((_, j) => j !== i).join(" ")}`;
      let id = rests.get(rest);
      if (id === undefined) rests.set(rest, (id = rests.size));
      const entry = { ref, word };
      for (const variant of deletions(word, word.length >= 10 ? 2 : 1)) {
        const key = `${id}|${variant}`;
        const list = buckets.get(key);
        if (list) list.push(entry);
        else buckets.set(key, [entry]);
      }
    });
  };
  for (const ref of forms) {
    const skeleton = ref.form.tokens.toSorted();
    const raw = ref.form.unskeletoned.toSorted();
    add(ref, skeleton);
    if (raw.some((word, i) => word !== skeleton[i])) add(ref, raw);
  }
  let comparisons = 0;
  const compare = (x: Variant, y: Variant) => {
    if (x.ref.entry === y.ref.entry || x.word === y.word) return;
    comparisons += 1;
    if (taxonomy === "places" && bothCountries(x.ref.form, y.ref.form)) return;
    if (SYLLABIC.test(x.ref.form.written) || SYLLABIC.test(y.ref.form.written)) return;
    if (isMisspelling(taxonomy, x.word, y.word, isGivenName(x) || isGivenName(y))) found(x.ref, y.ref);
  };
  for (const bucket of buckets.values()) {
    if (bucket.length < 2) continue;
    if (bucket.length <= BUCKET_ALL_PAIRS) {
      for (let i = 0; i < bucket.length; i++) for (let j = i + 1; j < bucket.length; j++) compare(bucket[i]!, bucket[j]!);
      continue;
    }
    const sorted = bucket.toSorted((x, y) => (x.word < y.word ? -1 : x.word > y.word ? 1 : x.ref.entry - y.ref.entry));
    for (let i = 0; i < sorted.length; i++) {
      for (let j = i + 1; j < Math.min(sorted.length, i + 1 + BUCKET_WINDOW); j++) compare(sorted[i]!, sorted[j]!);
    }
  }
  return comparisons;
}

/** Two countries, however alike their names (Iceland, Ireland). */
function bothCountries(x: NameForm, y: NameForm): boolean {
  const key = (f: NameForm) => f.keys[0] ?? "";
  return COUNTRIES.has(key(x)) && COUNTRIES.has(key(y));
}

/** A word of a person's name other than the last (Maria in Maria Brown). */
function isGivenName({ ref, word }: Variant): boolean {
  const { ordered, unskeletoned } = ref.form;
  return ordered.length > 1 && ordered[ordered.length - 1] !== word && unskeletoned[unskeletoned.length - 1] !== word;
}

/**
 * Words of 5 letters or more (6 for given names: Maria and Marta, Anna and
 * Anne are other names), same first letter, one edit apart (two from 11
 * letters); for people, not a pair of gendered forms (Daniel/Daniela).
 */
export function isMisspelling(taxonomy: Taxonomy, x: string, y: string, givenName = false): boolean {
  if (Math.min(x.length, y.length) < (givenName && taxonomy === "people" ? 6 : 5) || x[0] !== y[0]) return false;
  const max = Math.max(x.length, y.length) >= 11 ? 2 : 1;
  if (editDistance(x, y, max) > max) return false;
  return taxonomy !== "people" || !gendered(x, y);
}

const GENDERED_ENDINGS = new Set(
  ["|a", "|e", "o|a", "er|ra", "is|es", "a|ka", "|le", "|ne", "us|a", "an|na", "o|e", "i|a"].flatMap((pair) => {
    const [x = "", y = ""] = pair.split("|");
    return [`${x}|${y}`, `${y}|${x}`];
  }),
);

/** Two forms of a name for a man and a woman: Daniel/Daniela, Mario/Maria, Ivana/Ivanka, Louis/Louise. */
function gendered(x: string, y: string): boolean {
  let p = 0;
  while (p < x.length && p < y.length && x[p] === y[p]) p++;
  return GENDERED_ENDINGS.has(`${x.slice(p)}|${y.slice(p)}`);
}

