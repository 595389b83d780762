import { randomBytes } from "node:crypto";
import type Stripe from "stripe";
import type { Route } from "../http/context";
import { errors } from "../http/errors";
import { mergeMetadata, parseParams } from "../http/params";
import { mustGet, save } from "../resources/lookup";
import { newId } from "../store/ids";
import { paginate, withoutPagination } from "../store/list";
import { API_VERSION, nowSeconds } from "./events";

const endpointShape = {
  url: "string",
  enabled_events: { array: "string" },
  description: "string",
  metadata: "metadata",
  connect: "boolean",
  api_version: "string",
  disabled: "boolean",
} as const;

function checkUrl(url: string) {
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== "http:" && parsed.protocol !== "https:") throw new Error("scheme");
  } catch {
    throw errors.invalidParam("url", "Invalid URL: must be a valid http(s) URL.", "url_invalid");
  }
}

export const eventRoutes: Route[] = [
  { method: "GET", path: "/v1/events/:id", handler: (ctx) => mustGet<Stripe.Event>(ctx, "events", ctx.args[0] ?? "", "event") },
  {
    method: "GET",
    path: "/v1/events",
    handler(ctx) {
      const params = parseParams(withoutPagination(ctx.input), {
        type: "string",
        types: { array: "string" },
        created: "any",
        delivery_success: "boolean",
      });
      const matchesType = (type: string) => {
        if (params.types) return params.types.includes(type);
        if (!params.type) return true;
        if (params.type.endsWith(".*")) return type.startsWith(params.type.slice(0, -1));
        return type === params.type;
      };
      const delivered = params.delivery_success;
      const all = ctx.emulator.store
        .all<Stripe.Event>(ctx.scope, "events")
        .filter((event) => matchesType(event.type))
        .filter((event) => delivered === undefined || delivered === null || (event.pending_webhooks === 0) === delivered);
      return paginate(all, ctx.input, "/v1/events", "event");
    },
  },
  {
    method: "POST",
    path: "/v1/webhook_endpoints",
    handler(ctx) {
      const params = parseParams(ctx.input, endpointShape, ["url", "enabled_events"]);
      checkUrl(params.url ?? "");
      const id = newId("we", 24);
      const secret = `whsec_${randomBytes(24).toString("base64url")}`;
      const endpoint: Stripe.WebhookEndpoint = {
        id,
        object: "webhook_endpoint",
        api_version: params.api_version ?? API_VERSION,
        application: null,
        created: nowSeconds(),
        description: params.description ?? null,
        enabled_events: params.enabled_events ?? [],
        livemode: ctx.livemode,
        metadata: mergeMetadata({}, params.metadata),
        status: "enabled",
        url: params.url ?? "",
      };
      ctx.emulator.store.setLink(id, "secret", secret);
      ctx.emulator.store.setLink(id, "connect", String(params.connect ?? false));
      save(ctx, "webhook_endpoints", endpoint);
      // Stripe returns the signing secret only in the create response.
      return { ...endpoint, secret };
    },
  },
  {
    method: "GET",
    path: "/v1/webhook_endpoints/:id",
    handler: (ctx) => mustGet<Stripe.WebhookEndpoint>(ctx, "webhook_endpoints", ctx.args[0] ?? "", "webhook endpoint"),
  },
  {
    method: "POST",
    path: "/v1/webhook_endpoints/:id",
    handler(ctx) {
      const before = mustGet<Stripe.WebhookEndpoint>(ctx, "webhook_endpoints", ctx.args[0] ?? "", "webhook endpoint");
      const { connect: _connect, api_version: _version, ...updatable } = endpointShape;
      const params = parseParams(ctx.input, updatable);
      const after: Stripe.WebhookEndpoint = structuredClone(before);
      if (params.url) {
        checkUrl(params.url);
        after.url = params.url;
      }
      if (params.enabled_events) after.enabled_events = params.enabled_events;
      if (params.description !== undefined) after.description = params.description;
      if (params.disabled !== undefined && params.disabled !== null) after.status = params.disabled ? "disabled" : "enabled";
      after.metadata = mergeMetadata(before.metadata, params.metadata);
      return save(ctx, "webhook_endpoints", after);
    },
  },
  {
    method: "GET",
    path: "/v1/webhook_endpoints",
    handler: (ctx) =>
      paginate(
        ctx.emulator.store.all<Stripe.WebhookEndpoint>(ctx.scope, "webhook_endpoints"),
        ctx.input,
        "/v1/webhook_endpoints",
        "webhook endpoint",
      ),
  },
  {
    method: "DELETE",
    path: "/v1/webhook_endpoints/:id",
    handler(ctx) {
      const endpoint = mustGet<Stripe.WebhookEndpoint>(ctx, "webhook_endpoints", ctx.args[0] ?? "", "webhook endpoint");
      ctx.emulator.store.remove(ctx.scope, "webhook_endpoints", endpoint.id);
      const deleted: Stripe.DeletedWebhookEndpoint = { id: endpoint.id, object: "webhook_endpoint", deleted: true };
      return deleted;
    },
  },
];
