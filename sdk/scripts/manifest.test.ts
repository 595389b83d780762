// custom-elements.json (what IDEs and Storybook read) lists every element with its public API only.
import assert from "node:assert/strict";
import { readdir, readFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";

const sdk = join(dirname(fileURLToPath(import.meta.url)), "..");

interface Declaration {
  tagName?: string;
  attributes?: { name: string }[];
  events?: { name: string }[];
}

test("custom-elements.json lists each element folder's tag with public attributes and typed events only", async () => {
  const manifest = JSON.parse(await readFile(join(sdk, "dist", "custom-elements.json"), "utf8")) as {
    modules: { declarations?: Declaration[] }[];
  };
  const elements = new Map(
    manifest.modules.flatMap((m) => m.declarations ?? []).flatMap((d) => (d.tagName ? [[d.tagName, d] as const] : [])),
  );
  const folders = (await readdir(join(sdk, "components"), { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name);
  assert.deepEqual([...elements.keys()].sort(), folders.sort());
  for (const [tag, element] of elements) {
    for (const attribute of element.attributes ?? [])
      assert.match(attribute.name, /^[a-z-]+$/, `${tag} lists internal state "${attribute.name}" as an attribute`);
    for (const event of element.events ?? []) assert.match(event.name, /^billing-[a-z-]+$/, `${tag} lists event "${event.name}"`);
  }
  assert.deepEqual(
    elements.get("billing-pricing-table")?.events?.map((e) => e.name),
    ["billing-plan-select"],
  );
});
