import type Stripe from "stripe";
import { emit, nowSeconds } from "../events/events";
import type { Route, ScopeContext } from "../http/context";
import { errors } from "../http/errors";
import { parseParams } from "../http/params";
import { mustGet, save } from "../resources/lookup";
import { newId } from "../store/ids";
import { paginate } from "../store/list";
import { dueWork } from "./due-work";

type Clock = Stripe.TestHelpers.TestClock;

/**
 * Moves a clock to `target`, running everything that falls due on the way in time order (each step sees
 * the clock at its own moment, so objects carry the times Stripe would give them).
 */
export function advanceClock(ctx: ScopeContext, clock: Clock, target: number): Clock {
  save(ctx, "test_clocks", { ...clock, status: "advancing", status_details: { advancing: { target_frozen_time: target } } });
  emit(ctx, "test_helpers.test_clock.advancing", mustGet<Clock>(ctx, "test_clocks", clock.id, "test_clock"));
  for (let step = 0; step < 10_000; step++) {
    const [next] = dueWork(ctx, clock.id, target);
    if (!next) break;
    const current = mustGet<Clock>(ctx, "test_clocks", clock.id, "test_clock");
    save(ctx, "test_clocks", { ...current, frozen_time: Math.max(current.frozen_time, next.at) });
    next.run();
  }
  const ready: Clock = {
    ...mustGet<Clock>(ctx, "test_clocks", clock.id, "test_clock"),
    frozen_time: target,
    status: "ready",
    status_details: {},
  };
  save(ctx, "test_clocks", ready);
  emit(ctx, "test_helpers.test_clock.ready", ready);
  return ready;
}

export const testClockRoutes: Route[] = [
  {
    method: "POST",
    path: "/v1/test_helpers/test_clocks",
    handler(ctx) {
      const params = parseParams(ctx.input, { frozen_time: "integer", name: "string" }, ["frozen_time"]);
      const created = nowSeconds();
      const clock: Clock = {
        id: newId("clock", 24),
        object: "test_helpers.test_clock",
        created,
        deletes_after: created + 30 * 86_400,
        frozen_time: params.frozen_time ?? created,
        livemode: false,
        name: params.name ?? null,
        status: "ready",
        status_details: {},
      };
      save(ctx, "test_clocks", clock);
      emit(ctx, "test_helpers.test_clock.created", clock);
      return clock;
    },
  },
  {
    method: "GET",
    path: "/v1/test_helpers/test_clocks/:id",
    handler: (ctx) => mustGet<Clock>(ctx, "test_clocks", ctx.args[0] ?? "", "test_clock"),
  },
  {
    method: "GET",
    path: "/v1/test_helpers/test_clocks",
    handler: (ctx) =>
      paginate(ctx.emulator.store.all<Clock>(ctx.scope, "test_clocks"), ctx.input, "/v1/test_helpers/test_clocks", "test_clock"),
  },
  {
    method: "POST",
    path: "/v1/test_helpers/test_clocks/:id/advance",
    handler(ctx) {
      const clock = mustGet<Clock>(ctx, "test_clocks", ctx.args[0] ?? "", "test_clock");
      const params = parseParams(ctx.input, { frozen_time: "integer" }, ["frozen_time"]);
      const target = params.frozen_time ?? clock.frozen_time;
      if (target <= clock.frozen_time)
        throw errors.invalidParam(
          "frozen_time",
          "The test clock can only be advanced to a time after its current frozen_time.",
          "parameter_invalid",
        );
      const ready = advanceClock(ctx, clock, target);
      // Stripe answers while the clock is still advancing; callers poll until `ready`. Here it is already done.
      return { ...ready, status: "advancing", status_details: { advancing: { target_frozen_time: target } } } satisfies Clock;
    },
  },
  {
    method: "DELETE",
    path: "/v1/test_helpers/test_clocks/:id",
    handler(ctx) {
      const clock = mustGet<Clock>(ctx, "test_clocks", ctx.args[0] ?? "", "test_clock");
      for (const customer of ctx.emulator.store.all<Stripe.Customer>(ctx.scope, "customers"))
        if (customer.test_clock === clock.id) ctx.emulator.store.remove(ctx.scope, "customers", customer.id);
      ctx.emulator.store.remove(ctx.scope, "test_clocks", clock.id);
      emit(ctx, "test_helpers.test_clock.deleted", clock);
      const deleted: Stripe.TestHelpers.DeletedTestClock = { id: clock.id, object: "test_helpers.test_clock", deleted: true };
      return deleted;
    },
  },
];
