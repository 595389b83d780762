// Builds worker/public, the static assets the worker serves: the API docs UI, the SDK's browser script and the admin app (both built by the SDK).
import { execFileSync } from "node:child_process";
import { copyFile, cp, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
/** The admin's on-demand chunks (content-hashed names, so cached for good), under sdk/dist/ and /admin/assets/. */
const ADMIN_CHUNKS = "admin-chunks";

export async function buildAssets(publicDir = join(here, "..", "public")): Promise<void> {
  const swaggerDir = dirname(createRequire(import.meta.url).resolve("swagger-ui-dist/package.json"));
  await mkdir(join(publicDir, "docs"), { recursive: true });
  for (const file of ["swagger-ui.css", "swagger-ui-bundle.js"]) {
    await copyFile(join(swaggerDir, file), join(publicDir, "docs", file));
  }
  await copyFile(join(here, "..", "routes", "docs", "swagger-init.js"), join(publicDir, "docs", "init.js"));
  const sdkHeaders = await buildSdk(publicDir);
  await copyAdmin(join(publicDir, "admin", "assets"));
  await writeFile(join(publicDir, "_headers"), STATIC_HEADERS + sdkHeaders);
}

/**
 * The SDK's all-in-one script at /sdk/billingos.js (latest, revalidated) and at its content-hashed,
 * immutable name from sdk/dist/billingos.json, with the French it loads on demand (immutable, by
 * hashed name); all readable cross-origin so pages and the script itself can use SRI.
 * Returns the `_headers` rules for them.
 */
async function buildSdk(publicDir: string): Promise<string> {
  const root = join(here, "..", "..");
  execFileSync("npm", ["run", "build:script", "-w", "sdk"], { cwd: root, stdio: ["ignore", "inherit", "inherit"] });
  const dist = join(root, "sdk", "dist");
  const manifest = JSON.parse(await readFile(join(dist, "billingos.json"), "utf8")) as {
    file: string;
    locales: Record<string, { file: string }>;
  };
  // The hashed script and each language's script (which the script loads by its hashed name) never change.
  const immutable = [manifest.file, ...Object.values(manifest.locales).map((locale) => locale.file)];
  await mkdir(join(publicDir, "sdk"), { recursive: true });
  for (const file of ["billingos.js", "billingos.js.map", "billingos.json", ...immutable]) {
    await copyFile(join(dist, file), join(publicDir, "sdk", file));
  }
  return [
    "/sdk/*",
    "  Access-Control-Allow-Origin: *",
    "  Cache-Control: public, max-age=300, must-revalidate",
    ...immutable.flatMap((file) => [`/sdk/${file}`, "  ! Cache-Control", "  Cache-Control: public, max-age=31536000, immutable"]),
    "",
  ].join("\n");
}

/**
 * Headers for every static asset. The asset server answers these requests before the Worker runs,
 * so the API's security-header middleware never sees them; `_headers` is how Cloudflare (and
 * `wrangler dev`) add headers there.
 */
const STATIC_HEADERS = `# Written by worker/scripts/build-assets.ts.
/*
  X-Content-Type-Options: nosniff
/admin/assets/${ADMIN_CHUNKS}/*
  Cache-Control: public, max-age=31536000, immutable
`;

/**
 * The merchant admin (sdk/admin), built by the SDK's rollup with the browser script above: its
 * script, the chunks it loads on demand (this build's only: earlier ones are removed) and the page CSS.
 */
async function copyAdmin(outDir: string): Promise<void> {
  const sdk = join(here, "..", "..", "sdk");
  await mkdir(outDir, { recursive: true });
  for (const file of ["admin.js", "admin.js.map"]) await copyFile(join(sdk, "dist", file), join(outDir, file));
  await rm(join(outDir, ADMIN_CHUNKS), { recursive: true, force: true });
  await cp(join(sdk, "dist", ADMIN_CHUNKS), join(outDir, ADMIN_CHUNKS), { recursive: true });
  await copyFile(join(sdk, "admin", "admin.css"), join(outDir, "admin.css"));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await buildAssets();
