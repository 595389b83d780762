import { z } from "@hono/zod-openapi";
import { type Price, priceTerms } from "../../domain/catalogue/prices";
import { CurrencyCode, CurrencyExponent, checkAmount, currencyExponent, UnitAmount } from "../../shared/money";
import { PlainText, Timestamp, toTimestamp } from "../../shared/schemas";
import { LookupKey } from "../products/products.schemas";

/** Stripe bills at most once a year: these are the largest counts per interval. */
export const MAX_INTERVAL_COUNT = { day: 365, week: 52, month: 12, year: 1 } as const;

const Interval = z.enum(["day", "week", "month", "year"]);
const Recurring = z
  .strictObject({
    interval: Interval,
    interval_count: z.number().int().min(1).default(1),
  })
  .superRefine((recurring, ctx) => {
    const max = MAX_INTERVAL_COUNT[recurring.interval];
    if (recurring.interval_count > max) {
      ctx.addIssue({ code: "custom", path: ["interval_count"], message: `at most ${max} for ${recurring.interval} (one year in total)` });
    }
  });

const TrialDays = z.number().int().min(1).max(730);

export const CreatePriceSchema = z
  .strictObject({
    product: z.string().max(100).openapi({ example: "prod_demoPro" }),
    currency: CurrencyCode,
    unit_amount: UnitAmount,
    currency_options: z
      .record(z.string(), z.strictObject({ unit_amount: UnitAmount }))
      .optional()
      .describe("The same price in other currencies: { eur: { unit_amount: 900 } }."),
    recurring: Recurring.optional().describe("Omit for a one-time price."),
    nickname: PlainText(250).openapi({ example: "Pro monthly" }).nullable().optional(),
    lookup_key: LookupKey.nullable().optional(),
    transfer_lookup_key: z
      .boolean()
      .optional()
      .describe("true moves lookup_key from the price that holds it (same org and mode) to this one."),
    trial_period_days: TrialDays.openapi({ example: 14 }).nullable().optional(),
    trial_requires_payment_method: z.boolean().optional().describe("false lets customers start the trial without a card."),
    active: z.boolean().optional(),
  })
  .superRefine((input, ctx) => {
    checkAmount(ctx, input.currency, input.unit_amount, ["currency"], ["unit_amount"]);
    for (const [currency, option] of Object.entries(input.currency_options ?? {})) {
      if (currency === input.currency) {
        ctx.addIssue({ code: "custom", path: ["currency_options", currency], message: "repeats the price's own currency" });
      } else {
        checkAmount(ctx, currency, option.unit_amount, ["currency_options", currency], ["currency_options", currency, "unit_amount"]);
      }
    }
    if (Object.keys(input.currency_options ?? {}).length > 30) {
      ctx.addIssue({ code: "custom", path: ["currency_options"], message: "at most 30 currencies" });
    }
  });

export const UpdatePriceSchema = z.strictObject({
  active: z.boolean().optional().describe("false archives: no new purchases; existing subscribers keep it."),
  nickname: PlainText(250).nullable().optional(),
  lookup_key: LookupKey.nullable().optional(),
  trial_period_days: TrialDays.nullable().optional(),
  trial_requires_payment_method: z.boolean().optional(),
});

export const PriceSchema = z
  .object({
    id: z.string(),
    object: z.literal("price"),
    livemode: z.boolean(),
    product: z.string(),
    product_version: z.number().int(),
    active: z.boolean(),
    nickname: z.string().nullable(),
    lookup_key: z.string().nullable(),
    type: z.enum(["recurring", "one_time"]),
    recurring: z.object({ interval: Interval, interval_count: z.number().int() }).nullable(),
    currency: z.string(),
    currency_exponent: CurrencyExponent,
    unit_amount: z.number().int(),
    currency_options: z.record(z.string(), z.object({ unit_amount: z.number().int(), currency_exponent: CurrencyExponent })),
    trial_period_days: z.number().int().nullable(),
    trial_requires_payment_method: z.boolean(),
    stripe_id: z.string().nullable(),
    sync_status: z.enum(["pending", "synced", "failed"]),
    sync_error: z.string().nullable(),
    created: Timestamp,
    updated: Timestamp,
  })
  .openapi("Price");

export function serializePrice(price: Price) {
  return {
    id: price.id,
    object: "price" as const,
    livemode: price.livemode,
    product: price.product_id,
    product_version: price.version,
    active: price.active,
    nickname: price.nickname,
    lookup_key: price.lookup_key,
    type: price.type,
    ...withExponents(priceTerms(price)),
    stripe_id: price.stripe_id,
    sync_status: price.sync_status,
    sync_error: price.sync_error,
    created: toTimestamp(price.created) as number,
    updated: toTimestamp(price.updated) as number,
  };
}

/** A price's terms with the exponent of each currency beside its amount. */
function withExponents(terms: ReturnType<typeof priceTerms>) {
  const options = Object.entries(terms.currency_options).map(([currency, option]) => [
    currency,
    { ...option, currency_exponent: currencyExponent(currency) },
  ]);
  return { ...terms, currency_exponent: currencyExponent(terms.currency), currency_options: Object.fromEntries(options) };
}
