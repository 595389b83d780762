import assert from "node:assert/strict";
import { readdir, readFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

const dist = join(dirname(fileURLToPath(import.meta.url)), "..", "dist");
/**
 * Every element plus the client, Lit and nanostores included (Stripe.js is loaded from Stripe, French
 * from its own script on demand). A guard against growth, not the target: issue #15's target (30 KB
 * gzip with all five elements) is a figure `npm run bench` prints (`sdk_script_gzip`); the script
 * measured 42.7 KB with the portal and 36.4 KB after the cuts in bench/README.md, which also says
 * where the rest goes (`npx tsx scripts/bundle-breakdown.ts`). Lower this as the script shrinks.
 */
const BUDGET = 37 * 1024;

test("the all-in-one script (every element, the client, Lit) does not grow past 37 KB gzip", async () => {
  const script = await readFile(join(dist, "billingos.js"));
  const gzip = gzipSync(script, { level: 9 }).length;
  console.log(
    `sdk/dist/billingos.js: ${(script.length / 1024).toFixed(1)} KB, ${(gzip / 1024).toFixed(1)} KB gzip (guard 37 KB; target 30 KB, see bench/README.md)`,
  );
  assert.ok(gzip <= BUDGET, `billingos.js is ${gzip} bytes gzip, over the ${BUDGET}-byte budget`);
});

test("the build wrote an SRI hash that matches the script", async () => {
  const manifest = JSON.parse(await readFile(join(dist, "billingos.json"), "utf8")) as { file: string; integrity: string };
  const hashed = await readFile(join(dist, manifest.file));
  assert.deepEqual(hashed, await readFile(join(dist, "billingos.js")));
  const { createHash } = await import("node:crypto");
  assert.equal(manifest.integrity, `sha384-${createHash("sha384").update(hashed).digest("base64")}`);
});

test("the npm entries leave Lit to the app's bundler; the browser script carries it", async () => {
  const { readdir } = await import("node:fs/promises");
  const files = [
    // admin.js is the merchant admin's own browser script (sdk/admin), bundled like billingos.js.
    ...(await readdir(dist)).filter((f) => f.endsWith(".js") && !f.startsWith("billingos") && f !== "admin.js"),
    ...(await readdir(join(dist, "chunks"))).filter((f) => f.endsWith(".js")).map((f) => `chunks/${f}`),
  ];
  for (const file of files) assert.doesNotMatch(await readFile(join(dist, file), "utf8"), /litHtmlVersions|process\.env/, file);
  assert.match(await readFile(join(dist, "billingos.js"), "utf8"), /litHtmlVersions/);
  assert.doesNotMatch(await readFile(join(dist, "billingos.js"), "utf8"), /process\.env/);
});

test("the admin is its own script: nothing of supabase-js, the router or uPlot reaches billingos.js", async () => {
  const script = await readFile(join(dist, "billingos.js"), "utf8");
  // The admin's first script and the chunks its pages load on demand (uPlot is in one of those).
  const chunks = (await readdir(join(dist, "admin-chunks"))).filter((name) => name.endsWith(".js"));
  const admin = (
    await Promise.all(["admin.js", ...chunks.map((name) => join("admin-chunks", name))].map((file) => readFile(join(dist, file), "utf8")))
  ).join("\n");
  for (const marker of ["GoTrueClient", "u-cursor-pt", "billing-admin-app"]) {
    assert.match(admin, new RegExp(marker), `the admin's scripts carry ${marker}`);
    assert.doesNotMatch(script, new RegExp(marker), `billingos.js must not carry ${marker}`);
  }
});

/**
 * The admin's first load (shell, sign-in, the customers list, supabase-js, the router, Lit): what
 * the customers page waits for. Every other page's elements, and uPlot with the analytics, come in
 * their own chunks. 88.3 KB gzip when this guard was set; bench/README.md says where the first
 * load's time goes. Lower this as the script shrinks.
 */
const ADMIN_FIRST_LOAD_BUDGET = 92 * 1024;

test("the admin's first script stays within 92 KB gzip and leaves the charts to the pages that draw them", async () => {
  const script = await readFile(join(dist, "admin.js"));
  const gzip = gzipSync(script, { level: 9 }).length;
  console.log(`sdk/dist/admin.js: ${(script.length / 1024).toFixed(1)} KB, ${(gzip / 1024).toFixed(1)} KB gzip (guard 92 KB)`);
  assert.ok(gzip <= ADMIN_FIRST_LOAD_BUDGET, `admin.js is ${gzip} bytes gzip, over the ${ADMIN_FIRST_LOAD_BUDGET}-byte budget`);
  assert.doesNotMatch(script.toString("utf8"), /u-cursor-pt/, "uPlot loads with the analytics pages, not in the first script");
});
