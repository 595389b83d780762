// The house rules the lint suite adds to biome fail when broken: an import cycle, an upward import,
// a file over the size limit. Each is built in a scratch folder shaped like worker/.
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { after, test } from "node:test";
import { MAX_LINES, oversizedFiles } from "./file-size";
import { importGraphProblems } from "./import-graph";

const scratch = mkdtempSync(join(tmpdir(), "billingos-lint-"));
after(() => rmSync(scratch, { recursive: true, force: true }));

function tree(name: string, files: Record<string, string>): string {
  const root = join(scratch, name);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

test("the worker's own import graph has no cycle and no upward import", () => {
  assert.deepEqual(importGraphProblems(resolve(import.meta.dirname, "../../worker")), []);
});

test("an import cycle between two files fails, naming both", () => {
  const root = tree("cycle", {
    "domain/a.ts": 'import { b } from "./b";\nexport const a = () => b;\n',
    "domain/b.ts": 'import type { a } from "./a";\nexport const b = 1 as unknown as typeof a;\n',
  });
  assert.deepEqual(importGraphProblems(root), ["import cycle: domain/a.ts ↔ domain/b.ts"]);
});

test("an upward import fails (domain → routes), a downward one and a test's do not", () => {
  const root = tree("upward", {
    "routes/things/things.index.ts": 'import { thing } from "../../domain/things";\nexport const shown = thing;\n',
    "routes/things/things.routes.ts": "export const Schema = 1;\n",
    "domain/things.ts": 'import { Schema } from "../routes/things/things.routes";\nexport const thing = Schema;\n',
    "domain/things.test.ts": 'import { shown } from "../routes/things/things.index";\nexport const seen = shown;\n',
  });
  assert.deepEqual(importGraphProblems(root), [
    "domain/things.ts (domain) imports routes/things/things.routes.ts (routes), a higher layer",
  ]);
});

test("a file in no layer is an error that names the list to extend", () => {
  const root = tree("unlisted", { "helpers/loose.ts": "export const loose = 1;\n" });
  assert.throws(() => importGraphProblems(root), /helpers\/loose\.ts is in no layer/);
});

test("a source file over the limit fails; tests and declarations may be longer", () => {
  const long = "export const line = 1;\n".repeat(MAX_LINES + 1);
  const root = tree("size", {
    "src/long.ts": long,
    "src/long.test.ts": long,
    "src/types.d.ts": long,
    "src/ok.ts": "x\n".repeat(MAX_LINES),
  });
  const files = ["src/long.ts", "src/long.test.ts", "src/types.d.ts", "src/ok.ts"];
  assert.deepEqual(oversizedFiles(root, files), [{ file: "src/long.ts", lines: MAX_LINES + 1 }]);
});
