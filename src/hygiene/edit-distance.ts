/**
 * The deletion neighbourhood that finds candidates for misspelt names
 * without comparing every pair (as SymSpell does): two words within edit
 * distance d (`editDistance` in src/validate/did-you-mean.ts) share a string
 * reached by at most d deletions from each.
 */

/** The word and every string made from it by deleting up to `depth` letters. */
export function deletions(word: string, depth: number): Set<string> {
  const out = new Set<string>([word]);
  let layer = [word];
  for (let d = 0; d < depth; d++) {
    const next: string[] = [];
    for (const w of layer) {
      for (let i = 0; i < w.length; i++) {
        const shorter = w.slice(0, i) + w.slice(i + 1);
        if (!out.has(shorter)) {
          out.add(shorter);
          next.push(shorter);
        }
      }
    }
    layer = next;
  }
  return out;
}
