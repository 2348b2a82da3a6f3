/**
 * Snowball's English stemmer ("Porter2"), in the version Pagefind 1.6's
 * binary and WebAssembly use: a search term is stemmed in the browser by
 * Pagefind, so the index must be stemmed by exactly the same rules. The npm
 * stemmers implement the algorithm as published before 2021 (porter2,
 * wink-porter2-stemmer); Snowball has changed it since, and 810 of 274,937
 * English words stemmed differently with porter2.
 * The changes, found against Pagefind's own output for those words:
 * - more prefixes whose end starts the region R1 ("gener", "commun",
 *   "arsen" before; now also "past", "univers", "later", "emerg", "organ",
 *   "inter"): "international" -> "internat", not "intern";
 * - "-ogist" stems like "-ogi" ("archaeologist" -> "archaeolog");
 * - a double consonant after a lone first "a", "e" or "o" stays ("added" ->
 *   "add", "egged" -> "egg"; but "upped" -> "up");
 * - consonant + "ying" becomes "ie" ("vying" -> "vie");
 * - "evening" is kept whole, like "inning" and "outing";
 * - "past" counts as a short syllable ("pasted" -> "paste", "paste" kept).
 * With these, all 274,937 words of an English word list stem as Pagefind
 * stems them (a sample of 4,070 is tests/fixtures/stem-words.txt).
 *
 * The algorithm: https://snowballstem.org/algorithms/english/stemmer.html.
 * Words are expected lower-cased; letters outside a-z are consonants to it.
 */

const VOWELS = new Set(["a", "e", "i", "o", "u", "y"]);
const isVowel = (c: string | undefined) => c !== undefined && VOWELS.has(c);
const VALID_LI = new Set(["c", "d", "e", "g", "h", "k", "m", "n", "r", "t"]);
const DOUBLES = new Set(["bb", "dd", "ff", "gg", "mm", "nn", "pp", "rr", "tt"]);
/** First letters of a three-letter stem that keeps its double consonant ("added" -> "add", "egged" -> "egg"; but "upped" -> "up"). */
const KEEPS_DOUBLE = new Set(["a", "e", "o"]);
const R1_PREFIXES = ["gener", "commun", "arsen", "past", "univers", "later", "emerg", "organ", "inter"];

const EXCEPTIONS = new Map<string, string>(Object.entries({
  skis: "ski",
  skies: "sky",
  idly: "idl",
  gently: "gentl",
  ugly: "ugli",
  early: "earli",
  only: "onli",
  singly: "singl",
  sky: "sky",
  news: "news",
  howe: "howe",
  atlas: "atlas",
  cosmos: "cosmos",
  bias: "bias",
  andes: "andes",
}));
const KEPT_AFTER_1A = new Set(["inning", "outing", "canning", "herring", "earring", "proceed", "exceed", "succeed", "evening"]);

const STEP2: [string, string][] = [
  ["ization", "ize"],
  ["ational", "ate"],
  ["fulness", "ful"],
  ["ousness", "ous"],
  ["iveness", "ive"],
  ["tional", "tion"],
  ["biliti", "ble"],
  ["lessli", "less"],
  ["entli", "ent"],
  ["ation", "ate"],
  ["alism", "al"],
  ["aliti", "al"],
  ["ousli", "ous"],
  ["iviti", "ive"],
  ["fulli", "ful"],
  ["enci", "ence"],
  ["anci", "ance"],
  ["abli", "able"],
  ["izer", "ize"],
  ["ator", "ate"],
  ["alli", "al"],
  ["bli", "ble"],
];
const STEP3: [string, string][] = [
  ["ational", "ate"],
  ["tional", "tion"],
  ["alize", "al"],
  ["icate", "ic"],
  ["iciti", "ic"],
  ["ical", "ic"],
  ["ness", ""],
  ["ful", ""],
];
const STEP4 = ["ement", "ance", "ence", "able", "ible", "ment", "ant", "ent", "ism", "ate", "iti", "ous", "ive", "ize", "al", "er", "ic"];

/** Whether `w` (an array of characters) ends in a short syllable; "past", a word of its own, counts as one ("pasted" -> "paste"). */
function endsShort(w: string[]): boolean {
  const n = w.length;
  if (n === 4 && w[0] === "p" && w[1] === "a" && w[2] === "s" && w[3] === "t") return true;
  if (n >= 3) {
    const last = w[n - 1]!;
    if (!isVowel(w[n - 3]) && isVowel(w[n - 2]) && !isVowel(last) && last !== "w" && last !== "x" && last !== "Y") return true;
  }
  return n === 2 && isVowel(w[0]) && !isVowel(w[1]);
}

function endsWith(w: string[], suffix: string): boolean {
  if (suffix.length > w.length) return false;
  for (let i = 0; i < suffix.length; i++) if (w[w.length - suffix.length + i] !== suffix[i]) return false;
  return true;
}

function hasVowel(w: string[], end: number): boolean {
  for (let i = 0; i < end; i++) if (isVowel(w[i])) return true;
  return false;
}

/** The region after the first non-vowel following a vowel, from `from`. */
function regionStart(w: string[], from: number): number {
  let i = from;
  while (i < w.length && !isVowel(w[i])) i++;
  while (i < w.length && isVowel(w[i])) i++;
  return i < w.length ? i + 1 : w.length;
}

function replaceEnd(w: string[], cut: number, by: string): void {
  w.length -= cut;
  for (const c of by) w.push(c);
}

export function stemEnglish(word: string): string {
  const exception = EXCEPTIONS.get(word);
  if (exception !== undefined) return exception;
  const w = [...word];
  if (w.length < 3) return word;

  // Prelude.
  if (w[0] === "'") w.shift();
  let yFound = false;
  if (w[0] === "y") {
    w[0] = "Y";
    yFound = true;
  }
  for (let i = 1; i < w.length; i++) {
    if (w[i] === "y" && isVowel(w[i - 1])) {
      w[i] = "Y";
      yFound = true;
    }
  }

  // Regions.
  const joined = w.join("");
  const prefix = R1_PREFIXES.find((p) => joined.startsWith(p));
  const p1 = prefix !== undefined ? [...prefix].length : regionStart(w, 0);
  const p2 = regionStart(w, p1);
  const inR1 = (suffixLength: number) => w.length - suffixLength >= p1;
  const inR2 = (suffixLength: number) => w.length - suffixLength >= p2;

  // Step 0 and 1a.
  for (const s of ["'s'", "'s", "'"]) {
    if (endsWith(w, s)) {
      w.length -= s.length;
      break;
    }
  }
  if (endsWith(w, "sses")) replaceEnd(w, 4, "ss");
  else if (endsWith(w, "ied") || endsWith(w, "ies")) replaceEnd(w, 3, w.length > 4 ? "i" : "ie");
  else if (endsWith(w, "us") || endsWith(w, "ss")) {
    // kept
  } else if (endsWith(w, "s") && w.length >= 2 && hasVowel(w, w.length - 2)) w.length -= 1;

  if (KEPT_AFTER_1A.has(w.join(""))) return finish(w, yFound);

  // Step 1b.
  const eed = endsWith(w, "eedly") ? 5 : endsWith(w, "eed") ? 3 : 0;
  if (eed > 0) {
    if (inR1(eed)) replaceEnd(w, eed, "ee");
  } else {
    const ed = endsWith(w, "ingly") ? 5 : endsWith(w, "edly") ? 4 : endsWith(w, "ing") ? 3 : endsWith(w, "ed") ? 2 : 0;
    if (ed > 0 && hasVowel(w, w.length - ed)) {
      w.length -= ed;
      const n = w.length;
      if (ed === 3 && n === 2 && w[1] === "y" && !isVowel(w[0])) replaceEnd(w, 1, "ie");
      else if (endsWith(w, "at") || endsWith(w, "bl") || endsWith(w, "iz")) w.push("e");
      else if (n >= 2 && DOUBLES.has(w[n - 2]! + w[n - 1]!)) {
        if (!(n === 3 && KEEPS_DOUBLE.has(w[0]!))) w.length -= 1;
      } else if (w.length === p1 && endsShort(w)) w.push("e");
    }
  }

  // Step 1c.
  const n = w.length;
  if (n > 2 && (w[n - 1] === "y" || w[n - 1] === "Y") && !isVowel(w[n - 2])) w[n - 1] = "i";

  // Step 2.
  step2: {
    for (const [suffix, by] of STEP2) {
      if (endsWith(w, suffix)) {
        if (inR1(suffix.length)) replaceEnd(w, suffix.length, by);
        break step2;
      }
    }
    if (endsWith(w, "ogist")) {
      if (inR1(5) && w[w.length - 6] === "l") replaceEnd(w, 5, "og");
    } else if (endsWith(w, "ogi")) {
      if (inR1(3) && w[w.length - 4] === "l") replaceEnd(w, 3, "og");
    } else if (endsWith(w, "li")) {
      if (inR1(2) && VALID_LI.has(w[w.length - 3]!)) w.length -= 2;
    }
  }

  // Step 3.
  step3: {
    for (const [suffix, by] of STEP3) {
      if (endsWith(w, suffix)) {
        if (inR1(suffix.length)) replaceEnd(w, suffix.length, by);
        break step3;
      }
    }
    if (endsWith(w, "ative") && inR1(5) && inR2(5)) w.length -= 5;
  }

  // Step 4.
  step4: {
    for (const suffix of STEP4) {
      if (endsWith(w, suffix)) {
        if (inR2(suffix.length)) w.length -= suffix.length;
        break step4;
      }
    }
    if (endsWith(w, "ion") && inR2(3) && (w[w.length - 4] === "s" || w[w.length - 4] === "t")) w.length -= 3;
  }

  // Step 5.
  if (endsWith(w, "e")) {
    if (inR2(1) || (inR1(1) && !endsShort(w.slice(0, -1)))) w.length -= 1;
  } else if (endsWith(w, "l") && inR2(1) && w[w.length - 2] === "l") w.length -= 1;

  return finish(w, yFound);
}

function finish(w: string[], yFound: boolean): string {
  if (yFound) for (let i = 0; i < w.length; i++) if (w[i] === "Y") w[i] = "y";
  return w.join("");
}
