/**
 * Keeps `best` (at most `limit` items, best first) the best `limit` of the
 * items offered to it: `item` goes in at its place when it ranks there.
 * `before(a, b)`: whether `a` ranks before `b`. For picking a handful out of
 * thousands of candidates, where sorting them all would cost most of the
 * time (related articles, co-occurring entities).
 */
export function keepBest<T>(best: T[], item: T, limit: number, before: (a: T, b: T) => boolean): void {
  let at = best.length;
  while (at > 0 && before(item, best[at - 1]!)) at--;
  if (at >= limit) return;
  best.splice(at, 0, item);
  if (best.length > limit) best.pop();
}
