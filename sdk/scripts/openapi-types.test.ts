import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { test } from "node:test";
import { renderOpenApiTypes, typesFile } from "./openapi-types";

test("sdk/client/openapi.d.ts matches worker/openapi.json (run `npm run openapi` after changing a route)", async () => {
  assert.equal(await readFile(typesFile, "utf8"), await renderOpenApiTypes(), "sdk/client/openapi.d.ts is stale: run `npm run openapi`");
});
