import type { IncomingMessage, ServerResponse } from "node:http";
import type { WebhookDispatcher } from "../events/webhooks";
import type { EmulatorCore } from "../http/context";
import { StripeApiError } from "../http/errors";

/** A request outside `/v1`: control API for tests, HTML pages Stripe would host, Stripe.js. */
export interface PageContext {
  core: EmulatorCore;
  webhooks: WebhookDispatcher;
  request: IncomingMessage;
  response: ServerResponse;
  url: URL;
  args: string[];
  readBody(): Promise<string>;
}

export interface PageRoute {
  method: "GET" | "POST" | "DELETE";
  path: string;
  handle(ctx: PageContext): Promise<void>;
}

export class PageRouter {
  private readonly routes: Array<{ route: PageRoute; pattern: RegExp }> = [];

  constructor(routes: PageRoute[]) {
    for (const route of routes) this.routes.push({ route, pattern: new RegExp(`^${route.path.replace(/:[a-z_]+/g, "([^/]+)")}$`) });
  }

  match(method: string, path: string) {
    for (const { route, pattern } of this.routes) {
      const match = route.method === method ? pattern.exec(path) : null;
      if (match) return { handle: route.handle, args: match.slice(1).map(decodeURIComponent) };
    }
    return undefined;
  }
}

/** Pages are same-origin HTML with no inline script, so they work under this CSP. */
export const PAGE_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; frame-ancestors *; form-action 'self' http: https:";

export function sendJson(ctx: PageContext, status: number, value: unknown) {
  ctx.response.writeHead(status, { "content-type": "application/json", "access-control-allow-origin": "*" });
  ctx.response.end(JSON.stringify(value, null, 2));
}

export function sendHtml(ctx: PageContext, status: number, html: string) {
  ctx.response.writeHead(status, { "content-type": "text/html; charset=utf-8", "content-security-policy": PAGE_CSP });
  ctx.response.end(html);
}

/** Escapes text for HTML; every value that reaches a page goes through it. */
export function escapeHtml(value: unknown): string {
  return String(value ?? "").replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

export async function readJson(ctx: PageContext): Promise<Record<string, unknown>> {
  const body = await ctx.readBody();
  if (body === "") return {};
  if ((ctx.request.headers["content-type"] ?? "").includes("application/x-www-form-urlencoded"))
    return Object.fromEntries(new URLSearchParams(body));
  try {
    return JSON.parse(body) as Record<string, unknown>;
  } catch {
    throw new StripeApiError(400, { type: "invalid_request_error", message: "The control API expects a JSON or form body." });
  }
}
