import { transliterate } from "transliteration";
import { asciiTokens } from "./normalise.ts";

/**
 * Comparing a name in another script with a Latin spelling, where the
 * transliteration library and newspapers romanise differently: 김정은
 * (gimjeongeun) and Kim Jong Un, محمد بن سلمان (mHmd bn slmn) and
 * Mohammed bin Salman. The comparison is by consonants: vowels dropped,
 * voiced and voiceless pairs merged, doubled letters collapsed. That is too
 * loose for the whole name (Lars Peña and 이수빈 share "lspn"), so it only
 * finds candidates; `sameAcrossScripts` then checks word by word, and for
 * Korean names syllable by syllable.
 */
export function consonants(ascii: string): string {
  return ascii
    .replace(/ch/g, "j")
    .replace(/[aeiouyw]/g, "")
    .replace(/g/g, "k")
    .replace(/b/g, "p")
    .replace(/d/g, "t")
    .replace(/r/g, "l")
    .replace(/(.)\1+/g, "$1");
}

/** The consonants of a whole name: the index key for candidates across scripts. */
export function consonantKey(name: string): string {
  const syllables = koreanSyllables(name);
  return consonants(syllables ? syllables.join("") : asciiTokens(name).join(""));
}

/**
 * True when `other` (written in another script) and `latin` agree
 * consonant for consonant: a Korean name syllable by syllable against the
 * Latin words (family name first or last, the given name as one word or
 * one per syllable); every other script word by word, with at least six
 * consonants in all.
 */
export function sameAcrossScripts(other: string, latin: string): boolean {
  const words = asciiTokens(latin).map(consonants);
  const syllables = koreanSyllables(other)?.map(consonants);
  if (syllables) {
    const [family = "", ...given] = syllables;
    const shapes = [
      [family, ...given],
      [family, given.join("")],
    ];
    const orders = [words, words.length > 1 ? [words[words.length - 1]!, ...words.slice(0, -1)] : words];
    return shapes.some((shape) => orders.some((order) => order.length === shape.length && order.every((w, i) => w === shape[i])));
  }
  const theirs = asciiTokens(other).map(consonants);
  return theirs.join("").length >= 6 && theirs.length === words.length && theirs.every((w, i) => w === words[i]);
}

/** A Korean name written in Hangul: two to five syllables, perhaps with a space after the family name. */
const HANGUL_NAME = /^[\uAC00-\uD7A3]{1,2} ?[\uAC00-\uD7A3]{1,3}$/u;

/**
 * Family names whose usual English spelling the syllable-by-syllable
 * romanisation misses (이 is Lee, not i; 노 is Roh).
 */
const KOREAN_FAMILY_NAMES: ReadonlyMap<string, string> = new Map([
  ["이", "lee"],
  ["임", "lim"],
  ["노", "roh"],
  ["류", "ryu"],
  ["유", "yoo"],
  ["윤", "yoon"],
  ["여", "yeo"],
  ["라", "ra"],
  ["양", "yang"],
]);

/** The romanised syllables of a Korean name, the family name first; undefined for anything else. */
function koreanSyllables(name: string): string[] | undefined {
  if (!HANGUL_NAME.test(name)) return undefined;
  const [family = "", ...given] = [...name.replace(/ /g, "")];
  return [KOREAN_FAMILY_NAMES.get(family) ?? romanise(family), ...given.map(romanise)];
}

function romanise(syllable: string): string {
  return transliterate(syllable).toLowerCase();
}
