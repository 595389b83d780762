import { z } from "@hono/zod-openapi";
import { AMOUNT_RULES, amountProblem, currencyExponent, isSupportedCurrency, SUPPORTED_CURRENCIES } from "./currencies";

/** ISO 4217 in lower case, one of the currencies Stripe can charge. */
export const CurrencyCode = z
  .string()
  .regex(/^[a-z]{3}$/, "a three-letter ISO 4217 code in lower case, e.g. usd")
  .refine((code): boolean => isSupportedCurrency(code), "this currency is not supported")
  .openapi({ description: `One of: ${SUPPORTED_CURRENCIES.join(", ")}.`, example: "usd" });

/**
 * An amount in the currency's minor unit (cents; yen for JPY), as an integer. Decimal strings and
 * fractions are refused rather than rounded, so no amount is ever guessed. The messages are
 * `AMOUNT_RULES`, the same `checkAmount` gives, and the range checks come before the integer check
 * (which also fails unsafe integers), so each refusal names the rule that was broken.
 */
export const UnitAmount = z
  .number({
    // A missing amount keeps zod's own message, which the validation hook reports as parameter_missing.
    error: (issue) =>
      issue.input === undefined ? undefined : typeof issue.input === "number" ? AMOUNT_RULES.tooLarge : AMOUNT_RULES.notNumber,
  })
  .min(0, AMOUNT_RULES.negative)
  .max(Number.MAX_SAFE_INTEGER, AMOUNT_RULES.tooLarge)
  .int(AMOUNT_RULES.fraction)
  .openapi({ description: "Integer in the currency's minor unit (ISO 4217 exponent, Stripe's exceptions).", example: 1999 });

/** `{ usd: 5, eur: 4 }`: one unit amount per currency; keys must be supported currencies. */
export const AmountsByCurrency = z.record(z.string(), UnitAmount).superRefine((amounts, ctx) => {
  for (const [currency, amount] of Object.entries(amounts)) checkAmount(ctx, currency, amount, [currency], [currency]);
});

/** Adds an issue when `currency` is unsupported (at `currencyPath`) or `amount` breaks a rule of amounts in it (at `path`). */
export function checkAmount(ctx: z.RefinementCtx, currency: string, amount: unknown, currencyPath: PropertyKey[], path: PropertyKey[]) {
  if (!isSupportedCurrency(currency)) {
    ctx.addIssue({ code: "custom", path: currencyPath, message: `'${currency}' is not a supported currency.` });
    return;
  }
  const problem = amountProblem(currency, amount);
  if (problem) ctx.addIssue({ code: "custom", path, message: problem });
}

/**
 * Decimal places of a currency's minor unit as Stripe counts them (ISO 4217 with Stripe's
 * exceptions: IDR 2, UGX 0, KWD 3). Sent beside amounts so clients format them with it rather than
 * with Intl's defaults, which differ for a dozen currencies.
 */
export const CurrencyExponent = z
  .number()
  .int()
  .min(0)
  .max(3)
  .openapi({ description: "Decimal places of the currency's minor unit (Stripe's count): 1999 with 2 is 19.99.", example: 2 });

/** Currency → its exponent, for objects with amounts in several currencies. */
export const CurrencyExponents = z.record(z.string(), CurrencyExponent).openapi({
  description: "Currency → decimal places of its minor unit (Stripe's count), for formatting the amounts.",
  example: { usd: 2, jpy: 0 },
});

/** The exponent of each of `currencies`. */
export function exponentsOf(currencies: Iterable<string>): Record<string, number> {
  return Object.fromEntries([...currencies].map((currency) => [currency, currencyExponent(currency)]));
}

export { currencyExponent };
