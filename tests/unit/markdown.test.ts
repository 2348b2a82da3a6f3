import { describe, expect, test, vi } from "vitest";
import fc from "fast-check";
import MarkdownIt from "markdown-it";
import { markdown, MAY_HOLD_LINK, renderMarkdown, renderPageAndFeedHtml } from "../../src/markdown/markdown.ts";
import { plainTextRun } from "../../src/markdown/text-rule.ts";

const BASE = "https://news.example/2025/03/02/summit/";

describe("renderMarkdown for pages", () => {
  test("links and images stay as written; raw HTML is text; headings start at h2", () => {
    const source = "# Top\n\n[up](../other/) [root](/people/ann/) ![a *b*](img/p.jpg) <b>x</b>\n\n## Sub";
    expect(renderMarkdown(source)).toBe(
      '<h2>Top</h2>\n<p><a href="../other/">up</a> <a href="/people/ann/">root</a> <img src="img/p.jpg" alt="a b"> &lt;b&gt;x&lt;/b&gt;</p>\n<h3>Sub</h3>\n',
    );
  });

  test("an empty options object renders as without it", () => {
    const source = "[a](x/) and https://example.org";
    expect(renderMarkdown(source, {})).toBe(renderMarkdown(source));
  });
});

describe("renderMarkdown with a base URL (feeds)", () => {
  const render = (source: string) => renderMarkdown(source, { baseUrl: BASE });

  test("a relative link becomes absolute against the base", () => {
    expect(render("[up](../../05/other/)")).toBe('<p><a href="https://news.example/2025/03/05/other/">up</a></p>\n');
    expect(render("[root](/people/ann/)")).toBe('<p><a href="https://news.example/people/ann/">root</a></p>\n');
    expect(render("[here](#quotes)")).toBe('<p><a href="https://news.example/2025/03/02/summit/#quotes">here</a></p>\n');
  });

  test("a relative image source becomes absolute; its alt text stays", () => {
    expect(render("![A *map*](map.png)")).toBe('<p><img src="https://news.example/2025/03/02/summit/map.png" alt="A map"></p>\n');
    expect(render('![x](/media/a.jpg "T")')).toBe('<p><img src="https://news.example/media/a.jpg" alt="x" title="T"></p>\n');
  });

  test("absolute URLs, mailto: and bare URLs are untouched", () => {
    expect(render("[a](https://example.org/a?b=1&c=2)")).toBe('<p><a href="https://example.org/a?b=1&amp;c=2">a</a></p>\n');
    expect(render("[mail](mailto:desk@news.example)")).toBe('<p><a href="mailto:desk@news.example">mail</a></p>\n');
    expect(render("see http://example.org/x")).toBe('<p>see <a href="http://example.org/x">http://example.org/x</a></p>\n');
    expect(render("![i](https://cdn.example/i.png)")).toBe('<p><img src="https://cdn.example/i.png" alt="i"></p>\n');
  });

  test("links markdown-it refuses stay refused", () => {
    expect(render("[x](javascript:alert(1))")).toBe("<p>[x](javascript:alert(1))</p>\n");
  });

  test("a render with a base does not change later page renders", () => {
    const source = "[a](x/) ![i](i.png)";
    const before = renderMarkdown(source);
    render(source);
    expect(renderMarkdown(source)).toBe(before);
    expect(before).toBe('<p><a href="x/">a</a> <img src="i.png" alt="i"></p>\n');
  });
});

describe("renderPageAndFeedHtml: a page's and a feed's HTML from one parse", () => {
  const sources = [
    "Plain text, *emphasis*, a list:\n\n- one\n- two",
    "[up](../../05/other/) and [root](/people/ann/) and [here](#quotes)",
    "![A *map*](map.png) then [a](https://example.org/a?b=1&c=2)",
    "[mail](mailto:desk@news.example), see http://example.org/x and www.example.com",
    "[x](javascript:alert(1)) [bad](//[bad) ![i](https://cdn.example/i.png)",
    "# Title\n\n[ref]\n\n[ref]: ../ref/ \"T\"",
  ];

  test.each(sources)("the same as two renders: %s", (source) => {
    expect(renderPageAndFeedHtml(source, BASE)).toEqual({ page: renderMarkdown(source), feed: renderMarkdown(source, { baseUrl: BASE }) });
  });

  test("with no relative URL, the feed's HTML is the page's", () => {
    const both = renderPageAndFeedHtml("[a](https://example.org/) ![i](https://cdn.example/i.png) mailto:x@y.example", BASE);
    expect(both.feed).toBe(both.page);
    const relative = renderPageAndFeedHtml("[a](a/)", BASE);
    expect(relative.feed).not.toBe(relative.page);
  });

  test("parses once", () => {
    const parse = vi.spyOn(markdown, "parse");
    try {
      renderPageAndFeedHtml("[up](../other/) ![m](m.png)", BASE);
      expect(parse).toHaveBeenCalledTimes(1);
    } finally {
      parse.mockRestore();
    }
  });
});

describe("the quick test before linkify-it's own", () => {
  // A fresh instance: its linkify-it has the original, slow pretest.
  const plain = new MarkdownIt({ html: false, linkify: true, typographer: true });
  const pieces = ["https://example.com/a", "mailto:ed@example.org", "//cdn.example.net", "ed@example.org", "www.example", "localhost", "LocalHost", "www.", "localhost:8080",
    "example.com", "bbc.co.uk", "1.2.3.4", "пример.рф", "xn--80ak6aa92e.com", "3.5", "end.", "...", "a: b", " ", "\n", "word", "Ünïcödé", "(", ")", "<", ">", "｜", "_", ".", ":", "@", "/"];

  test("lets through every text in which linkify-it may find a link", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 6 })), { maxLength: 12 }), (parts) => {
        const text = parts.join("");
        if (plain.linkify.pretest(text)) expect(MAY_HOLD_LINK.test(text)).toBe(true);
      }),
      { seed: 5, numRuns: 3000 },
    );
  });

  test("the same links as markdown-it's own linkify", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }), (parts) => {
        const text = parts.join(" ").replace(/^[#>\-*+\d]/u, "x");
        expect(renderMarkdown(text)).toBe(plain.render(text));
      }),
      { seed: 6, numRuns: 1000 },
    );
  });

  test("plain sentences skip it; a sentence with an address does not", () => {
    expect(MAY_HOLD_LINK.test("The council met. It voted 7-2, and the mayor left.")).toBe(false);
    expect(MAY_HOLD_LINK.test("Read it at example.com today.")).toBe(true);
    expect(renderMarkdown("Read it at example.com today.")).toContain('<a href="http://example.com">example.com</a>');
  });
});

describe("the plain-text run rule (text-rule.ts)", () => {
  const stock = new MarkdownIt({ html: false, linkify: true, typographer: true });
  const ours = new MarkdownIt({ html: false, linkify: true, typographer: true });
  ours.inline.ruler.at("text", plainTextRun);
  const pieces = ["*", "**", "_", "__", "`", "``", "[", "]", "](", ")", "](x \"t\")", "![", "<", ">", "&amp;", "&", "\\", "\\*", "~~", "#", "- ", "1. ", "> ", "\n", "\n\n", "  \n", "|", "---", "{", "}", "$", "%", "@", "^", "=", "+", ":", "!", "www.example.com", "a@b.org", "--", "...", "(c)", "\"", "'", " ", "word", "Ünïcödé", "김민준", "😀"];

  test("the same tokens as markdown-it's own text rule", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 5 })), { maxLength: 20 }), (parts) => {
        const text = parts.join("");
        expect(ours.render(text)).toBe(stock.render(text));
      }),
      { seed: 7, numRuns: 3000 },
    );
  });

  test("a run ends where markdown-it's would: at a terminator, and at the end of a link's label", () => {
    const at = (text: string) => ours.parseInline(text, {})[0]!.children!.map((t) => `${t.type}:${t.content}`);
    expect(at("plain words, then *em*")).toEqual(["text:plain words, then ", "em_open:", "text:em", "em_close:"]);
    expect(at("[a label](u) after")).toEqual(["link_open:", "text:a label", "link_close:", "text: after"]);
  });

  test("a run stops at the end of what the pass may read (posMax), as markdown-it's does", () => {
    const state = new ours.inline.State("plain words here", ours, {}, []);
    state.posMax = 5;
    expect(plainTextRun(state, false)).toBe(true);
    expect([state.pos, state.pending]).toEqual([5, "plain"]);
    expect(plainTextRun(state, false)).toBe(false);
  });
});
