import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { buildApp } from "../../app/routes";
import { call } from "../../test/fixtures";

const hrefs = (html: string) => [...html.matchAll(/<a href="([^"]*)">([^<]*)<\/a>/g)].map(([, href, label]) => `${label} ${href}`);

describe("GET /", () => {
  it("is a small HTML page of links to the admin, the docs and health, not a JSON 404", async () => {
    const response = await call("/");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/html/);
    const html = await response.text();
    expect(hrefs(html)).toEqual(["Admin /admin/", "API docs /docs", "Health /health"]);
    expect(html).not.toMatch(/<script/);
  });

  it("links the mailbox and the examples where the stack runs them, escaping what the settings say", async () => {
    const response = await buildApp().request(
      "/",
      {},
      {
        ...env,
        MAILBOX_URL: "http://127.0.0.1:9999/mailbox",
        EXAMPLES_URL: 'http://127.0.0.1:3000/?a="b"&c',
      },
    );
    const html = await response.text();
    expect(hrefs(html)).toEqual([
      "Admin /admin/",
      "API docs /docs",
      "Mailbox http://127.0.0.1:9999/mailbox",
      "Examples http://127.0.0.1:3000/?a=&quot;b&quot;&amp;c",
      "Health /health",
    ]);
  });
});
