import Stripe from "stripe";
import type { ScopeContext } from "../http/context";
import { newId } from "../store/ids";
import type { StoredObject } from "../store/store";

/** The API version the installed `stripe` package pins; the emulator speaks exactly this one. */
export const API_VERSION: string = Stripe.API_VERSION;

export const nowSeconds = () => Math.floor(Date.now() / 1000);

/** Records a Stripe Event for a state change and hands it to webhook delivery. */
export function emit(ctx: ScopeContext, type: Stripe.Event.Type, object: StoredObject, previous?: Record<string, unknown>): Stripe.Event {
  // Stripe.Event is a union discriminated by `type`; the object itself was type-checked where it was built.
  const event = {
    id: newId("evt"),
    object: "event",
    api_version: API_VERSION,
    created: nowSeconds(),
    data: {
      object: structuredClone(object),
      ...(previous ? { previous_attributes: structuredClone(previous) } : {}),
    },
    livemode: ctx.livemode,
    pending_webhooks: 0,
    request: ctx.request ? { id: ctx.request.id, idempotency_key: ctx.request.idempotency_key } : { id: null, idempotency_key: null },
    type,
    ...(ctx.account ? { account: ctx.account } : {}),
  } as unknown as Stripe.Event;
  ctx.emulator.store.put(ctx.scope, "events", event);
  ctx.emulator.onEvent(ctx, event);
  return event;
}

/** The fields of `before` that differ in `after`, as Stripe puts them in `data.previous_attributes`. */
export function previousAttributes(before: object, after: object): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const a = before as Record<string, unknown>;
  const b = after as Record<string, unknown>;
  for (const key of Object.keys(b)) {
    if (JSON.stringify(a[key]) !== JSON.stringify(b[key])) out[key] = a[key] ?? null;
  }
  return out;
}

/** Saves an updated object and emits `<type>` with the changed fields, when anything changed. */
export function saveWithEvent<T extends StoredObject>(
  ctx: ScopeContext,
  collection: string,
  before: T,
  after: T,
  type: Stripe.Event.Type,
): T {
  const previous = previousAttributes(before, after);
  ctx.emulator.store.put(ctx.scope, collection, after);
  if (Object.keys(previous).length > 0) emit(ctx, type, after, previous);
  return after;
}
