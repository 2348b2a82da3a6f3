/**
 * Keeps `best` (at most `limit` items, best first) the best `limit` of the
 * items offered to it: `item` goes in at its place when it ranks there.
 * `before(a, b)`: whether `a` ranks before `b`. For picking a handful out of
 * thousands of candidates, where sorting them all would cost most of the
 * time (related articles, co-occurring entities).
 *
 * Returns whether `item` went in. Most candidates do not, so a caller can
 * offer one reused object and make a new one only after it was kept: an
 * object per candidate was ~670 MB of garbage in a 10,000-article build.
 */
export function keepBest<T>(best: T[], item: T, limit: number, before: (a: T, b: T) => boolean): boolean {
  let at = best.length;
  while (at > 0 && before(item, best[at - 1]!)) at--;
  if (at >= limit) return false;
  best.splice(at, 0, item);
  if (best.length > limit) best.pop();
  return true;
}
