import { z } from "@hono/zod-openapi";
import { AMOUNT_RULES, amountProblem, isSupportedCurrency, SUPPORTED_CURRENCIES } from "./currencies";

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
