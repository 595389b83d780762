import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { buildApp } from "../../app/routes";
import { call } from "../../test/fixtures";
import { AUTH_SETTINGS_ID } from "./admin.index";

const BLOCK = new RegExp(`<script type="application/json" id="${AUTH_SETTINGS_ID}">([^<]*)</script>`);

/** The admin page with these vars, and the text of its Auth settings block (undefined when it has none). */
async function adminPage(path: string, vars: Partial<Record<keyof Env, string>> = {}) {
  const response = await buildApp().request(path, {}, { ...env, ...vars });
  const html = await response.text();
  return { response, html, block: BLOCK.exec(html)?.[1] };
}

describe("GET /admin/*", () => {
  it("is the admin's page, on every path, carrying the Auth project's public settings before the script", async () => {
    for (const path of ["/admin/", "/admin/customers", "/admin/customers/cus_1?q=a"]) {
      const { response, html, block } = await adminPage(path);
      expect(response.status, path).toBe(200);
      expect(response.headers.get("content-type")).toMatch(/^text\/html/);
      expect(block, path).toBeDefined();
      expect(JSON.parse(block as string)).toEqual({ supabase_url: env.SUPABASE_URL, supabase_anon_key: env.SUPABASE_ANON_KEY });
      expect(html.indexOf(`id="${AUTH_SETTINGS_ID}"`)).toBeLessThan(html.indexOf('<script type="module"'));
    }
  });

  it("escapes the settings so no value can close the block or add markup, and reads back the same values", async () => {
    const hostile = {
      SUPABASE_URL: "https://x.test/</script><script>alert(1)</script>",
      SUPABASE_ANON_KEY: "key<!--</SCRIPT >\u2028&amp;\"'",
      STRIPE_API_BASE: "",
    };
    const { html, block } = await adminPage("/admin/customers", hostile);
    expect(block).toBeDefined();
    expect(block).not.toContain("<");
    expect(JSON.parse(block as string)).toEqual({ supabase_url: hostile.SUPABASE_URL, supabase_anon_key: hostile.SUPABASE_ANON_KEY });
    // The page has exactly its own two scripts (the settings block and the app; no Stripe emulator here).
    expect(html).not.toContain("<script>alert(1)");
    expect(html.match(/<script/gi)?.length).toBe(2);
    expect(html.match(/<\/script/gi)?.length).toBe(2);
  });

  it("carries no secret: only the Auth URL and the anon key", async () => {
    const secrets = {
      STRIPE_SECRET_KEY_TEST: "sk_test_must_not_leak",
      STRIPE_WEBHOOK_SECRET: "whsec_must_not_leak",
      CUSTOMER_SESSION_SECRET: "session_secret_must_not_leak",
      EMAIL_API_KEY: "email_key_must_not_leak",
    };
    const { html, block } = await adminPage("/admin/", secrets);
    expect(Object.keys(JSON.parse(block as string))).toEqual(["supabase_url", "supabase_anon_key"]);
    for (const value of Object.values(secrets)) expect(html).not.toContain(value);
  });

  it("keeps the admin page under its CSP: scripts from itself only, no inline script allowed", async () => {
    const response = await call("/admin/customers");
    const policy = response.headers.get("Content-Security-Policy") ?? "";
    expect(policy).toMatch(/script-src 'self'[^;]*;/);
    expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  });

  it("no longer serves the settings as a file of their own", async () => {
    const { response, block } = await adminPage("/admin/config.json");
    // Any /admin/ path is the page (the app shows its own not-found); there is no JSON route.
    expect(response.headers.get("content-type")).toMatch(/^text\/html/);
    expect(block).toBeDefined();
  });
});
