import assert from "node:assert/strict";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, it } from "node:test";
import { startAcmeNotes } from "../../examples/html/server";

// The Acme Notes backend serves any page folder (the React, Vue and Svelte builds): its index.html
// filled in under the strict CSP, its scripts and styles, and nothing outside the folder.

let root: string;
let app: { url: string; close(): Promise<void> };

before(async () => {
  root = await mkdtemp(join(tmpdir(), "acme-notes-page-"));
  const page = join(root, "dist");
  await mkdir(join(page, "assets"), { recursive: true });
  await writeFile(
    join(page, "index.html"),
    '<body data-api-base="{{API_BASE}}" data-publishable-key="{{PUBLISHABLE_KEY}}"><!-- stripe-emulator --></body>',
  );
  await writeFile(join(page, "assets", "index-abc.js"), "console.log('page');");
  await writeFile(join(page, "assets", "index-abc.css"), "body{}");
  await writeFile(join(page, "config.json"), "{}");
  await writeFile(join(root, "secret.js"), "the folder's neighbour");
  app = await startAcmeNotes({
    apiBase: "http://127.0.0.1:1",
    secretKey: "sk_test_unused",
    publishableKey: "pk_test_page",
    stripeEmulator: "http://127.0.0.1:2",
    publicDir: page,
    port: 0,
  });
});
after(async () => {
  await app?.close();
  await rm(root, { recursive: true, force: true });
});

it("fills in the page's index.html and sends it with the strict CSP", async () => {
  const response = await fetch(`${app.url}/`);
  assert.equal(response.status, 200);
  assert.match(response.headers.get("content-security-policy") ?? "", /script-src 'self' http:\/\/127\.0\.0\.1:1 http:\/\/127\.0\.0\.1:2;/);
  assert.equal(
    await response.text(),
    '<body data-api-base="http://127.0.0.1:1" data-publishable-key="pk_test_page"><script src="http://127.0.0.1:2/v3/stripe.js"></script></body>',
  );
});

it("serves the build's scripts and styles with their types", async () => {
  const script = await fetch(`${app.url}/assets/index-abc.js`);
  assert.equal(script.headers.get("content-type"), "text/javascript; charset=utf-8");
  assert.equal(await script.text(), "console.log('page');");
  const styles = await fetch(`${app.url}/assets/index-abc.css`);
  assert.equal(styles.headers.get("content-type"), "text/css; charset=utf-8");
});

it("answers 404 for a missing file, other file types, the raw template and anything outside the folder", async () => {
  for (const path of [
    "/assets/missing.js",
    "/config.json",
    "/index.html",
    "/..%2fsecret.js",
    "/%2e%2e%2fsecret.js",
    "/assets/%E0%A4%A.js",
  ]) {
    const response = await fetch(`${app.url}${path}`);
    assert.equal(response.status, 404, path);
    assert.doesNotMatch(await response.text(), /neighbour/, path);
  }
});
