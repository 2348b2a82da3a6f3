import { describe, expect, test } from "vitest";
import { plainText } from "../../src/model/plain-text.ts";
import { firstParagraphText } from "../../src/model/summary.ts";

describe("plain text of a Markdown body", () => {
  test("inline markup is removed, its words kept", () => {
    expect(plainText("Some **bold**, _em_, `code` and [a link](https://x.org/a) and ~~struck~~.")).toBe(
      "Some bold, em, code and a link and struck.",
    );
  });

  test("one line per block: headings, paragraphs, list items, quotes", () => {
    expect(plainText("# Head\n\nFirst\nsecond line.\n\n- one\n- two\n\n1. three\n\n> quoted\n> on")).toBe(
      "Head\nFirst second line.\none\ntwo\nthree\nquoted on",
    );
  });

  test("nested lists and quotes give each item once", () => {
    expect(plainText("- a\n  - b\n    - c\n\n> outer\n>\n> > inner")).toBe("a\nb\nc\nouter\ninner");
  });

  test("table cells of a row are one line, separated by spaces", () => {
    expect(plainText("| Country | Troops |\n|---|---:|\n| North Korea | 2,000 |\n| Russia | n/a |")).toBe(
      "Country Troops\nNorth Korea 2,000\nRussia n/a",
    );
  });

  test("code blocks keep their text; a thematic break adds nothing", () => {
    expect(plainText("Before.\n\n```js\nconst x = 1;\n```\n\n---\n\n    indented code\n\nAfter.")).toBe(
      "Before.\nconst x = 1;\nindented code\nAfter.",
    );
  });

  test("an image gives its alt text, a hard break a space", () => {
    expect(plainText("See ![the *map* of Seoul](map.png) here.  \nNext.\\\nLast.")).toBe("See the map of Seoul here. Next. Last.");
  });

  test("text as displayed: raw HTML is text, entities decoded, typographic quotes and dashes", () => {
    expect(plainText('<script>alert("x")</script> & &amp; &copy; "quoted" -- dash... (c)')).toBe(
      "<script>alert(“x”)</script> & & © “quoted” – dash… ©",
    );
  });

  test("linkified URLs and autolinks keep their text", () => {
    expect(plainText("Report at https://example.org/report and <https://a.example/b>.")).toBe(
      "Report at https://example.org/report and https://a.example/b.",
    );
  });

  test("link reference definitions are not text", () => {
    expect(plainText("See [the report][r].\n\n[r]: https://example.org/r")).toBe("See the report.");
  });

  test("every run of white space is one space, none at a block's ends", () => {
    expect(plainText("Two  spaces,\u00a0a no-break space and `a\tb` code.")).toBe("Two spaces, a no-break space and a b code.");
    expect(plainText("```\nline one\n  line two\n```\n\n| a |  b\u2003|\n|---|---|\n| c | d |")).toBe("line one line two\na b\nc d");
    // One kind of white space at a time, and spaces at a block's ends (from an image's alt text).
    expect(plainText("Two  spaces.")).toBe("Two spaces.");
    expect(plainText("A\u00a0no-break space.")).toBe("A no-break space.");
    expect(plainText("Tab in `a\tb` code.")).toBe("Tab in a b code.");
    expect(plainText("![ map](m.png) first.")).toBe("map first.");
    expect(plainText("Last ![map ](m.png)")).toBe("Last map");
    expect(plainText("```\nline one\nline two\n```")).toBe("line one line two");
  });

  test("an empty or whitespace body gives an empty string", () => {
    expect(plainText("")).toBe("");
    expect(plainText("  \n\n\t\n")).toBe("");
  });

  test("starts with the default standfirst's text (the first paragraph)", () => {
    const body = "## Intro\n\nThe new *measures* reach\ntankers, officials said.\n\nMore.";
    expect(firstParagraphText(body)).toBe("The new measures reach tankers, officials said.");
    expect(plainText(body).split("\n")[1]).toBe(firstParagraphText(body));
  });
});
