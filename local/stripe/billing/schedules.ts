import type Stripe from "stripe";
import { emit, saveWithEvent } from "../events/events";
import type { RequestContext, Route, ScopeContext } from "../http/context";
import { errors } from "../http/errors";
import { mergeMetadata, parseParams } from "../http/params";
import { customerNow, mustGet, save } from "../resources/lookup";
import { newId } from "../store/ids";
import { paginate, withoutPagination } from "../store/list";
import { boundary } from "./periods";
import { cancelSubscription, periodOf, renewalHooks, saveSubscription } from "./subscription-cycle";
import { interval, newItem, recurringPrice } from "./subscription-model";

type Schedule = Stripe.SubscriptionSchedule;
type Phase = Stripe.SubscriptionSchedule.Phase;

const phaseShape = {
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
const scheduleShape = {
  from_subscription: "string",
  customer: "string",
  end_behavior: { enum: ["release", "cancel"] },
  phases: { array: phaseShape },
  metadata: "metadata",
  proration_behavior: { enum: ["create_prorations", "always_invoice", "none"] },
  start_date: "timestamp_or_now",
} as const;

function phase(
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

function withCurrentPhase(schedule: Schedule, at: number): Schedule {
  const current = schedule.phases.find((entry) => entry.start_date <= at && at < entry.end_date);
  return { ...schedule, current_phase: current ? { start_date: current.start_date, end_date: current.end_date } : null };
}

/** Phases from parameters: each starts where the previous ended; the length comes from end_date, duration or iterations. */
function phasesFrom(
  ctx: ScopeContext,
  subscription: Stripe.Subscription,
  params: NonNullable<ReturnType<typeof parseParams<typeof scheduleShape>>["phases"]>,
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

function createFromSubscription(
  ctx: RequestContext,
  subscriptionId: string,
  params: ReturnType<typeof parseParams<typeof scheduleShape>>,
): Schedule {
  const subscription = mustGet<Stripe.Subscription>(ctx, "subscriptions", subscriptionId, "subscription", "from_subscription");
  if (subscription.schedule)
    throw errors.badRequest(
      `The subscription is already attached to a schedule (${String(subscription.schedule)}).`,
      "resource_already_exists",
      "from_subscription",
    );
  if (params.phases) throw errors.badRequest("You cannot set `phases` if `from_subscription` is set.", "parameters_exclusive", "phases");
  const at = customerNow(ctx, String(subscription.customer));
  const period = periodOf(subscription);
  const schedule: Schedule = {
    id: newId("sub_sched", 24),
    object: "subscription_schedule",
    application: null,
    billing_mode: { flexible: null, type: "classic" },
    canceled_at: null,
    completed_at: null,
    created: at,
    current_phase: null,
    customer: String(subscription.customer),
    customer_account: null,
    default_settings: {
      application_fee_percent: subscription.application_fee_percent,
      billing_cycle_anchor: "automatic",
      billing_thresholds: null,
      collection_method: subscription.collection_method,
      default_payment_method: null,
      description: null,
      invoice_settings: {
        account_tax_ids: null,
        custom_fields: null,
        days_until_due: null,
        description: null,
        footer: null,
        issuer: { type: "self" },
      },
      on_behalf_of: null,
      transfer_data: null,
    },
    end_behavior: params.end_behavior ?? "release",
    livemode: ctx.livemode,
    metadata: mergeMetadata({}, params.metadata),
    pause_schedules: [],
    phases: [
      phase(
        subscription,
        subscription.items.data.map((item) => ({ price: item.price, quantity: item.quantity ?? 1 })),
        period.start,
        period.end,
      ),
    ],
    released_at: null,
    released_subscription: null,
    status: "active",
    subscription: subscription.id,
    test_clock: subscription.test_clock,
  };
  const withPhase = withCurrentPhase(schedule, at);
  save(ctx, "subscription_schedules", withPhase);
  saveSubscription(ctx, subscription, { ...subscription, schedule: withPhase.id });
  emit(ctx, "subscription_schedule.created", withPhase);
  return withPhase;
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

const load = (ctx: RequestContext) => mustGet<Schedule>(ctx, "subscription_schedules", ctx.args[0] ?? "", "subscription_schedule");

function stop(ctx: RequestContext, status: "released" | "canceled"): Schedule {
  const schedule = load(ctx);
  parseParams(ctx.input, { preserve_cancel_date: "boolean", invoice_now: "boolean", prorate: "boolean" });
  if (schedule.status !== "active" && schedule.status !== "not_started")
    throw errors.badRequest(
      `You cannot ${status === "released" ? "release" : "cancel"} a subscription schedule that is ${schedule.status}.`,
      "subscription_schedule_invalid_state",
    );
  const subscription = schedule.subscription
    ? ctx.emulator.store.get<Stripe.Subscription>(ctx.scope, "subscriptions", String(schedule.subscription))
    : undefined;
  const at = customerNow(ctx, String(schedule.customer));
  const after: Schedule =
    status === "released"
      ? { ...schedule, status, released_at: at, released_subscription: subscription?.id ?? null, subscription: null, current_phase: null }
      : { ...schedule, status, canceled_at: at, current_phase: null };
  save(ctx, "subscription_schedules", after);
  emit(ctx, status === "released" ? "subscription_schedule.released" : "subscription_schedule.canceled", after);
  if (subscription && status === "released") saveSubscription(ctx, subscription, { ...subscription, schedule: null });
  if (subscription && status === "canceled") cancelSubscription(ctx, subscription, at, "cancellation_requested");
  return after;
}

export const scheduleRoutes: Route[] = [
  {
    method: "POST",
    path: "/v1/subscription_schedules",
    handler(ctx) {
      const params = parseParams(ctx.input, scheduleShape);
      if (!params.from_subscription)
        throw errors.badRequest(
          "The emulator creates subscription schedules from an existing subscription; pass `from_subscription`.",
          "parameter_missing",
          "from_subscription",
        );
      return createFromSubscription(ctx, params.from_subscription, params);
    },
  },
  { method: "GET", path: "/v1/subscription_schedules/:id", handler: (ctx) => load(ctx) },
  {
    method: "POST",
    path: "/v1/subscription_schedules/:id",
    handler(ctx) {
      const before = load(ctx);
      const { from_subscription: _from, customer: _customer, start_date: _start, ...updatable } = scheduleShape;
      const params = parseParams(ctx.input, updatable);
      if (before.status !== "active")
        throw errors.badRequest(
          `You cannot update a subscription schedule that is ${before.status}.`,
          "subscription_schedule_invalid_state",
        );
      const subscription = mustGet<Stripe.Subscription>(ctx, "subscriptions", String(before.subscription), "subscription");
      const at = customerNow(ctx, String(before.customer));
      const after: Schedule = structuredClone(before);
      if (params.phases) {
        const current = before.phases.find((entry) => entry.start_date <= at && at < entry.end_date) ?? before.phases[0];
        after.phases = phasesFrom(ctx, subscription, params.phases, current?.start_date ?? at);
        if (after.phases[0] && current && after.phases[0].start_date !== current.start_date)
          throw errors.invalidParam(
            "phases[0][start_date]",
            "You can not modify the start date of the current phase.",
            "parameter_invalid",
          );
      }
      if (params.end_behavior) after.end_behavior = params.end_behavior;
      after.metadata = mergeMetadata(before.metadata, params.metadata);
      return saveWithEvent(ctx, "subscription_schedules", before, withCurrentPhase(after, at), "subscription_schedule.updated");
    },
  },
  { method: "POST", path: "/v1/subscription_schedules/:id/release", handler: (ctx) => stop(ctx, "released") },
  { method: "POST", path: "/v1/subscription_schedules/:id/cancel", handler: (ctx) => stop(ctx, "canceled") },
  {
    method: "GET",
    path: "/v1/subscription_schedules",
    handler(ctx) {
      const params = parseParams(withoutPagination(ctx.input), { customer: "string", scheduled: "boolean", created: "any" });
      const all = ctx.emulator.store
        .all<Schedule>(ctx.scope, "subscription_schedules")
        .filter((schedule) => !params.customer || schedule.customer === params.customer);
      return paginate(all, ctx.input, "/v1/subscription_schedules", "subscription_schedule");
    },
  },
];
