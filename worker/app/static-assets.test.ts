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
});
