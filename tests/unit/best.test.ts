import fc from "fast-check";
import { expect, test } from "vitest";
import { keepBest } from "../../src/model/best.ts";

test("keepBest keeps what sorting every item and taking the first `limit` gives (property)", () => {
  fc.assert(
    fc.property(fc.array(fc.integer({ min: 0, max: 20 })), fc.integer({ min: 0, max: 8 }), (items, limit) => {
      const best: { value: number; at: number }[] = [];
      // Larger values first; ties keep the order offered.
      items.forEach((value, at) => {
        const item = { value, at };
        const kept = keepBest(best, item, limit, (a, b) => a.value > b.value);
        // It says whether the item went in: a caller reuses an item that did not.
        expect(kept).toBe(best.includes(item));
      });
      const sorted = items.map((value, at) => ({ value, at })).sort((a, b) => b.value - a.value || a.at - b.at);
      expect(best).toEqual(sorted.slice(0, limit));
    }),
  );
});
