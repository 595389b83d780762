import type Stripe from "stripe";
import { emit, saveWithEvent } from "../events/events";
import type { ScopeContext } from "../http/context";
import { errors } from "../http/errors";
import { mergeMetadata, type Parsed } from "../http/params";
import { mustGet, save } from "../resources/lookup";
import { boundary } from "./periods";
import { cancelSubscription, periodOf, renewalHooks, saveSubscription } from "./subscription-cycle";
import { interval, newItem, recurringPrice } from "./subscription-model";

type Schedule = Stripe.SubscriptionSchedule;
type Phase = Stripe.SubscriptionSchedule.Phase;

export const phaseShape = {
  object: {
    items: { array: { object: { price: "string", quantity: "integer", metadata: "metadata" } } },
    start_date: "timestamp_or_now",
    end_date: "integer",
    duration: { object: { interval: { enum: ["day", "week", "month", "year"] }, interval_count: "integer" } },
    iterations: "integer",
    proration_behavior: { enum: ["create_prorations", "always_invoice", "none"] },
    metadata: "metadata",
  },
} as const;

export function phase(
  subscription: Stripe.Subscription,
  items: Array<{ price: Stripe.Price; quantity: number }>,
  start: number,
  end: number,
): Phase {
  return {
    add_invoice_items: [],
    application_fee_percent: subscription.application_fee_percent,
    billing_cycle_anchor: null,
    billing_thresholds: null,
    collection_method: subscription.collection_method,
    currency: subscription.currency,
    default_payment_method: null,
    description: null,
    discounts: [],
    end_date: end,
    invoice_settings: null,
    items: items.map((item) => ({
      billing_thresholds: null,
      discounts: [],
      metadata: {},
      plan: item.price.id,
      price: item.price.id,
      quantity: item.quantity,
      tax_rates: [],
    })),
    metadata: {},
    on_behalf_of: null,
    proration_behavior: "create_prorations",
    start_date: start,
    transfer_data: null,
    trial_end: null,
  };
}

export function withCurrentPhase(schedule: Schedule, at: number): Schedule {
  const current = schedule.phases.find((entry) => entry.start_date <= at && at < entry.end_date);
  return { ...schedule, current_phase: current ? { start_date: current.start_date, end_date: current.end_date } : null };
}

/** Phases from parameters: each starts where the previous ended; the length comes from end_date, duration or iterations. */
export function phasesFrom(
  ctx: ScopeContext,
  subscription: Stripe.Subscription,
  params: Array<Parsed<(typeof phaseShape)["object"]>>,
  firstStart: number,
): Phase[] {
  let start = firstStart;
  return params.map((entry, index) => {
    const items = (entry.items ?? []).map((item, position) => {
      if (!item.price) throw errors.missingParam(`phases[${index}][items][${position}][price]`);
      return { price: recurringPrice(ctx, item.price, `phases[${index}][items][${position}][price]`), quantity: item.quantity ?? 1 };
    });
    if (items.length === 0) throw errors.missingParam(`phases[${index}][items]`);
    if (typeof entry.start_date === "number") start = entry.start_date;
    const first = items[0]?.price as Stripe.Price;
    const { interval: unit, count } = interval(first);
    const end =
      entry.end_date ??
      (entry.duration?.interval
        ? boundary(start, entry.duration.interval, entry.duration.interval_count ?? 1, 1)
        : boundary(start, unit, count, entry.iterations ?? 1));
    if (end <= start) throw errors.invalidParam(`phases[${index}][end_date]`, "A phase must end after it starts.", "parameter_invalid");
    const built = phase(subscription, items, start, end);
    built.proration_behavior = entry.proration_behavior ?? "create_prorations";
    built.metadata = mergeMetadata({}, entry.metadata);
    start = end;
    return built;
  });
}

/** At a period end, switch the subscription to the phase that starts then; past the last phase, release or cancel. */
renewalHooks.push((ctx, subscription, at) => {
  if (!subscription.schedule) return subscription;
  const schedule = ctx.emulator.store.get<Schedule>(ctx.scope, "subscription_schedules", String(subscription.schedule));
  if (schedule?.status !== "active") return subscription;
  const next = schedule.phases.find((entry) => entry.start_date === at);
  const last = schedule.phases[schedule.phases.length - 1];
  if (next) {
    const period = periodOf(subscription);
    const items = next.items.map((item) => {
      const price = mustGet<Stripe.Price>(ctx, "prices", String(item.price), "price");
      return newItem(subscription.id, price, item.quantity ?? 1, {}, period, at);
    });
    const changed: Stripe.Subscription = { ...subscription, items: { ...subscription.items, data: items } };
    saveSubscription(ctx, subscription, changed);
    saveWithEvent(ctx, "subscription_schedules", schedule, withCurrentPhase(schedule, at), "subscription_schedule.updated");
    return changed;
  }
  if (last && at >= last.end_date) {
    if (schedule.end_behavior === "cancel") {
      const completed: Schedule = { ...schedule, status: "completed", completed_at: at, current_phase: null };
      save(ctx, "subscription_schedules", completed);
      emit(ctx, "subscription_schedule.completed", completed);
      return cancelSubscription(ctx, subscription, at, "cancellation_requested");
    }
    const released: Schedule = {
      ...schedule,
      status: "released",
      released_at: at,
      released_subscription: subscription.id,
      subscription: null,
      current_phase: null,
    };
    save(ctx, "subscription_schedules", released);
    emit(ctx, "subscription_schedule.released", released);
    const detached = { ...subscription, schedule: null };
    saveSubscription(ctx, subscription, detached);
    return detached;
  }
  return subscription;
});
