// Builds worker/public, the static assets the worker serves: the API docs UI and the admin app (later the SDK bundle).
import { copyFile, mkdir, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "esbuild";

const here = dirname(fileURLToPath(import.meta.url));

export async function buildAssets(publicDir = join(here, "..", "public")): Promise<void> {
  const swaggerDir = dirname(createRequire(import.meta.url).resolve("swagger-ui-dist/package.json"));
  await mkdir(join(publicDir, "docs"), { recursive: true });
  for (const file of ["swagger-ui.css", "swagger-ui-bundle.js"]) {
    await copyFile(join(swaggerDir, file), join(publicDir, "docs", file));
  }
  await copyFile(join(here, "..", "routes", "docs", "swagger-init.js"), join(publicDir, "docs", "init.js"));
  await buildAdmin(join(publicDir, "admin", "assets"));
  await writeFile(join(publicDir, "_headers"), STATIC_HEADERS);
}

/**
 * Headers for every static asset. The asset server answers these requests before the Worker runs,
 * so the API's security-header middleware never sees them; `_headers` is how Cloudflare (and
 * `wrangler dev`) add headers there.
 */
const STATIC_HEADERS = `# Written by worker/scripts/build-assets.ts.
/*
  X-Content-Type-Options: nosniff
`;

/** The merchant admin app (worker/admin) as one browser module. */
async function buildAdmin(outDir: string): Promise<void> {
  await mkdir(outDir, { recursive: true });
  await build({
    entryPoints: [join(here, "..", "admin", "main.ts")],
    outfile: join(outDir, "admin.js"),
    bundle: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    minify: true,
    sourcemap: true,
    logLevel: "warning",
  });
  await copyFile(join(here, "..", "admin", "admin.css"), join(outDir, "admin.css"));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await buildAssets();
