import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type Stripe from "stripe";
import { runWallClock } from "./billing/due-work";
import { API_VERSION } from "./events/events";
import { DEFAULT_RETRY_DELAYS_MS, WebhookDispatcher } from "./events/webhooks";
import { authenticate } from "./http/auth";
import type { EmulatorCore, RequestContext, ScopeContext } from "./http/context";
import { errors, StripeApiError } from "./http/errors";
import { expand } from "./http/expand";
import { Faults, faultError } from "./http/faults";
import { parseForm } from "./http/form";
import { IdempotencyKeys } from "./http/idempotency";
import { expandList } from "./http/params";
import { Router } from "./http/router";
import { type PageContext, pageRoutes } from "./pages/routes";
import { apiRoutes } from "./resources/routes";
import { newId } from "./store/ids";
import { platformScope, Store, scopeOf } from "./store/store";

export interface StripeEmulatorOptions {
  port: number;
  dataDir: string;
  host?: string;
  /** Delays between webhook retries; tests shorten them. */
  webhookRetryDelaysMs?: number[];
  /** How often work due on the wall clock (customers without a test clock) runs; default 30 s. */
  wallClockIntervalMs?: number;
}

export interface StripeEmulator {
  url: string;
  port: number;
  stop(): Promise<void>;
}

const MAX_BODY_BYTES = 1024 * 1024;

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    // Past the cap the rest is read and dropped, so the 413 answer still reaches the caller.
    request.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    });
    request.on("end", () =>
      size > MAX_BODY_BYTES
        ? reject(new StripeApiError(413, { type: "invalid_request_error", message: "Request body too large." }))
        : resolve(Buffer.concat(chunks).toString("utf8")),
    );
    request.on("error", reject);
  });
}

const CORS = {
  "access-control-allow-origin": "*",
  "access-control-allow-headers": "authorization, content-type, stripe-account, idempotency-key, stripe-version",
  "access-control-allow-methods": "GET, POST, DELETE, OPTIONS",
};

/** Starts the stateful Stripe emulator; `stop()` finishes pending webhook deliveries and saves state. */
export async function startStripeEmulator(options: StripeEmulatorOptions): Promise<StripeEmulator> {
  const host = options.host ?? "127.0.0.1";
  const store = new Store(options.dataDir);
  const webhooks = new WebhookDispatcher(store, options.webhookRetryDelaysMs ?? DEFAULT_RETRY_DELAYS_MS);
  const idempotency = new IdempotencyKeys();
  const core: EmulatorCore = {
    store,
    faults: new Faults(),
    baseUrl: "",
    onEvent: (ctx, event) => webhooks.onEvent(ctx, event as Stripe.Event),
  };
  const router = new Router();
  router.add(apiRoutes);
  const pages = pageRoutes();

  async function handleApi(request: IncomingMessage, response: ServerResponse, url: URL, requestId: string) {
    const method = request.method ?? "GET";
    const credentials = authenticate(request.headers.authorization);
    const match = router.match(method, url.pathname);
    if (!match) throw errors.unrecognizedUrl(method, url.pathname);
    if (credentials.publishable && !match.route.publishable)
      throw new StripeApiError(401, {
        type: "invalid_request_error",
        message: "This API call cannot be made with a publishable API key. Please use a secret API key.",
      });
    const account = headerValue(request.headers["stripe-account"]);
    if (account && !store.get(platformScope(credentials.livemode), "accounts", account))
      throw new StripeApiError(403, {
        type: "invalid_request_error",
        code: "account_invalid",
        message: `The provided key does not have access to account '${account}' (or that account does not exist). Application access may have been revoked.`,
      });
    const body = method === "POST" ? await readBody(request) : "";
    const before = core.faults.take(method, url.pathname, account ?? null, "before");
    if (before) throw faultError(before.status);
    const input = method === "POST" ? parseForm(body) : parseForm(url.search.slice(1));
    const scope = scopeOf(credentials.livemode, account ?? null);
    const idempotencyKey = method === "POST" ? (headerValue(request.headers["idempotency-key"]) ?? null) : null;
    const fingerprint = `${method} ${url.pathname} ${body}`;
    if (idempotencyKey) {
      const saved = idempotency.lookup(scope, idempotencyKey, fingerprint);
      if (saved) {
        send(response, saved.status, saved.body, {
          "idempotent-replayed": "true",
          "idempotency-key": idempotencyKey,
          "request-id": requestId,
        });
        return;
      }
      idempotency.begin(scope, idempotencyKey);
    }
    const ctx: RequestContext = {
      emulator: core,
      scope,
      livemode: credentials.livemode,
      account: account ?? null,
      request: { id: requestId, idempotency_key: idempotencyKey },
      input,
      args: match.args,
      publishable: credentials.publishable,
    };
    let saved: { status: number; body: string } | undefined;
    try {
      const result = await match.route.handler(ctx);
      saved = { status: 200, body: JSON.stringify(expand(ctx, result, expandList(input)), null, 2) };
    } catch (error) {
      // Card errors happened after the request ran, so Stripe replays them; validation errors are not saved.
      if (error instanceof StripeApiError && error.status === 402)
        saved = { status: 402, body: JSON.stringify(error.toJSON(requestId), null, 2) };
      else {
        if (idempotencyKey) idempotency.finish(scope, idempotencyKey, undefined);
        throw error;
      }
    }
    if (idempotencyKey) idempotency.finish(scope, idempotencyKey, { ...saved, fingerprint, savedAt: Date.now() });
    if (core.faults.take(method, url.pathname, account ?? null, "after")) throw faultError(500);
    send(response, saved.status, saved.body, { "request-id": requestId, ...(idempotencyKey ? { "idempotency-key": idempotencyKey } : {}) });
  }

  const server = createServer((request, response) => {
    const requestId = newId("req", 14);
    const url = new URL(request.url ?? "/", core.baseUrl);
    if (request.method === "OPTIONS") {
      response.writeHead(204, CORS).end();
      return;
    }
    const page = pages.match(request.method ?? "GET", url.pathname);
    const work = page
      ? page.handle({ core, webhooks, request, response, url, args: page.args, readBody: () => readBody(request) } satisfies PageContext)
      : handleApi(request, response, url, requestId);
    work.catch((error: unknown) => {
      if (response.headersSent) return;
      if (error instanceof StripeApiError)
        send(response, error.status, JSON.stringify(error.toJSON(requestId), null, 2), { "request-id": requestId });
      else {
        console.error("stripe emulator:", error);
        const internal = new StripeApiError(500, { type: "api_error", message: "An unknown error occurred in the Stripe emulator." });
        send(response, 500, JSON.stringify(internal.toJSON(requestId)), { "request-id": requestId });
      }
    });
  });
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  core.baseUrl = `http://${host}:${port}`;
  const tick = () => {
    try {
      runWallClock(core);
    } catch (error) {
      console.error("stripe emulator: scheduled work failed:", error);
    }
  };
  tick();
  const wallClock = setInterval(tick, options.wallClockIntervalMs ?? 30_000);
  wallClock.unref();
  return {
    url: core.baseUrl,
    port,
    async stop() {
      clearInterval(wallClock);
      await webhooks.stop();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await store.flush();
    },
  };
}

function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value || undefined;
}

function send(response: ServerResponse, status: number, body: string, headers: Record<string, string>) {
  response.writeHead(status, {
    "content-type": "application/json",
    "stripe-version": API_VERSION,
    ...CORS,
    ...headers,
  });
  response.end(body);
}

export type { ScopeContext };
