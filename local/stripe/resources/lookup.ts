import type { ScopeContext } from "../http/context";
import { errors } from "../http/errors";
import type { StoredObject } from "../store/store";

/** The object or Stripe's 404 (`No such customer: 'cus_…'`), looked up only in the caller's scope. */
export function mustGet<T extends StoredObject>(ctx: ScopeContext, collection: string, id: string, kind: string, param = "id"): T {
  const found = ctx.emulator.store.get<T>(ctx.scope, collection, id);
  if (!found) throw errors.notFound(kind, id, param);
  return found;
}

export const save = <T extends StoredObject>(ctx: ScopeContext, collection: string, object: T): T =>
  ctx.emulator.store.put(ctx.scope, collection, object);

/** The current time for objects of this customer: its test clock's frozen time, or the wall clock. */
export function customerNow(ctx: ScopeContext, customerId: string | null | undefined): number {
  if (customerId) {
    const customer = ctx.emulator.store.get<{ id: string; object: string; test_clock?: string | null | { id: string } }>(
      ctx.scope,
      "customers",
      customerId,
    );
    const clockId = typeof customer?.test_clock === "string" ? customer.test_clock : null;
    if (clockId) {
      const clock = ctx.emulator.store.get<{ id: string; object: string; frozen_time: number }>(ctx.scope, "test_clocks", clockId);
      if (clock) return clock.frozen_time;
    }
  }
  return Math.floor(Date.now() / 1000);
}
