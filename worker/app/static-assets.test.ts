import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";

/**
 * Static assets are answered by Cloudflare's asset server before the Worker runs, so the API's
 * security-header middleware never sees them; `env.ASSETS` is that same server (with the rules of
 * public/_headers, written by scripts/build-assets.ts).
 */
describe("static assets", () => {
  for (const path of [
    "/docs/swagger-ui-bundle.js",
    "/docs/swagger-ui.css",
    "/docs/init.js",
    "/admin/assets/admin.js",
    "/admin/assets/admin.css",
  ]) {
    it(`${path} is served with X-Content-Type-Options: nosniff`, async () => {
      const response = await env.ASSETS.fetch(`http://billingos.test${path}`);
      await response.arrayBuffer();
      expect(response.status).toBe(200);
      expect(response.headers.get("X-Content-Type-Options")).toBe("nosniff");
    });
  }

  it("serves the admin's on-demand chunks that admin.js imports, as scripts cached for good (content-hashed names)", async () => {
    const script = await (await env.ASSETS.fetch("http://billingos.test/admin/assets/admin.js")).text();
    const chunks = [...script.matchAll(/import\("\.\/(admin-chunks\/[\w.-]+\.js)"\)/g)].map(([, path]) => path);
    expect(chunks.length).toBeGreaterThan(5);
    for (const chunk of chunks) {
      const response = await env.ASSETS.fetch(`http://billingos.test/admin/assets/${chunk}`);
      await response.arrayBuffer();
      expect(response.status, chunk).toBe(200);
      expect(response.headers.get("Content-Type"), chunk).toMatch(/^text\/javascript/);
      expect(response.headers.get("Cache-Control"), chunk).toBe("public, max-age=31536000, immutable");
      expect(response.headers.get("X-Content-Type-Options"), chunk).toBe("nosniff");
    }
  });
});
