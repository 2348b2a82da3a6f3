import { redirectPage } from "../pages/redirect.ts";
import { pageTemplate } from "./page-template.ts";

export const { data, render } = pageTemplate("redirect", redirectPage);
