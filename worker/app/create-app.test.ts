import { env } from "cloudflare:workers";
import { createRoute, z } from "@hono/zod-openapi";
import { describe, expect, it } from "vitest";
import { call } from "../test/fixtures";
import { createApp, MAX_BODY_BYTES } from "./create-app";

/** A throwaway app with one validated POST route, to exercise the shell's behaviour on bad input. */
function appWithEchoRoute() {
  const app = createApp();
  const echo = createRoute({
    method: "post",
    path: "/echo",
    request: {
      body: {
        content: {
          "application/json": {
            schema: z.strictObject({
              amount: z.number().int().nonnegative(),
              items: z.array(z.strictObject({ price: z.string() })).optional(),
            }),
          },
        },
      },
    },
    responses: { 200: { description: "ok", content: { "application/json": { schema: z.object({ amount: z.number() }) } } } },
  });
  app.openapi(echo, (c) => c.json({ amount: c.req.valid("json").amount }, 200));
  app.get("/boom", () => {
    throw new Error("secret internal detail");
  });
  return app;
}

const ctx = { waitUntil: () => {}, passThroughOnException: () => {}, props: {} } as unknown as ExecutionContext;
const post = (body: string) =>
  appWithEchoRoute().fetch(
    new Request("http://x/echo", { method: "POST", headers: { "content-type": "application/json" }, body }),
    {} as Env,
    ctx,
  );

describe("app shell", () => {
  it("answers an unknown route with 404 in the error envelope and a request id", async () => {
    const response = await call("/v1/nothing-here");
    expect(response.status).toBe(404);
    const body = await response.json<{ error: Record<string, string> }>();
    expect(body.error).toMatchObject({ type: "invalid_request_error", code: "route_not_found" });
    expect(body.error.request_id).toMatch(/^req_[A-Za-z0-9]{24}$/);
    expect(response.headers.get("Request-Id")).toBe(body.error.request_id);
  });

  it("answers a wrong method with 405 and Allow", async () => {
    const response = await call("/health", { method: "DELETE" });
    expect(response.status).toBe(405);
    expect(response.headers.get("Allow")).toContain("GET");
    const body = await response.json<{ error: Record<string, string> }>();
    expect(body.error.code).toBe("method_not_allowed");
  });

  it("refuses a body over 1 MB with 413 before any handler runs", async () => {
    const response = await call("/health", { method: "POST", body: "x".repeat(MAX_BODY_BYTES + 1) });
    expect(response.status).toBe(413);
    const body = await response.json<{ error: Record<string, string> }>();
    expect(body.error.code).toBe("payload_too_large");
  });

  it("echoes a well-formed Request-Id and replaces a malformed one", async () => {
    const echoed = await call("/health", { headers: { "Request-Id": "client-trace-1234" } });
    expect(echoed.headers.get("Request-Id")).toBe("client-trace-1234");
    const replaced = await call("/health", { headers: { "Request-Id": "<script>alert(1)</script>" } });
    expect(replaced.headers.get("Request-Id")).toMatch(/^req_/);
  });

  it("sets strict security headers", async () => {
    const response = await call("/health");
    expect(response.headers.get("Content-Security-Policy")).toContain("script-src 'self'");
    expect(response.headers.get("X-Content-Type-Options")).toBe("nosniff");
    expect(response.headers.get("Strict-Transport-Security")).toContain("max-age=");
  });

  it("sends the whole set of security headers, on a 404 too, and no X-Powered-By", async () => {
    const expected = {
      "Content-Security-Policy": `default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self' ${new URL(env.SUPABASE_URL).origin}; frame-ancestors 'none'; base-uri 'none'; form-action 'self'; object-src 'none'`,
      "Cross-Origin-Opener-Policy": "same-origin",
      "Cross-Origin-Resource-Policy": "same-origin",
      "Origin-Agent-Cluster": "?1",
      "Referrer-Policy": "no-referrer",
      "Strict-Transport-Security": "max-age=63072000; includeSubDomains",
      "X-Content-Type-Options": "nosniff",
      "X-DNS-Prefetch-Control": "off",
      "X-Download-Options": "noopen",
      "X-Frame-Options": "SAMEORIGIN",
      "X-Permitted-Cross-Domain-Policies": "none",
      "X-XSS-Protection": "0",
    };
    for (const path of ["/health", "/v1/nope", "/nope"]) {
      const response = await call(path);
      for (const [name, value] of Object.entries(expected)) expect(response.headers.get(name), `${path} ${name}`).toBe(value);
      expect(response.headers.get("X-Powered-By")).toBeNull();
      expect(response.headers.get("Request-Id")).toMatch(/^req_/);
    }
  });

  it("lets the admin page, and only it, use Stripe.js for the checkout of the merchant's own plan (locally the emulator's)", async () => {
    const stripe = new URL(env.STRIPE_API_BASE).origin;
    const page = await call("/admin/settings/billing");
    expect(page.status).toBe(200);
    const policy = page.headers.get("Content-Security-Policy") ?? "";
    expect(policy).toContain(`script-src 'self' ${stripe};`);
    expect(policy).toContain(`connect-src 'self' ${new URL(env.SUPABASE_URL).origin} ${stripe};`);
    expect(policy).toContain(`frame-src ${stripe};`);
    expect(policy).toContain("frame-ancestors 'none'");
    expect(await page.text()).toContain(`<script src="${stripe}/v3/stripe.js"></script>`);
    const api = (await call("/health")).headers.get("Content-Security-Policy") ?? "";
    expect(api).not.toContain(stripe);
    expect(api).not.toContain("frame-src");
  });

  it("names the offending param for a bad amount", async () => {
    for (const amount of ["-1", "1.5", '"12"', "9007199254740993e10"]) {
      const response = await post(`{"amount": ${amount}}`);
      expect(response.status).toBe(400);
      const body = await response.json<{ error: Record<string, string> }>();
      expect(body.error).toMatchObject({ type: "invalid_request_error", param: "amount" });
    }
  });

  it("reports missing and unknown params Stripe's way", async () => {
    const missing = await (await post("{}")).json<{ error: Record<string, string> }>();
    expect(missing.error).toMatchObject({ code: "parameter_missing", param: "amount" });
    const unknown = await (await post('{"amount": 1, "org_id": "org_other"}')).json<{ error: Record<string, string> }>();
    expect(unknown.error).toMatchObject({ code: "parameter_unknown", param: "org_id" });
    const nested = await (await post('{"amount": 1, "items": [{"price": 3}]}')).json<{ error: Record<string, string> }>();
    expect(nested.error).toMatchObject({ code: "parameter_invalid", param: "items[0][price]" });
  });

  it("hides internal errors behind a generic 500", async () => {
    const response = await appWithEchoRoute().fetch(new Request("http://x/boom"), {} as Env, ctx);
    expect(response.status).toBe(500);
    const text = await response.text();
    expect(text).not.toContain("secret internal detail");
    expect(JSON.parse(text).error.code).toBe("internal_error");
  });
});
