import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { it } from "node:test";
import { paths } from "../paths";
import { exampleSnippets, frameworkSnippets } from "./readme-snippet";

// The README's "Sell in your page" snippet is copied from examples/html, which the e2e suite runs.
it("the README shows the Acme Notes example's snippet, unchanged", async () => {
  const readme = await readFile(join(paths.root, "README.md"), "utf8");
  const snippets = await exampleSnippets();
  assert.equal(snippets.length, 3, "a script tag, the tags, the page script");
  for (const snippet of snippets) assert.ok(readme.includes(snippet), `README.md lacks:\n${snippet}`);
});

// Each framework example's README shows its session callback and its tags as they are in its source.
for (const [example, file] of [
  ["react", "App.tsx"],
  ["react-18", "App.tsx"],
  ["vue", "App.vue"],
  ["svelte", "App.svelte"],
] as const) {
  it(`examples/${example}/README.md shows the example's snippets, unchanged`, async () => {
    const readme = await readFile(join(paths.root, "examples", example, "README.md"), "utf8");
    const snippets = await frameworkSnippets(example, [file]);
    assert.equal(snippets.length, 2, "the session callback and the tags");
    for (const snippet of snippets) assert.ok(readme.includes(snippet), `examples/${example}/README.md lacks:\n${snippet}`);
  });
}
