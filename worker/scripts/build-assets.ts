// Builds worker/public, the static assets the worker serves: the API docs UI (and later the SDK bundle and /admin).
import { copyFile, mkdir } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));

export async function buildAssets(publicDir = join(here, "..", "public")): Promise<void> {
  const swaggerDir = dirname(createRequire(import.meta.url).resolve("swagger-ui-dist/package.json"));
  await mkdir(join(publicDir, "docs"), { recursive: true });
  for (const file of ["swagger-ui.css", "swagger-ui-bundle.js"]) {
    await copyFile(join(swaggerDir, file), join(publicDir, "docs", file));
  }
  await copyFile(join(here, "..", "routes", "docs", "swagger-init.js"), join(publicDir, "docs", "init.js"));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await buildAssets();
