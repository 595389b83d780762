// Writes worker/openapi.json from the route schemas; a worker test fails while the committed file is stale.
// `npm run openapi` then regenerates the SDK client's types from it (sdk/scripts/openapi-types.ts).
import { writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { buildApp } from "../app/routes";
import { openApiDocument } from "../routes/docs/docs.index";

const target = join(dirname(fileURLToPath(import.meta.url)), "..", "openapi.json");
await writeFile(target, `${JSON.stringify(openApiDocument(buildApp()), null, 2)}\n`);
console.log(`wrote ${target}`);
