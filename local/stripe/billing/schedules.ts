import type Stripe from "stripe";
import { emit, saveWithEvent } from "../events/events";
import type { RequestContext, Route } from "../http/context";
import { errors } from "../http/errors";
import { mergeMetadata, parseParams } from "../http/params";
import { customerNow, mustGet, save } from "../resources/lookup";
import { newId } from "../store/ids";
import { paginate, withoutPagination } from "../store/list";
import { phase, phaseShape, phasesFrom, withCurrentPhase } from "./schedule-phases";
import { cancelSubscription, periodOf, saveSubscription } from "./subscription-cycle";

type Schedule = Stripe.SubscriptionSchedule;

const scheduleShape = {
  from_subscription: "string",
  customer: "string",
  end_behavior: { enum: ["release", "cancel"] },
  phases: { array: phaseShape },
  metadata: "metadata",
  proration_behavior: { enum: ["create_prorations", "always_invoice", "none"] },
  start_date: "timestamp_or_now",
} as const;

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
      const store = ctx.emulator.store;
      const all = params.customer
        ? store.allBy<Schedule>(ctx.scope, "subscription_schedules", "customer", params.customer)
        : store.all<Schedule>(ctx.scope, "subscription_schedules");
      return paginate(all, ctx.input, "/v1/subscription_schedules", "subscription_schedule");
    },
  },
];
