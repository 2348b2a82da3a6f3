import { homePage } from "../pages/home.ts";
import { pageTemplate } from "./page-template.ts";

export const { data, render } = pageTemplate("home", homePage);
