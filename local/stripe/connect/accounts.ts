import type Stripe from "stripe";
import { emit, nowSeconds } from "../events/events";
import type { Route, ScopeContext } from "../http/context";
import { errors } from "../http/errors";
import { mergeMetadata, parseParams } from "../http/params";
import { mustGet, save } from "../resources/lookup";
import { newId } from "../store/ids";
import { paginate, withoutPagination } from "../store/list";
import { platformScope } from "../store/store";

/** What an Express account must still provide before Stripe enables charges and payouts. */
const ONBOARDING_FIELDS = [
  "business_profile.url",
  "external_account",
  "individual.first_name",
  "individual.last_name",
  "tos_acceptance.date",
];

const scheduleShape = {
  object: {
    interval: { enum: ["manual", "daily", "weekly", "monthly"] },
    delay_days: "string",
    weekly_anchor: { enum: ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"] },
    monthly_anchor: "integer",
  },
} as const;
const shape = {
  type: { enum: ["express", "standard", "custom"] },
  country: "string",
  email: "string",
  business_type: { enum: ["individual", "company", "non_profit", "government_entity"] },
  business_profile: { object: { name: "string", url: "string", mcc: "string", product_description: "string", support_email: "string" } },
  capabilities: "any",
  controller: "any",
  default_currency: "string",
  metadata: "metadata",
  settings: { object: { payouts: { object: { schedule: scheduleShape, statement_descriptor: "string" } } } },
  tos_acceptance: "any",
} as const;

function requirements(due: string[]): Stripe.Account.Requirements {
  return {
    alternatives: [],
    current_deadline: null,
    currently_due: due,
    disabled_reason: due.length > 0 ? "requirements.past_due" : null,
    errors: [],
    eventually_due: due,
    past_due: due,
    pending_verification: [],
  };
}

type Schedule = NonNullable<ReturnType<typeof parseParams<typeof shape>>["settings"]>;
function payoutSchedule(
  current: Stripe.Account.Settings.Payouts.Schedule,
  update: Schedule["payouts"],
): Stripe.Account.Settings.Payouts.Schedule {
  const schedule = update?.schedule;
  if (!schedule) return current;
  const delay =
    schedule.delay_days === "minimum" || schedule.delay_days === undefined || schedule.delay_days === null
      ? current.delay_days
      : Number(schedule.delay_days);
  if (!Number.isInteger(delay)) throw errors.invalidInteger("settings[payouts][schedule][delay_days]", String(schedule.delay_days));
  const next: Stripe.Account.Settings.Payouts.Schedule = { ...current, delay_days: delay, interval: schedule.interval ?? current.interval };
  if (next.interval === "weekly") next.weekly_anchor = schedule.weekly_anchor ?? current.weekly_anchor ?? "monday";
  if (next.interval === "monthly") next.monthly_anchor = schedule.monthly_anchor ?? current.monthly_anchor ?? 1;
  return next;
}

function buildAccount(params: ReturnType<typeof parseParams<typeof shape>>): Stripe.Account {
  const due = params.type === "standard" ? [] : ONBOARDING_FIELDS;
  const country = (params.country ?? "US").toUpperCase();
  return {
    id: newId("acct", 16),
    object: "account",
    business_profile: {
      mcc: params.business_profile?.mcc ?? null,
      minority_owned_business_designation: null,
      name: params.business_profile?.name ?? null,
      product_description: params.business_profile?.product_description ?? null,
      specified_commercial_transactions_act_url: null,
      support_address: null,
      support_email: params.business_profile?.support_email ?? null,
      support_phone: null,
      support_url: null,
      url: params.business_profile?.url ?? null,
    },
    business_type: params.business_type ?? null,
    capabilities: { card_payments: "inactive", transfers: "inactive" },
    charges_enabled: false,
    controller: {
      is_controller: true,
      type: "application",
      requirement_collection: "stripe",
      stripe_dashboard: { type: "express" },
      fees: { payer: "application" },
      losses: { payments: "application" },
    },
    country,
    created: nowSeconds(),
    default_currency: params.default_currency ?? (country === "US" ? "usd" : "eur"),
    details_submitted: false,
    email: params.email ?? null,
    external_accounts: { object: "list", data: [], has_more: false, url: "" },
    future_requirements: {
      alternatives: [],
      current_deadline: null,
      currently_due: [],
      disabled_reason: null,
      errors: [],
      eventually_due: [],
      past_due: [],
      pending_verification: [],
    },
    metadata: mergeMetadata({}, params.metadata),
    payouts_enabled: false,
    requirements: requirements(due),
    settings: {
      branding: { icon: null, logo: null, primary_color: null, secondary_color: null },
      card_payments: {
        decline_on: { avs_failure: false, cvc_failure: false },
        statement_descriptor_prefix: null,
        statement_descriptor_prefix_kana: null,
        statement_descriptor_prefix_kanji: null,
      },
      dashboard: { display_name: params.business_profile?.name ?? null, timezone: "Etc/UTC" },
      payments: {
        statement_descriptor: null,
        statement_descriptor_kana: null,
        statement_descriptor_kanji: null,
        statement_descriptor_prefix_kana: null,
        statement_descriptor_prefix_kanji: null,
      },
      payouts: {
        debit_negative_balances: true,
        schedule: payoutSchedule({ delay_days: 2, interval: "daily" }, params.settings?.payouts),
        statement_descriptor: params.settings?.payouts?.statement_descriptor ?? null,
      },
    },
    tos_acceptance: { date: null, ip: null, user_agent: null },
    type: params.type ?? "express",
  };
}

/** Onboarding done (the local onboarding page, or a test): requirements met, charges and payouts on. */
export function completeOnboarding(ctx: ScopeContext, accountId: string): Stripe.Account {
  const platform: ScopeContext = { ...ctx, scope: platformScope(ctx.livemode), account: null };
  const before = mustGet<Stripe.Account>(platform, "accounts", accountId, "account");
  const after: Stripe.Account = {
    ...structuredClone(before),
    charges_enabled: true,
    payouts_enabled: true,
    details_submitted: true,
    capabilities: { card_payments: "active", transfers: "active" },
    requirements: requirements([]),
    tos_acceptance: { date: nowSeconds(), ip: "127.0.0.1", user_agent: "BillingOS Stripe emulator" },
  };
  save(platform, "accounts", after);
  return emitAccountUpdated(ctx, before, after);
}

/** Stripe sends `account.updated` to Connect endpoints, with `account` set to the connected account. */
function emitAccountUpdated(ctx: ScopeContext, before: Stripe.Account, after: Stripe.Account): Stripe.Account {
  const connected: ScopeContext = { ...ctx, account: after.id, scope: `${ctx.livemode ? "live" : "test"}/${after.id}` };
  const previous = {
    charges_enabled: before.charges_enabled,
    payouts_enabled: before.payouts_enabled,
    details_submitted: before.details_submitted,
    requirements: before.requirements,
  };
  emit(connected, "account.updated", after, previous);
  return after;
}

function platformOnly<T extends ScopeContext>(ctx: T): T {
  if (ctx.account)
    throw errors.badRequest("This call must be made by the platform (without the Stripe-Account header).", "platform_account_required");
  return ctx;
}

export const accountRoutes: Route[] = [
  {
    method: "POST",
    path: "/v1/accounts",
    handler(ctx) {
      platformOnly(ctx);
      const account = buildAccount(parseParams(ctx.input, shape));
      account.external_accounts = { object: "list", data: [], has_more: false, url: `/v1/accounts/${account.id}/external_accounts` };
      return save(ctx, "accounts", account);
    },
  },
  {
    method: "GET",
    path: "/v1/account",
    handler(ctx) {
      if (ctx.account) return mustGet<Stripe.Account>({ ...ctx, scope: platformScope(ctx.livemode) }, "accounts", ctx.account, "account");
      return {
        ...buildAccount({ type: "standard" }),
        id: "acct_platform_emulator",
        charges_enabled: true,
        payouts_enabled: true,
        details_submitted: true,
      };
    },
  },
  {
    method: "GET",
    path: "/v1/accounts/:id",
    handler: (ctx) =>
      mustGet<Stripe.Account>({ ...ctx, scope: platformScope(ctx.livemode) }, "accounts", ctx.args[0] ?? "", "account", "account"),
  },
  {
    method: "POST",
    path: "/v1/accounts/:id",
    handler(ctx) {
      const platform = { ...ctx, scope: platformScope(ctx.livemode) };
      const before = mustGet<Stripe.Account>(platform, "accounts", ctx.args[0] ?? "", "account", "account");
      const { type: _type, country: _country, controller: _controller, ...updatable } = shape;
      const params = parseParams(ctx.input, updatable);
      const after: Stripe.Account = structuredClone(before);
      if (params.email !== undefined) after.email = params.email;
      if (params.business_type !== undefined) after.business_type = params.business_type;
      if (params.business_profile && after.business_profile) {
        if (params.business_profile.name !== undefined) after.business_profile.name = params.business_profile.name;
        if (params.business_profile.url !== undefined) after.business_profile.url = params.business_profile.url;
        if (params.business_profile.support_email !== undefined)
          after.business_profile.support_email = params.business_profile.support_email;
      }
      if (params.settings?.payouts && after.settings?.payouts) {
        after.settings.payouts.schedule = payoutSchedule(after.settings.payouts.schedule, params.settings.payouts);
        if (params.settings.payouts.statement_descriptor !== undefined)
          after.settings.payouts.statement_descriptor = params.settings.payouts.statement_descriptor;
      }
      after.metadata = mergeMetadata(before.metadata ?? {}, params.metadata);
      save(platform, "accounts", after);
      return emitAccountUpdated(ctx, before, after);
    },
  },
  {
    method: "GET",
    path: "/v1/accounts",
    handler(ctx) {
      parseParams(withoutPagination(platformOnly(ctx).input), { created: "any" });
      return paginate(ctx.emulator.store.all<Stripe.Account>(ctx.scope, "accounts"), ctx.input, "/v1/accounts", "account");
    },
  },
  {
    method: "DELETE",
    path: "/v1/accounts/:id",
    handler(ctx) {
      platformOnly(ctx);
      const account = mustGet<Stripe.Account>(ctx, "accounts", ctx.args[0] ?? "", "account", "account");
      ctx.emulator.store.remove(ctx.scope, "accounts", account.id);
      const deleted: Stripe.DeletedAccount = { id: account.id, object: "account", deleted: true };
      return deleted;
    },
  },
];
