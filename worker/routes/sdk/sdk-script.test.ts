// The SDK's browser script as the worker serves it (built into worker/public by build:assets).
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";

const asset = (path: string) => env.ASSETS.fetch(new Request(`http://billingos.test${path}`));

async function sha384(body: ArrayBuffer): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-384", body);
  return `sha384-${btoa(String.fromCharCode(...new Uint8Array(digest)))}`;
}

/** Written by the SDK build next to the script: its hashed file name and SRI value. */
const manifest = (await (await asset("/sdk/billingos.json")).json()) as {
  file: string;
  integrity: string;
  locales: Record<string, { file: string; integrity: string }>;
};

describe("/sdk/billingos.js", () => {
  it("serves the all-in-one script at the latest URL, readable cross-origin for SRI, revalidated", async () => {
    const response = await asset("/sdk/billingos.js");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/javascript/);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(response.headers.get("cache-control")).toBe("public, max-age=300, must-revalidate");
    expect(await sha384(await response.arrayBuffer())).toBe(manifest.integrity);
  });

  it("serves the same bytes at a content-hashed URL cached as immutable", async () => {
    expect(manifest.file).toMatch(/^billingos\.[0-9a-f]{12}\.js$/);
    const response = await asset(`/sdk/${manifest.file}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(await sha384(await response.arrayBuffer())).toBe(manifest.integrity);
  });

  it("serves the French the script loads on demand at the hashed name and SRI written into the script, immutable", async () => {
    const script = await (await asset("/sdk/billingos.js")).text();
    expect(Object.keys(manifest.locales)).toEqual(["fr"]);
    for (const { file, integrity } of Object.values(manifest.locales)) {
      expect(file).toMatch(/^billingos\.fr\.[0-9a-f]{12}\.js$/);
      expect(script).toContain(file);
      expect(script).toContain(integrity);
      const response = await asset(`/sdk/${file}`);
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toMatch(/javascript/);
      expect(response.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
      expect(response.headers.get("access-control-allow-origin")).toBe("*");
      expect(await sha384(await response.arrayBuffer())).toBe(integrity);
    }
  });
});
