import { z } from "@hono/zod-openapi";
import { INTERVALS } from "../../domain/analytics/period";
import { CurrencyCode, CurrencyExponent } from "../../shared/money";
import { UnixTimeQuery } from "../../shared/schemas";

const Range = {
  from: UnixTimeQuery.optional().openapi({
    description: "Start of the range, Unix seconds (default: one year before `to`). The series starts with the period that holds it.",
    example: 1_764_547_200,
  }),
  to: UnixTimeQuery.optional().openapi({
    description:
      "End of the range, exclusive, Unix seconds (default: now); at most 5 years after `from`. The series ends with the period that holds the instant before it.",
    example: 1_796_083_200,
  }),
  interval: z
    .enum(INTERVALS)
    .default("month")
    .openapi({ description: "Period length: a UTC day, an ISO week (from Monday) or a UTC month." }),
};

export const SeriesQuerySchema = z.strictObject({
  ...Range,
  currency: CurrencyCode.optional().openapi({ description: "Only this currency (default: one row per currency and period)." }),
});
export const CohortQuerySchema = z.strictObject({
  from: Range.from,
  to: Range.to,
  interval: z.enum(["month"]).default("month").openapi({ description: "Cohorts are by month." }),
  currency: SeriesQuerySchema.shape.currency,
});
export const UsageQuerySchema = z.strictObject(Range);
export const LimitsQuerySchema = z.strictObject({
  feature: z
    .string()
    .regex(/^feat_[A-Za-z0-9]{1,64}$/, "a feature id, feat_…")
    .optional()
    .openapi({ description: "Only this feature." }),
  limit: z.coerce.number().int().min(1).max(1000).default(100).openapi({ description: "Rows in JSON, 1-1000 (CSV has them all)." }),
});

const int = (description: string) => z.number().int().describe(description);
const rate = (description: string) =>
  z.number().nullable().describe(`${description} Decimal rounded half up to 4 places; null when its base is 0.`);

const PeriodFields = {
  period_start: int("Start of the period, Unix seconds."),
  period_end: int("End of the period (exclusive), Unix seconds."),
  currency: z.string(),
  currency_exponent: CurrencyExponent,
};

export const MrrRow = z
  .object({
    ...PeriodFields,
    mrr_start: int("MRR at the period's start, minor units."),
    new: int("MRR of customers who paid for the first time."),
    expansion: int("MRR added by paying customers (upgrades, more seats)."),
    contraction: int("MRR lost by customers who still pay (downgrades, fewer seats, a new discount)."),
    churned: int("MRR of customers who stopped paying."),
    reactivation: int("MRR of customers who had stopped paying and pay again."),
    net_new_mrr: int("new + expansion + reactivation − contraction − churned = mrr − mrr_start."),
    mrr: int("MRR at the period's end."),
    arr: int("12 × mrr."),
    trialing_subscriptions: int("Subscriptions trialing at the period's end."),
    trial_pipeline_mrr: int("The MRR those trials would bring if all converted."),
  })
  .openapi("AnalyticsMrrPeriod");

export const GrowthRow = z
  .object({
    ...PeriodFields,
    new_subscriptions: int("Subscriptions that started (trial or paid) in the period."),
    churned_subscriptions: int("Started subscriptions that ended (canceled or expired) in the period."),
    net_subscriptions: int("new_subscriptions − churned_subscriptions."),
    active_subscriptions: int("Subscriptions paying (active or past_due) at the period's end."),
    trialing_subscriptions: int("Subscriptions trialing at the period's end."),
    active_customers: int("Customers with MRR > 0 at the period's end."),
  })
  .openapi("AnalyticsSubscriptionsPeriod");

export const RetentionRow = z
  .object({
    ...PeriodFields,
    active_customers_start: int("Customers with MRR > 0 at the period's start."),
    active_customers: int("Customers with MRR > 0 at the period's end."),
    churned_customers: int("Customers paying at the start who pay nothing at the end."),
    mrr_start: int("MRR at the period's start."),
    mrr: int("MRR at the period's end."),
    arpu: int("mrr ÷ active_customers, rounded half up.").nullable(),
    logo_churn_rate: rate("churned_customers ÷ active_customers_start."),
    revenue_churn_rate: rate("MRR lost by the customers paying at the start (each one's net decrease) ÷ mrr_start."),
    net_revenue_retention: rate("MRR at the end of the customers paying at the start ÷ mrr_start."),
    ltv: int("arpu ÷ revenue_churn_rate (monthly; interval=month only), rounded half up; null without churn.").nullable(),
    trials_ended: int("Trials that ended in the period."),
    trials_converted: int("Of them, those that became paying (active or past_due)."),
    trial_conversion_rate: rate("trials_converted ÷ trials_ended."),
  })
  .openapi("AnalyticsRetentionPeriod");

export const RevenueRow = z
  .object({
    ...PeriodFields,
    payments: int("Payments received: paid invoices and one-time payments."),
    gross: int("What they charged (renewals, prorations and overage included)."),
    subscription_gross: int("Of gross, paid invoices."),
    one_time_gross: int("Of gross, one-time payments."),
    refunds: int("Refunds that succeeded in the period."),
    net: int("gross − refunds."),
    billingos_fees: int("BillingOS's fees on the period's payments, less fees returned by refunds of them."),
    net_after_fees: int("net − billingos_fees."),
  })
  .openapi("AnalyticsRevenuePeriod");

export const RecoveryRow = z
  .object({
    ...PeriodFields,
    failed_invoices: int("Invoices created in the period whose payment failed at least once."),
    failed_amount: int("What those invoices were due."),
    recovered_invoices: int("Of them, those paid since."),
    recovered_amount: int("What the recovered invoices paid."),
    open_invoices: int("Of them, still open (Stripe may retry)."),
    lost_invoices: int("Of them, marked uncollectible or voided."),
    recovery_rate: rate("recovered_invoices ÷ failed_invoices."),
  })
  .openapi("AnalyticsRecoveryPeriod");

export const CohortRow = z
  .object({
    cohort: int("The month the cohort's customers first paid (its start, Unix seconds)."),
    currency: z.string(),
    currency_exponent: CurrencyExponent,
    months_since: int("Months after the cohort's month (0: at the end of that month)."),
    customers: int("Customers in the cohort."),
    retained_customers: int("Of them, paying at the end of the month."),
    logo_retention: rate("retained_customers ÷ customers."),
    initial_mrr: int("The MRR each customer first paid, summed."),
    retained_mrr: int("Their MRR at the end of the month."),
    revenue_retention: rate("retained_mrr ÷ initial_mrr."),
  })
  .openapi("AnalyticsCohortCell");

export const UsageRow = z
  .object({
    period_start: PeriodFields.period_start,
    period_end: PeriodFields.period_end,
    feature: z.string(),
    feature_key: z.string(),
    total: z.number().describe("Usage counted in billing periods that start in this period, in the feature's unit."),
    customers: int("Counters (customers) behind the total."),
  })
  .openapi("AnalyticsUsagePeriod");

export const LimitRow = z
  .object({
    customer: z.string(),
    feature: z.string(),
    feature_key: z.string(),
    used: z.number().describe("Usage in the current period (caps: the current count)."),
    limit: int("The quota or cap."),
    usage_ratio: z.number().nullable().describe("used ÷ limit, rounded half up to 4 places; null for a limit of 0."),
    state: z.enum(["near", "over"]).describe("near: at least 80 % of the limit; over: above it."),
  })
  .openapi("AnalyticsUsageLimit");
