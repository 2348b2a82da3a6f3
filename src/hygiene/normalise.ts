import { transliterate } from "transliteration";
import type { Taxonomy } from "../schema/article.ts";
import { spelling } from "../model/names.ts";
import {
  BRITISH_DIGRAPH_PREFIXES,
  BRITISH_WORDS,
  ISE_WORDS,
  LEADING_LEGAL_FORMS,
  LEGAL_FORMS,
  NICKNAMES,
  OUR_WORDS,
  PLACE_NAMES,
  TITLES,
} from "./word-lists.ts";

/**
 * Name normalisation for the similar-names check. A name goes through a
 * fixed series of stages; each stage rewrites the tokens of the one before.
 * Two names whose keys are equal after a stage are "the same up to" that
 * stage, and the first such stage says why they look alike.
 */

export type Stage =
  /** Accents, case, hyphens, spacing, punctuation; other scripts transliterated. */
  | "spacing"
  /** British and American spelling, Saint/St. */
  | "spelling"
  /** Singular and plural (topics only). */
  | "plural"
  /** Legal forms (PJSC, Inc.) and a leading "The" (organisations, sources; "The" for places and topics too). */
  | "legal-form"
  /** Old and new names of places (Kiev/Kyiv, Bombay/Mumbai). */
  | "place-name"
  /** Titles before a person's name (President, Sir). */
  | "title"
  /** Short given names (Bill/William). */
  | "nickname"
  /** Transliteration variants (Zelenskiy/Zelensky, Sergey/Sergei, Mohammed/Mohamed). */
  | "transliteration"
  /** Word order (Abe Shinzo/Shinzo Abe). */
  | "word-order";

interface StageRule {
  stage: Stage;
  applies: (taxonomy: Taxonomy) => boolean;
  rewrite: (tokens: string[]) => string[];
}

const people = (t: Taxonomy) => t === "people";
const notPeople = (t: Taxonomy) => t !== "people";

const STAGE_RULES: readonly StageRule[] = [
  { stage: "spacing", applies: () => true, rewrite: (tokens) => tokens },
  { stage: "spelling", applies: () => true, rewrite: (tokens) => tokens.map(americanSpelling) },
  { stage: "plural", applies: (t) => t === "topics", rewrite: (tokens) => tokens.map(singular) },
  { stage: "legal-form", applies: notPeople, rewrite: withoutLegalForm },
  { stage: "place-name", applies: notPeople, rewrite: currentPlaceNames },
  { stage: "title", applies: people, rewrite: withoutTitles },
  { stage: "nickname", applies: people, rewrite: fullGivenName },
  { stage: "transliteration", applies: () => true, rewrite: (tokens) => tokens.map(transliterationSkeleton) },
  { stage: "word-order", applies: people, rewrite: (tokens) => tokens.toSorted() },
];

/** The stages a taxonomy's names go through, in order. */
export function stagesOf(taxonomy: Taxonomy): Stage[] {
  return STAGE_RULES.filter((r) => r.applies(taxonomy)).map((r) => r.stage);
}

/** One spelling of an entity, normalised. */
export interface NameForm {
  /** As written, white space collapsed. */
  written: string;
  /** Written with letters of another script than Latin (Cyrillic, Hangul, Han, Arabic...). */
  otherScript: boolean;
  /** ASCII tokens before the first stage (for initials). */
  plain: string[];
  /** The key after each stage of `stagesOf(taxonomy)`: the tokens joined without spaces. */
  keys: string[];
  /** Tokens after every stage (people: sorted). */
  tokens: string[];
  /** Tokens before the transliteration skeleton (and, for people, in written order). */
  unskeletoned: string[];
  /**
   * People: tokens in written order after titles, short names and the
   * transliteration skeleton (for surnames and middle names). Others: `tokens`.
   */
  ordered: string[];
}

export function normaliseName(taxonomy: Taxonomy, written: string): NameForm {
  const display = spelling(written);
  const plain = asciiTokens(display);
  let tokens = plain;
  const keys: string[] = [];
  let ordered: string[] | undefined;
  let unskeletoned = tokens;
  for (const rule of STAGE_RULES) {
    if (!rule.applies(taxonomy)) continue;
    if (rule.stage === "word-order") ordered = tokens;
    if (rule.stage === "transliteration") unskeletoned = tokens;
    tokens = rule.rewrite(tokens);
    keys.push(tokens.join(""));
  }
  return { written: display, otherScript: hasOtherScript(display), plain, keys, tokens, unskeletoned, ordered: ordered ?? tokens };
}

const OTHER_SCRIPT = /[^\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}]/u;

export function hasOtherScript(text: string): boolean {
  return OTHER_SCRIPT.test(text);
}

/**
 * Lower-case ASCII words: other scripts transliterated, accents dropped,
 * apostrophes removed inside words (O'Brien -> obrien), dotted initials
 * joined (U.S.A. -> usa), every other mark a word break (hyphens too).
 */
export function asciiTokens(name: string): string[] {
  const text = transliterate(name.normalize("NFKC"))
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/['\u2018\u2019\u02BB\u02BC`]/g, "")
    .replace(/&/g, " and ")
    .replace(/\b(?:[a-z]\.){2,}/g, (initials) => initials.replace(/\./g, ""))
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
  return text === "" ? [] : text.split(" ");
}

const ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ["st", "saint"],
  ["ste", "sainte"],
  ["mt", "mount"],
  ["ft", "fort"],
]);

/** A British spelling's American form: colour -> color, organisation -> organization, centre -> center. */
export function americanSpelling(token: string): string {
  const listed = BRITISH_WORDS.get(token) ?? ABBREVIATIONS.get(token);
  if (listed) return listed;
  for (const [british, american] of BRITISH_DIGRAPH_PREFIXES) {
    if (token.startsWith(british)) return american + token.slice(british.length);
  }
  let m = /^(.{2,})our(s|ed|ing|ite|ites|able|ably|er|ers)?$/.exec(token);
  if (m && !OUR_WORDS.has(`${m[1]}our`)) return `${m[1]}or${m[2] ?? ""}`;
  m = /^(.{2,})is(e|es|ed|ing|er|ers|ation|ations|ational)$/.exec(token);
  if (m && !ISE_WORDS.has(`${m[1]}ise`)) return `${m[1]}iz${m[2]}`;
  m = /^(.{2,})ys(e|es|ed|ing|er|ers)$/.exec(token);
  if (m) return `${m[1]}yz${m[2]}`;
  m = /^(.{2,})([tb])re(s|d)?$/.exec(token);
  if (m && token !== "notre") return `${m[1]}${m[2]}er${m[3] ?? ""}`;
  m = /^(.{3,}[lg]o)gue(s)?$/.exec(token);
  if (m) return `${m[1]}g${m[2] ?? ""}`;
  m = /^(.{2,}[ea])ll(ing|ed|or|ors)$/.exec(token);
  if (m) return `${m[1]}l${m[2]}`;
  return token;
}

/** elections -> election, policies -> policy (topics). */
export function singular(token: string): string {
  if (token.length < 5) return token;
  if (token.endsWith("ies")) return `${token.slice(0, -3)}y`;
  if (/(ss|us|is|ics)$/.test(token)) return token;
  if (token.endsWith("s")) return token.slice(0, -1);
  return token;
}

/** Drops a trailing legal form (Gazprom PJSC) or a leading one (PAO Gazprom), and a leading "the". */
export function withoutLegalForm(tokens: string[]): string[] {
  let start = 0;
  let end = tokens.length;
  while (end - start > 1 && start < end && (tokens[start] === "the" || LEADING_LEGAL_FORMS.has(tokens[start] ?? ""))) start += 1;
  while (end - start > 1 && LEGAL_FORMS.has(tokens[end - 1] ?? "")) end -= 1;
  return tokens.slice(start, end);
}

/** Old place names by their first word: ["ivano", [["ivano", "frankovsk"] -> ["ivano", "frankivsk"]]]. */
const PLACE_NAMES_BY_FIRST_WORD = new Map<string, [string[], string[]][]>();
for (const [from, to] of PLACE_NAMES) {
  const words = from.split(" ");
  const list = PLACE_NAMES_BY_FIRST_WORD.get(words[0]!) ?? [];
  list.push([words, to.split(" ")]);
  PLACE_NAMES_BY_FIRST_WORD.set(words[0]!, list);
}

/** Kiev -> Kyiv, Bombay -> Mumbai, on whole words. */
export function currentPlaceNames(tokens: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; ) {
    const match = PLACE_NAMES_BY_FIRST_WORD.get(tokens[i]!)?.find(([from]) => from.every((word, j) => tokens[i + j] === word));
    if (match) {
      out.push(...match[1]);
      i += match[0].length;
    } else out.push(tokens[i++]!);
  }
  return out;
}

/** "President Emmanuel Macron" -> "Emmanuel Macron"; a name is never left empty. */
export function withoutTitles(tokens: string[]): string[] {
  let rest = tokens;
  for (let changed = true; changed; ) {
    changed = false;
    for (const title of TITLES) {
      if (rest.length > title.length && title.every((word, i) => rest[i] === word)) {
        rest = rest.slice(title.length);
        changed = true;
      }
    }
  }
  return rest;
}

/** "Bill Clinton" -> "william clinton": the first of two or more words. */
export function fullGivenName(tokens: string[]): string[] {
  const [first, ...rest] = tokens;
  if (first === undefined || rest.length === 0) return tokens;
  return [NICKNAMES.get(first) ?? first, ...rest];
}

/**
 * A looser spelling that transliterations of one name share: Zelenskiy,
 * Zelenskyy and Zelensky; Sergey and Sergei; Kharkiv and Харків (Harkiv);
 * Mohammed and Mohamed; Aleksei and Alexei; Yevgeny and Evgeny. Doubled
 * letters count once in words of four letters or more (not in PPS, PSS).
 */
export function transliterationSkeleton(token: string): string {
  return token
    .replace(/^ye/, "e")
    .replace(/kh/g, "h")
    .replace(/x/g, "ks")
    .replace(/(iy|yy|ii|ij|yi|yj)$/, "y")
    .replace(/ey$/, "ei")
    .replace(/([^aeiou])y$/, "$1i")
    .replace(/y([aeou])/g, "i$1")
    .replace(/(.)\1+/g, (run, letter: string, at: number, word: string) => (word.length >= 4 ? letter : run));
}

/** Initials of a name's words: all of them, and without small words (United States of America -> usa, usoa). */
export function initialsOf(tokens: readonly string[], skip: ReadonlySet<string>): string[] {
  const all = tokens.map((t) => t[0] ?? "").join("");
  const significant = tokens
    .filter((t) => !skip.has(t))
    .map((t) => t[0] ?? "")
    .join("");
  return all === significant ? [all] : [all, significant];
}
