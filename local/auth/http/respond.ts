import type { ServerResponse } from "node:http";

export function sendJson(response: ServerResponse, status: number, body: unknown, cacheControl = "no-store"): void {
  response.statusCode = status;
  response.setHeader("content-type", "application/json; charset=utf-8");
  response.setHeader("cache-control", cacheControl);
  response.end(JSON.stringify(body));
}

export function sendNoContent(response: ServerResponse): void {
  response.statusCode = 204;
  response.end();
}

export function redirect(response: ServerResponse, location: string): void {
  response.statusCode = 303;
  response.setHeader("location", location);
  response.setHeader("cache-control", "no-store");
  response.end();
}

/**
 * Pages run under a CSP that allows only our own script and stylesheet files: no inline script,
 * no inline style, no framing, forms post only to us.
 */
export const STRICT_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

/** `formTargets`: origins a form on the page may end up at after redirects (Chromium checks them). */
export function sendPage(response: ServerResponse, status: number, html: string, formTargets: string[] = []): void {
  response.statusCode = status;
  response.setHeader("content-type", "text/html; charset=utf-8");
  response.setHeader("content-security-policy", STRICT_CSP.replace("form-action 'self'", ["form-action 'self'", ...formTargets].join(" ")));
  response.setHeader("x-content-type-options", "nosniff");
  response.setHeader("referrer-policy", "no-referrer");
  response.setHeader("cache-control", "no-store");
  response.end(html);
}

export function sendAsset(response: ServerResponse, contentType: string, body: string): void {
  response.statusCode = 200;
  response.setHeader("content-type", `${contentType}; charset=utf-8`);
  response.setHeader("x-content-type-options", "nosniff");
  response.setHeader("cache-control", "no-cache");
  response.end(body);
}

/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}
