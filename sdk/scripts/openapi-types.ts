// The client's API types, generated from worker/openapi.json (`npm run openapi` rewrites both; a
// test fails while sdk/client/openapi.d.ts is stale). Never edit the generated file by hand.
import { readFile, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import openapiTS, { astToString } from "openapi-typescript";

const here = dirname(fileURLToPath(import.meta.url));
export const typesFile = join(here, "..", "client", "openapi.d.ts");
const specFile = join(here, "..", "..", "worker", "openapi.json");

const HEADER = "// Generated from worker/openapi.json by sdk/scripts/openapi-types.ts (`npm run openapi`). Do not edit.\n\n";

/** The TypeScript text of the API's paths and schemas, as committed in sdk/client/openapi.d.ts. */
export async function renderOpenApiTypes(): Promise<string> {
  const spec = JSON.parse(await readFile(specFile, "utf8"));
  return HEADER + astToString(await openapiTS(spec, { alphabetize: false }));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await writeFile(typesFile, await renderOpenApiTypes());
  console.log(`wrote ${typesFile}`);
}
