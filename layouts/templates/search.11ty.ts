import { searchPage } from "../pages/search.ts";
import { pageTemplate } from "./page-template.ts";

export const { data, render } = pageTemplate("search", searchPage);
