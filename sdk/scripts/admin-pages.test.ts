import assert from "node:assert/strict";
import { readdir, readFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";

// The admin's pages are listed twice by design: pages/index.ts loads each folder's define.ts when
// one of its pages is opened, and admin/define.ts imports them all for the element tests. A folder
// missing from either list would be a page that never loads, or one no test has defined.
const admin = join(dirname(fileURLToPath(import.meta.url)), "..", "admin");

async function pageFolders(): Promise<string[]> {
  const folders = await readdir(join(admin, "pages"), { withFileTypes: true });
  const withDefine = await Promise.all(
    folders
      .filter((entry) => entry.isDirectory())
      .map(async (entry) => ((await readdir(join(admin, "pages", entry.name))).includes("define.ts") ? entry.name : undefined)),
  );
  return withDefine.filter((name): name is string => name !== undefined).sort();
}

const imported = (source: string, pattern: RegExp) => [...source.matchAll(pattern)].map((match) => match[1] as string).sort();

test("every page folder's define.ts is loaded by pages/index.ts and imported by admin/define.ts", async () => {
  const folders = await pageFolders();
  assert.ok(folders.length >= 10, `found ${folders.length} page folders`);
  const index = await readFile(join(admin, "pages", "index.ts"), "utf8");
  assert.deepEqual(imported(index, /import\("\.\/([\w-]+)\/define"\)/g), folders, "pages/index.ts loads each folder on demand");
  const define = await readFile(join(admin, "define.ts"), "utf8");
  assert.deepEqual(imported(define, /import "\.\/pages\/([\w-]+)\/define";/g), folders, "admin/define.ts imports each folder");
});
