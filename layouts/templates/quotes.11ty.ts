import { quotesPage } from "../pages/quotes.ts";
import { pageTemplate } from "./page-template.ts";

export const { data, render } = pageTemplate("quotes", quotesPage);
