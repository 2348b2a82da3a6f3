import { articlePage } from "../pages/article.ts";
import { pageTemplate } from "./page-template.ts";

export const { data, render } = pageTemplate("article", articlePage);
