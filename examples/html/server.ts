// Acme Notes: a merchant's own backend, as small as one can be (node:http, no framework). It signs
// people in (a fake local login: an e-mail is enough), keeps its own user → BillingOS customer map,
// mints short-lived customer sessions for the page and serves the page. The BillingOS secret key
// never leaves this process; the page gets the publishable key and, on request, a customer session.
import { randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { dirname, extname, join, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { createCustomerSession } from "../../sdk/server/customer-sessions";
import { usageTracker } from "../../sdk/server/usage";

export interface AcmeNotesOptions {
  /** The BillingOS API origin, e.g. http://127.0.0.1:8787. */
  apiBase: string;
  secretKey: string;
  publishableKey: string;
  /**
   * Locally only: the Stripe emulator's origin. Its Stripe.js stand-in is loaded before the SDK, which
   * then uses it instead of https://js.stripe.com, so the same page code runs against the emulator.
   */
  stripeEmulator?: string;
  port?: number;
  host?: string;
  /**
   * The page to serve: a folder with an index.html carrying the {{…}} placeholders and its assets
   * (this example's public/ by default; the React, Vue and Svelte examples pass their `vite build` output).
   */
  publicDir?: string;
}

interface User {
  email: string;
  customer: string;
}

const PUBLIC = join(dirname(fileURLToPath(import.meta.url)), "public");
const CONTENT_TYPES: Record<string, string> = { ".js": "text/javascript", ".css": "text/css", ".svg": "image/svg+xml" };
const COOKIE = "acme_session";

export async function startAcmeNotes(options: AcmeNotesOptions): Promise<{ url: string; close(): Promise<void> }> {
  const sessions = new Map<string, User>();
  const publicDir = resolve(options.publicDir ?? PUBLIC);
  const template = await readFile(join(publicDir, "index.html"), "utf8");
  // The billing page (portal, meters, gate); the framework examples' builds have none.
  const billingTemplate = await readFile(join(publicDir, "billing.html"), "utf8").catch(() => undefined);
  // Our API's calls are metered: each is tracked here and sent to BillingOS in batches. BillingOS
  // refuses an event that would pass a hard limit (limit_reached); the refusals are kept by event id.
  const refused = new Map<string, string>();
  const usage = usageTracker({
    apiBase: options.apiBase,
    secretKey: options.secretKey,
    onRejected: (items) => {
      for (const item of items) if (item.id) refused.set(item.id, item.error?.code ?? "rejected");
    },
  });
  const billing = (path: string, body: unknown) =>
    fetch(`${options.apiBase}${path}`, {
      method: "POST",
      headers: { Authorization: `Bearer ${options.secretKey}`, "content-type": "application/json" },
      body: JSON.stringify(body),
    });

  async function route(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? "/", "http://localhost");
    const user = sessions.get(cookie(request, COOKIE) ?? "");
    const asset = request.method === "GET" ? await readAsset(publicDir, url.pathname) : undefined;
    if (request.method === "GET" && url.pathname === "/") {
      response.writeHead(200, { "content-type": "text/html; charset=utf-8", "content-security-policy": csp(options), ...NO_STORE });
      response.end(renderPage(template, options, user));
    } else if (request.method === "GET" && url.pathname === "/billing" && billingTemplate) {
      response.writeHead(200, { "content-type": "text/html; charset=utf-8", "content-security-policy": csp(options), ...NO_STORE });
      response.end(renderPage(billingTemplate, options, user));
    } else if (asset) {
      response.writeHead(200, { "content-type": `${asset.type}; charset=utf-8` });
      response.end(asset.body);
    } else if (request.method === "POST" && url.pathname === "/login") {
      const email = String(new URLSearchParams(await readBody(request)).get("email") ?? "")
        .trim()
        .toLowerCase();
      if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email) || email.length > 200) return redirect(response, "/?login=invalid");
      // Our user id is the e-mail here; a real app would use its own user id as external_id.
      const upsert = await billing("/v1/customers/upsert", { external_id: `acme-notes:${email}`, email });
      if (!upsert.ok) throw new Error(`BillingOS refused the customer (${upsert.status}): ${await upsert.text()}`);
      const { id } = (await upsert.json()) as { id: string };
      const token = randomBytes(24).toString("base64url");
      sessions.set(token, { email, customer: id });
      response.setHeader("set-cookie", `${COOKIE}=${token}; Path=/; HttpOnly; SameSite=Strict`);
      redirect(response, "/");
    } else if (request.method === "POST" && url.pathname === "/logout") {
      sessions.delete(cookie(request, COOKIE) ?? "");
      response.setHeader("set-cookie", `${COOKIE}=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0`);
      redirect(response, "/");
    } else if (request.method === "POST" && url.pathname === "/billing/session") {
      // The SDK's fetchSession calls this (same origin, SameSite=Strict cookie): the customer session
      // goes to the page in a response body, in memory only.
      if (!user) return json(response, 401, { error: "sign in first" });
      const session = await createCustomerSession({ apiBase: options.apiBase, secretKey: options.secretKey, customer: user.customer });
      json(response, 200, { token: session.token, expires_at: session.expires_at });
    } else if (request.method === "POST" && url.pathname === "/api/calls") {
      // Stands in for Acme Notes' API: it serves `calls` calls and counts them for the customer's plan.
      if (!user) return json(response, 401, { error: "sign in first" });
      const calls = Number(parseJson(await readBody(request))?.calls);
      if (!Number.isInteger(calls) || calls < 1 || calls > 1_000_000) return json(response, 400, { error: "calls must be 1 to 1,000,000" });
      const id = usage.track({ customer: user.customer, feature: "api_calls", value: calls });
      // A real API lets the tracker batch in the background (and asks check() before serving); the demo
      // waits, so the page can refresh its meters and show what BillingOS answered.
      await usage.flush();
      const refusal = refused.get(id);
      refused.delete(id);
      if (refusal === "limit_reached")
        return json(response, 409, { error: "Your plan's API calls are used up for this period: upgrade for more." });
      if (refusal) throw new Error(`BillingOS refused the usage event (${refusal})`);
      json(response, 200, { recorded: calls });
    } else {
      response.writeHead(404, { "content-type": "text/plain" }).end("Not found");
    }
  }

  const server: Server = createServer((request, response) => {
    route(request, response).catch((error: unknown) => {
      console.error(`acme-notes: ${request.method} ${request.url}: ${error instanceof Error ? error.message : String(error)}`);
      if (!response.headersSent) json(response, 500, { error: "something went wrong" });
      else response.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 3000, options.host ?? "127.0.0.1", resolve);
  });
  const address = server.address() as AddressInfo;
  return {
    url: `http://${address.address}:${address.port}`,
    close: () =>
      new Promise<void>((resolve) => {
        void usage.flush().catch(() => {});
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

const NO_STORE = { "cache-control": "no-store" };

/** Strict: no inline script, no eval; scripts only from here, BillingOS and Stripe. */
function csp(options: AcmeNotesOptions): string {
  const stripe = options.stripeEmulator ?? "https://js.stripe.com";
  const stripeApi = options.stripeEmulator ?? "https://api.stripe.com";
  const frames = options.stripeEmulator ?? "https://js.stripe.com https://hooks.stripe.com";
  return [
    "default-src 'self'",
    `script-src 'self' ${options.apiBase} ${stripe}`,
    `connect-src 'self' ${options.apiBase} ${stripeApi}`,
    `frame-src ${frames}`,
    `img-src 'self' data: ${options.apiBase}`,
    "style-src 'self'",
    "base-uri 'none'",
    "form-action 'self'",
  ].join("; ");
}

function renderPage(template: string, options: AcmeNotesOptions, user: User | undefined): string {
  const stripeScript = options.stripeEmulator ? `<script src="${escapeAttribute(`${options.stripeEmulator}/v3/stripe.js`)}"></script>` : "";
  return template
    .replace("<!-- stripe-emulator -->", stripeScript)
    .replaceAll("{{API_BASE}}", escapeAttribute(options.apiBase))
    .replaceAll("{{PUBLISHABLE_KEY}}", escapeAttribute(options.publishableKey))
    .replaceAll("{{SIGNED_IN}}", escapeAttribute(user?.email ?? ""));
}

/** A script, style sheet or image of the page; URL paths arrive without `..` segments, and the folder check is the second lock. */
async function readAsset(folder: string, pathname: string): Promise<{ body: Buffer; type: string } | undefined> {
  const type = CONTENT_TYPES[extname(pathname)];
  let file: string;
  try {
    file = resolve(folder, `.${decodeURIComponent(pathname)}`);
  } catch {
    return undefined; // malformed %-escapes
  }
  if (!type || !file.startsWith(folder + sep)) return undefined;
  const body = await readFile(file).catch(() => undefined);
  return body && { body, type };
}

function escapeAttribute(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function cookie(request: IncomingMessage, name: string): string | undefined {
  for (const part of (request.headers.cookie ?? "").split(";")) {
    const [key, ...value] = part.trim().split("=");
    if (key === name) return value.join("=");
  }
  return undefined;
}

async function readBody(request: IncomingMessage): Promise<string> {
  let body = "";
  for await (const chunk of request) {
    body += chunk;
    if (body.length > 10_000) throw new Error("request body too large");
  }
  return body;
}

function parseJson(body: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(body);
    return typeof value === "object" && value !== null ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

function redirect(response: ServerResponse, location: string): void {
  response.writeHead(303, { location }).end();
}

function json(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { "content-type": "application/json", ...NO_STORE }).end(JSON.stringify(body));
}
