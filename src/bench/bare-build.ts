// The baseline the benchmark compares against: a plain Eleventy 3 site of the same Markdown files, one layout,
// no extraction, indexed by Pagefind through its Node API. Run as: tsx src/bench/bare-build.ts ARTICLES OUTPUT
import path from "node:path";
import { fileURLToPath } from "node:url";
import Eleventy from "@11ty/eleventy";
import { writeSearchIndex } from "../site/search-index.ts";

const [articles, output] = process.argv.slice(2);
const layouts = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../bench/bare");
const eleventy = new Eleventy(articles, output, {
  quietMode: true,
  configPath: path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../site/no-config.ts"),
  config: (eleventyConfig: any) => {
    eleventyConfig.setLayoutsDirectory(path.relative(articles, layouts));
    eleventyConfig.addGlobalData("layout", "plain.njk");
    eleventyConfig.setTemplateFormats(["md"]);
    eleventyConfig.setUseGitIgnore(false);
  },
});
await eleventy.write();
await writeSearchIndex(output, { directory: {} });
