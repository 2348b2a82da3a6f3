import { describe, expect, test } from "vitest";
import { escapeHtml, html, jsonForScript, raw } from "../../layouts/html.ts";

describe("html tagged template", () => {
  test("escapes every interpolation", () => {
    const evil = `<script>alert("x")</script> & 'y'`;
    expect(html`<p title="${evil}">${evil}</p>`.value).toBe(
      `<p title="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;</p>`,
    );
  });

  test("nested html and raw() pass through; lists join; empty values vanish", () => {
    const items = ["a<b", "c"].map((x) => html`<li>${x}</li>`);
    expect(html`<ul>${items}</ul>${null}${undefined}${false}${raw("<em>ok</em>")}${0}`.value).toBe("<ul><li>a&lt;b</li><li>c</li></ul><em>ok</em>0");
  });

  test("escapeHtml handles all five characters", () => {
    expect(escapeHtml(`&<>"'`)).toBe("&amp;&lt;&gt;&quot;&#39;");
  });
});

test("control characters an HTML document may not hold become U+FFFD; tab, line feed and carriage return stay", () => {
  expect(escapeHtml("a\u0000b\u0008c\u001Fd\u007Fe\u0085f")).toBe("a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\uFFFDf");
  expect(escapeHtml("tab\tline\ncr\r <&>")).toBe("tab\tline\ncr\r &lt;&amp;&gt;");
});

describe("jsonForScript", () => {
  test("writes <, >, &, U+2028 and U+2029 as \\u escapes, and the JSON still reads back the same", () => {
    const value = { name: "A <b> & </script> \u2028 \u2029 é 한", plain: "nothing to escape" };
    const text = jsonForScript(value).value;
    expect(text).not.toMatch(/[<>&\u2028\u2029]/);
    expect(text).toContain("A \\u003cb\\u003e \\u0026 \\u003c/script\\u003e \\u2028 \\u2029 é 한");
    expect(JSON.parse(text)).toEqual(value);
    expect(jsonForScript({ plain: "nothing to escape" }).value).toBe('{"plain":"nothing to escape"}');
  });
});
