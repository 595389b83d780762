import type Stripe from "stripe";
import { emit, nowSeconds } from "../events/events";
import type { Route, ScopeContext } from "../http/context";
import { errors } from "../http/errors";
import { parseParams } from "../http/params";
import { mustGet, save } from "../resources/lookup";
import { newId } from "../store/ids";
import { paginate } from "../store/list";
import { attemptInvoicePayment, finalizeInvoice } from "./invoice-lifecycle";
import {
  cancelSubscription,
  endTrial,
  expireIncomplete,
  INCOMPLETE_EXPIRY_SECONDS,
  periodOf,
  renew,
  saveSubscription,
  TRIAL_WILL_END_SECONDS,
} from "./subscription-cycle";

type Clock = Stripe.TestHelpers.TestClock;

interface Due {
  at: number;
  /** Lower runs first when two things fall on the same second (invoices settle before periods roll). */
  order: number;
  run: () => void;
}

function dueWork(ctx: ScopeContext, clockId: string, limit: number): Due[] {
  const store = ctx.emulator.store;
  const customers = new Set(
    store
      .all<Stripe.Customer>(ctx.scope, "customers")
      .filter((customer) => customer.test_clock === clockId)
      .map((customer) => customer.id),
  );
  const work: Due[] = [];
  const load = (id: string) => mustGet<Stripe.Subscription>(ctx, "subscriptions", id, "subscription");
  for (const invoice of store.all<Stripe.Invoice>(ctx.scope, "invoices")) {
    if (!customers.has(String(invoice.customer))) continue;
    const finalizesAt = invoice.automatically_finalizes_at;
    if (invoice.status === "draft" && invoice.auto_advance && finalizesAt !== null && finalizesAt <= limit)
      work.push({
        at: finalizesAt,
        order: 0,
        run: () => {
          const finalized = finalizeInvoice(ctx, invoice, finalizesAt);
          if (finalized.status === "open" && finalized.collection_method === "charge_automatically")
            attemptInvoicePayment(ctx, finalized, finalizesAt);
        },
      });
    const retryAt = invoice.next_payment_attempt;
    if (invoice.status === "open" && retryAt !== null && retryAt <= limit)
      work.push({
        at: retryAt,
        order: 1,
        run: () => attemptInvoicePayment(ctx, mustGet<Stripe.Invoice>(ctx, "invoices", invoice.id, "invoice"), retryAt),
      });
  }
  for (const subscription of store.all<Stripe.Subscription>(ctx.scope, "subscriptions")) {
    if (!customers.has(String(subscription.customer))) continue;
    const period = periodOf(subscription);
    const id = subscription.id;
    if (subscription.status === "trialing" && subscription.trial_end !== null) {
      const warnAt = subscription.trial_end - TRIAL_WILL_END_SECONDS;
      if (store.link(id, "trial_will_end") !== String(subscription.trial_end) && warnAt <= limit && warnAt > subscription.created)
        work.push({
          at: warnAt,
          order: 2,
          run: () => {
            store.setLink(id, "trial_will_end", String(subscription.trial_end));
            emit(ctx, "customer.subscription.trial_will_end", load(id));
          },
        });
      if (subscription.trial_end <= limit)
        work.push({ at: subscription.trial_end, order: 3, run: () => endTrial(ctx, load(id), subscription.trial_end ?? limit) });
    }
    if (["active", "past_due", "unpaid"].includes(subscription.status)) {
      const cancelAt = subscription.cancel_at;
      if (cancelAt !== null && cancelAt < period.end && cancelAt <= limit)
        work.push({ at: cancelAt, order: 3, run: () => cancelSubscription(ctx, load(id), cancelAt, "cancellation_requested") });
      else if (period.end <= limit) work.push({ at: period.end, order: 3, run: () => renew(ctx, load(id), period.end) });
      const resumesAt = subscription.pause_collection?.resumes_at;
      if (resumesAt && resumesAt <= limit)
        work.push({ at: resumesAt, order: 2, run: () => saveSubscription(ctx, load(id), { ...load(id), pause_collection: null }) });
    }
    if (subscription.status === "incomplete" && subscription.created + INCOMPLETE_EXPIRY_SECONDS <= limit)
      work.push({
        at: subscription.created + INCOMPLETE_EXPIRY_SECONDS,
        order: 4,
        run: () => expireIncomplete(ctx, load(id), subscription.created + INCOMPLETE_EXPIRY_SECONDS),
      });
  }
  return work.sort((a, b) => a.at - b.at || a.order - b.order);
}

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
