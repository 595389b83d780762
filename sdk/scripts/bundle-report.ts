// After `rollup`: prints the all-in-one script's gzip size and SRI hash, and writes a content-hashed
// copy plus dist/billingos.json ({ file, integrity, gzip, locales }) for the worker to serve at an immutable URL.
import { createHash } from "node:crypto";
import { readFile, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";

const dist = join(dirname(fileURLToPath(import.meta.url)), "..", "dist");

export interface BundleManifest {
  /** The immutable name, e.g. billingos.3f2a9c1b7d4e.js, served at /sdk/<file>. */
  file: string;
  /** Subresource Integrity value for the script tag. */
  integrity: string;
  /** Bytes after gzip -9. */
  gzip: number;
  /** Each on-demand language's script beside it (the build writes their names and SRI values into the script). */
  locales: Record<string, { file: string; integrity: string }>;
}

export async function writeBundleManifest(): Promise<BundleManifest> {
  const script = await readFile(join(dist, "billingos.js"));
  const hash = createHash("sha256").update(script).digest("hex").slice(0, 12);
  const manifest: BundleManifest = {
    file: `billingos.${hash}.js`,
    integrity: `sha384-${createHash("sha384").update(script).digest("base64")}`,
    gzip: gzipSync(script, { level: 9 }).length,
    locales: JSON.parse(await readFile(join(dist, "billingos.locales.json"), "utf8")),
  };
  await writeFile(join(dist, manifest.file), script);
  await writeFile(join(dist, "billingos.json"), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const manifest = await writeBundleManifest();
  console.log(`dist/billingos.js: ${(manifest.gzip / 1024).toFixed(1)} KB gzip, served at /sdk/billingos.js and /sdk/${manifest.file}`);
  console.log(`integrity="${manifest.integrity}"`);
}
