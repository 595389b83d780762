import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { test } from "node:test";
import { elementTypesFile, renderElementTypes } from "./element-types";

test("sdk/frameworks/elements.generated.ts matches custom-elements.json (run `npm run element-types -w sdk` after changing an element)", async () => {
  assert.equal(
    await readFile(elementTypesFile, "utf8"),
    await renderElementTypes(),
    "sdk/frameworks/elements.generated.ts is stale: run `npm run build -w sdk && npm run element-types -w sdk`",
  );
});
