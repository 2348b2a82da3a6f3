import { ownCopy } from "../parse/utf8.ts";
import { stemEnglish } from "./english-stem.ts";

/**
 * Pagefind 1.6's rules for the words of a text: which words a record's
 * content and meta put into the index, under which keys, at which positions
 * and with which weights. The browser runs the same rules on a search's
 * terms (Pagefind's WebAssembly), so the index written by `pagefind-files.ts`
 * is found only if these rules are exactly Pagefind's; a test compares both
 * on the fixture archives and on generated text (tests/unit/pagefind-files.test.ts).
 *
 * Rules, as Pagefind's `get_indexable_words` and `parse_digest` apply them:
 * - the text is split at white space; each piece is a word and takes a
 *   position, even when nothing of it is indexed ("—");
 * - the word itself: its letters and digits (and `INCLUDE_CHARACTERS`),
 *   lower-cased character by character, then its diacritics removed
 *   (canonical decomposition, marks dropped; the form with diacritics kept
 *   as a variant of the key), then stemmed (English);
 * - a word holding anything but letters and digits, or a capital after its
 *   first character, may be a compound ("well-known", "McDonald"): its parts
 *   (at ASCII punctuation, case changes and digits, grapheme by grapheme, as
 *   Rust's convert_case splits them) of more than one byte are indexed too,
 *   sharing its weight;
 * - in body text, after each dot with a letter or digit before it, the rest
 *   of the word is a part too when it may be a compound, has more than one
 *   character and its key is no other part's ("bbc.co.uk": "bbccouk",
 *   "couk"). This rule is not in Pagefind's published source; it was found
 *   against its binary's output, as were the graphemes.
 * A word outside what is reproduced (an emoji, a `___` marker) makes the
 * caller leave the whole part to Pagefind's binary.
 */

/** What Pagefind 1.6 keeps in a word besides letters and digits (its default: the connector punctuation). */
export const INCLUDE_CHARACTERS = ["_", "‿", "⁀", "⁔", "︳", "︴", "﹍", "﹎", "﹏", "＿"];

/** Rust's `char::is_whitespace` (Unicode White_Space), which `split_whitespace` splits at: not JavaScript's `\s`, which adds U+FEFF and lacks U+0085. */
const WHITE_SPACE = /[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/u;

/** A body word's weight: Pagefind's weight 1.0 times its multiplier, 24. */
const BODY_WEIGHT = 24;

/** One key a word is indexed under. */
export interface IndexableWord {
  /** The key: lower-cased, without diacritics, stemmed. */
  stemmed: string;
  /** The word as written (lower-cased) when removing diacritics changed it: a variant of the key. */
  original: string | null;
  compoundPart: boolean;
}

const ALPHANUMERIC = /[\p{Alphabetic}\p{Nd}\p{Nl}\p{No}]/u;
const INCLUDED = new Set(INCLUDE_CHARACTERS);
const UPPERCASE = /\p{Uppercase}/u;
const ASCII = /^[\x00-\x7f]*$/u;
const MARKS = /\p{M}/gu;
const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/gu;
const NOT_ALPHANUMERIC = /[^\p{Alphabetic}\p{Nd}\p{Nl}\p{No}]/u;
/** Characters whose presence Pagefind treats as a possible emoji (Unicode's `Emoji` property, which includes the digits, `#` and `*`). */
const EMOJI = /\p{Emoji}/u;
/** Emoji proper: a word holding one is not for these rules (`indexableWords` reports it). */
const EMOJI_PRESENTATION = /[\p{Extended_Pictographic}\u{1F1E6}-\u{1F1FF}\u20E3]/u;

/** The word's letters and digits, lower-cased one character at a time (Rust's `char::to_lowercase`, which knows no final sigma). */
function normalize(raw: string): string {
  let out = "";
  for (const c of raw) {
    if (ALPHANUMERIC.test(c) || INCLUDED.has(c)) out += c.length === 1 && c <= "\x7f" ? c.toLowerCase() : UPPERCASE.test(c) ? c.toLowerCase() : c;
  }
  return out;
}

/** The word without diacritics, or null when it has none (`normalize_diacritics`). */
function withoutDiacritics(word: string): string | null {
  if (ASCII.test(word)) return null;
  const stripped = word.normalize("NFD").replace(MARKS, "");
  return stripped === word ? null : stripped;
}

/** Graphemes, as convert_case (through unicode-segmentation) walks a word. */
const GRAPHEMES = new Intl.Segmenter("en", { granularity: "grapheme" });
/** convert_case's classes of a grapheme: lower or upper case (it has both cases, and is one), or an ASCII digit. */
const isLower = (g: string) => g.toUpperCase() !== g.toLowerCase() && g === g.toLowerCase();
const isUpper = (g: string) => g.toUpperCase() !== g.toLowerCase() && g === g.toUpperCase();
const isDigit = (g: string) => /^[0-9]+$/u.test(g);

/**
 * `s.to_case(Case::Lower)` of Rust's convert_case, after ASCII punctuation
 * became spaces: words split at spaces, between a lower-case grapheme and an
 * upper-case one, before the last capital of a run followed by a lower-case
 * grapheme ("WKWeb": "wk web"), and between ASCII digits and cased
 * graphemes; lower-cased, joined by one space.
 */
function discreteWords(raw: string): string {
  const words: string[] = [];
  for (const piece of raw.replace(ASCII_PUNCTUATION, " ").split(" ")) {
    if (piece === "") continue;
    const g = Array.from(GRAPHEMES.segment(piece), (s) => s.segment);
    let start = 0;
    for (let i = 1; i < g.length; i++) {
      const a = g[i - 1]!;
      const b = g[i]!;
      const c = g[i + 1];
      const split =
        (isLower(a) && isUpper(b)) ||
        (isUpper(a) && isUpper(b) && c !== undefined && isLower(c)) ||
        (isDigit(a) && (isLower(b) || isUpper(b))) ||
        ((isLower(a) || isUpper(a)) && isDigit(b));
      if (split) {
        words.push(g.slice(start, i).join(""));
        start = i;
      }
    }
    words.push(g.slice(start).join(""));
  }
  return words
    .map((w) => w.toLowerCase())
    .join(" ")
    .split(WHITE_SPACE)
    .filter((w) => w !== "")
    .join(" ");
}

function keyOf(word: string): IndexableWord["stemmed"] {
  return stemEnglish(word);
}

/** UTF-8 length: Pagefind keeps compound parts of more than one byte. */
function byteLength(text: string): number {
  return Buffer.byteLength(text, "utf8");
}

/**
 * The keys one word (`raw`, as split at white space) is indexed under, or
 * null when the word holds an emoji, whose rules (Unicode graphemes and an
 * emoji table) are not reproduced here: the caller lets Pagefind's binary
 * index such a text.
 */
export function indexableWords(raw: string, dotJoins = true): IndexableWord[] | null {
  const results: IndexableWord[] = [];
  const normalized = normalize(raw);
  if (normalized !== "") results.push(keyFor(normalized, false));
  if (!possiblyCompound(raw)) return results;
  if (EMOJI.test(raw) && EMOJI_PRESENTATION.test(raw)) return null;
  const parts = compoundParts(raw, normalized);
  if (parts === null) return results;
  const seen = new Set<string>();
  for (const part of parts.split(" ")) {
    if (byteLength(part) <= 1) continue;
    const key = keyFor(part, true);
    seen.add(key.stemmed);
    results.push(key);
  }
  // After each dot with a letter or digit before it, the rest of the word when that may be a compound itself and its
  // key is no part's ("bbc.co.uk": "bbccouk", "couk"; "x..foo-bar": "foobar" once); in body text only, not in meta.
  for (let dot = raw.indexOf("."); dotJoins && dot !== -1; dot = raw.indexOf(".", dot + 1)) {
    if (normalize(raw.slice(0, dot)) === "") continue;
    const after = raw.slice(dot + 1);
    const joined = normalize(after);
    // More than one character here, where parts need more than one byte ("x.«é" adds no "e").
    if (!possiblyCompound(after) || [...joined].length <= 1) continue;
    const key = keyFor(joined, true);
    if (seen.has(key.stemmed)) continue;
    seen.add(key.stemmed);
    results.push(key);
  }
  return results;
}

/** The key of a lower-cased word (or part), with its form with diacritics as a variant. */
function keyFor(word: string, compoundPart: boolean): IndexableWord {
  const plain = withoutDiacritics(word);
  return { stemmed: keyOf(plain ?? word), original: plain === null ? null : word, compoundPart };
}

/** Whether a word may be a compound: it holds something besides letters and digits, or a capital after its first character. */
function possiblyCompound(raw: string): boolean {
  if (NOT_ALPHANUMERIC.test(raw)) return true;
  let first = true;
  for (const c of raw) {
    if (!first && UPPERCASE.test(c)) return true;
    first = false;
  }
  return false;
}

/** A compound's parts, joined by spaces, or null when it does not split (one part that the word starts with). */
function compoundParts(raw: string, normalized: string): string | null {
  if (normalized === "") return null;
  const parts = discreteWords(raw);
  return parts.includes(" ") || !normalized.startsWith(parts) ? parts : null;
}

/**
 * Where a key occurs in a text: each occurrence as `position * 256 +
 * weight` (a weight is at most 240), those written without diacritics in
 * `plain`, the others by the form written.
 */
export interface Occurrences {
  plain: number[];
  variants: Map<string, number[]> | null;
}

/** An occurrence's position and weight, from its packed number. */
export const positionOf = (packed: number) => Math.floor(packed / 256);
export const weightOf = (packed: number) => packed % 256;

/** A record's content as Pagefind indexes it. */
export interface DigestedText {
  /** The text as the fragment shows it: its words joined by single spaces. */
  content: string;
  /** Key -> occurrences, in the order found. */
  words: Map<string, Occurrences>;
  /** Pagefind's `word_count`: the last word's position plus one. */
  wordCount: number;
}

function occur(words: Map<string, Occurrences>, key: IndexableWord, packed: number): void {
  let found = words.get(key.stemmed);
  if (found === undefined) words.set(key.stemmed, (found = { plain: [], variants: null }));
  if (key.original === null) found.plain.push(packed);
  else {
    found.variants ??= new Map();
    const list = found.variants.get(key.original);
    if (list === undefined) found.variants.set(key.original, [packed]);
    else list.push(packed);
  }
}

/**
 * Caches each distinct word's keys: news text repeats its words, and the
 * rules (Unicode classes, normalisation, stemming) cost far more than a
 * lookup. Cleared when it grows past `limit` words (200,000 distinct words
 * and their keys: a few tens of megabytes of the search worker's heap).
 */
export class WordRules {
  private readonly cache = new Map<string, IndexableWord[] | null>();
  constructor(private readonly limit = 200_000) {}

  of(raw: string): IndexableWord[] | null {
    let found = this.cache.get(raw);
    if (found === undefined) {
      if (this.cache.size >= this.limit) this.cache.clear();
      // A word split from a record's text may be a view of the whole text
      // (V8 slices strings of 13 characters or more): cached as it is, it
      // and every key cut from it would keep that record alive.
      const word = ownCopy(raw);
      found = indexableWords(word);
      this.cache.set(word, found);
    }
    return found;
  }

  /**
   * The words of a record's content (`parse_digest`), or null when a word
   * is outside these rules (an emoji) or is one of Pagefind's markers
   * (`___PAGEFIND_…`), which its binary reads as instructions.
   */
  digest(text: string): DigestedText | null {
    // Zero-width spaces are taken out of each word (and a word of nothing else is no word); most texts have none.
    const pieces = (text.includes("\u200b") ? text.replaceAll("\u200b", "") : text).split(WHITE_SPACE);
    if (pieces[0] === "") pieces.shift();
    if (pieces.at(-1) === "") pieces.pop();
    const words = new Map<string, Occurrences>();
    let position = 0;
    for (const word of pieces) {
      if (word.startsWith("___")) return null;
      const keys = this.of(word);
      if (keys === null) return null;
      if (keys.length === 1 && !keys[0]!.compoundPart) occur(words, keys[0]!, position * 256 + BODY_WEIGHT);
      else {
        let parts = 0;
        for (const key of keys) if (key.compoundPart) parts++;
        const partWeight = parts > 0 ? Math.max(1, Math.floor(BODY_WEIGHT / parts)) : 0;
        for (const key of keys) occur(words, key, position * 256 + (key.compoundPart ? partWeight : BODY_WEIGHT));
      }
      position++;
    }
    return { content: pieces.join(" "), words, wordCount: Math.max(position, 1) };
  }

  /** The words of one meta value (`parse_meta_words`): key -> occurrences (position in the value, variant), or null as for `digest`. */
  metaWords(value: string): Map<string, { position: number; original: string | null }[]> | null {
    const words = new Map<string, { position: number; original: string | null }[]>();
    let position = 0;
    for (const piece of value.split(WHITE_SPACE)) {
      if (piece === "") continue;
      const keys = indexableWords(piece, false);
      if (keys === null) return null;
      for (const key of keys) {
        const list = words.get(key.stemmed);
        const at = { position, original: key.original };
        if (list === undefined) words.set(key.stemmed, [at]);
        else list.push(at);
      }
      position++;
    }
    return words;
  }
}
