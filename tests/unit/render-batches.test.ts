import { expect, test } from "vitest";
import { collectAfterBatch, MAX_HEAP_GROWTH } from "../../src/write/eleventy.ts";

const MB = 2 ** 20;

test("a small heap is collected once it has more than doubled since the last collection", () => {
  expect(collectAfterBatch(150 * MB, 100 * MB)).toBe(false);
  expect(collectAfterBatch(200 * MB, 100 * MB)).toBe(false);
  expect(collectAfterBatch(201 * MB, 100 * MB)).toBe(true);
});

test("a large heap is collected once it has grown by the most allowed, before it doubles", () => {
  expect(MAX_HEAP_GROWTH).toBe(128 * MB);
  expect(collectAfterBatch(400 * MB + MAX_HEAP_GROWTH, 400 * MB)).toBe(false);
  expect(collectAfterBatch(400 * MB + MAX_HEAP_GROWTH + MB, 400 * MB)).toBe(true);
});

test("a heap that has not grown, or has shrunk, is not collected", () => {
  expect(collectAfterBatch(300 * MB, 300 * MB)).toBe(false);
  expect(collectAfterBatch(250 * MB, 300 * MB)).toBe(false);
});
