import { expect, test } from "vitest";
import { pageTemplate, type PageData } from "../../layouts/templates/page-template.ts";

// A stand-in for the views: the layouts below only read the page's URL.
const data = { clippings: { pages: {}, view: (_kind: string, ref: { url: string }) => ref }, ref: { url: "/people/김-민준/" } } as unknown as PageData<"robots">;
const text = (view: { url: string }) => `<p>“${view.url}” — Лена, 김민준</p>`;

test("a page goes to Eleventy as the text its layout wrote", async () => {
  const page = await pageTemplate("robots", text as never).render(data);
  expect(page).toBe("<p>“/people/김-민준/” — Лена, 김민준</p>");
});

test("so does the page of a layout that answers later", async () => {
  const later = (view: { url: string }) => Promise.resolve(text(view));
  const page = await pageTemplate("robots", later as never).render(data);
  expect(page).toBe(text({ url: "/people/김-민준/" }));
});

test("a page joined from many pieces comes back whole", async () => {
  const pieces = (view: { url: string }) => Array.from({ length: 2000 }, (_, i) => `<li>${view.url}${i}</li>`).reduce((page, item) => page + item, "");
  const page = await pageTemplate("robots", pieces as never).render(data);
  expect(page).toBe(pieces({ url: "/people/김-민준/" }));
});

test("bytes a layout wrote itself (an Atom feed) go to Eleventy as they are", async () => {
  const bytes = Buffer.from(text({ url: "/feed.xml" }));
  const page = await pageTemplate("robots", (() => bytes) as never).render(data);
  expect(page).toBe(bytes);
});
