import { robotsFile } from "../pages/robots.ts";
import { pageTemplate } from "./page-template.ts";

export const { data, render } = pageTemplate("robots", robotsFile);
