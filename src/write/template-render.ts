import path from "node:path";
import { pathToFileURL } from "node:url";

/** What a template in layouts/templates/ exports for Eleventy to render (page-template.ts). */
interface TemplateModule {
  render: (data: unknown) => unknown;
}

/**
 * The render function of a template in layouts/templates/, as the `compile`
 * of the `11ty.ts` extension (.eleventy.ts): Eleventy gives it each page's
 * data, and writes what it returns as it is. Eleventy's own 11ty.js engine
 * would decode a Buffer (an Atom feed, put together as UTF-8 bytes) back to
 * text, for the writing to encode it again: at 10,000 articles ~0.3 s of
 * decoding, and ~50 MB more held until the batch is written
 * (docs/performance.md).
 */
export function templateRender(inputPath: string): Promise<TemplateModule["render"]> {
  let render = renders.get(inputPath);
  if (!render) {
    render = import(pathToFileURL(path.resolve(inputPath)).href).then((template: TemplateModule) => template.render);
    renders.set(inputPath, render);
  }
  return render;
}

/**
 * Each template's render function by its path. Eleventy compiles a
 * template again for every page of its pagination, and an `import()`,
 * even of a module already loaded, goes through tsx's loader (~0.2 ms):
 * seconds for 20,000 pages.
 */
const renders = new Map<string, Promise<TemplateModule["render"]>>();
