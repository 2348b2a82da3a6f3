import { pageTemplate } from "./page-template.ts";

export const { data, render } = pageTemplate("asset", (content) => content);
