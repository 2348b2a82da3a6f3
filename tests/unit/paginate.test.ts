import { describe, expect, test } from "vitest";
import { pageCount, pageItems, pageUrl, paginationView } from "../../src/views/paginate.ts";

describe("pagination", () => {
  test("page 1 is the base URL, never /page/1/", () => {
    expect(pageUrl("/", 1)).toBe("/");
    expect(pageUrl("/", 2)).toBe("/page/2/");
    expect(pageUrl("/people/keir-giles/", 3)).toBe("/people/keir-giles/page/3/");
  });

  test("page counts and items", () => {
    expect(pageCount(0, 20)).toBe(1);
    expect(pageCount(20, 20)).toBe(1);
    expect(pageCount(21, 20)).toBe(2);
    expect(pageItems([1, 2, 3, 4, 5], 2, 2)).toEqual([3, 4]);
    expect(pageItems([1, 2, 3, 4, 5], 3, 2)).toEqual([5]);
  });

  test("a single page needs no navigation", () => {
    expect(paginationView("/", 1, 1)).toBeUndefined();
  });

  test("first, last and two either side of the current page, with gaps", () => {
    const view = paginationView("/", 10, 20)!;
    const shown = view.links.map((l) => (l.kind === "gap" ? "…" : String(l.number)));
    expect(shown).toEqual(["1", "…", "8", "9", "10", "11", "12", "…", "20"]);
    expect(view.previous).toBe("/page/9/");
    expect(view.next).toBe("/page/11/");
    expect(view.links.filter((l) => l.kind === "page" && l.current)).toHaveLength(1);
  });

  test("no previous link on the first page, no next link on the last", () => {
    expect(paginationView("/x/", 1, 3)).toMatchObject({ next: "/x/page/2/" });
    expect(paginationView("/x/", 1, 3)!.previous).toBeUndefined();
    expect(paginationView("/x/", 3, 3)!.next).toBeUndefined();
    expect(paginationView("/x/", 3, 3)!.previous).toBe("/x/page/2/");
  });
});
