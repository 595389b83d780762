/**
 * Minor-unit exponents where Stripe differs from ISO 4217 (Stripe charges these as two-decimal
 * currencies, or as zero-decimal where ISO says otherwise). Everything else follows ISO 4217.
 * https://docs.stripe.com/currencies#special-cases
 */
const STRIPE_EXPONENT_EXCEPTIONS: Record<string, number> = { ISK: 2, UGX: 2, HUF: 2, TWD: 2 };

/** Decimal places of `currency`'s minor unit (USD 2, JPY 0, KWD 3). */
export function currencyExponent(currency: string): number {
  const code = currency.toUpperCase();
  return (
    STRIPE_EXPONENT_EXCEPTIONS[code] ??
    new Intl.NumberFormat("en", { style: "currency", currency: code }).resolvedOptions().maximumFractionDigits ??
    2
  );
}

/** An integer amount of minor units as an exact decimal string ("-12.05"), with no float arithmetic. */
export function minorToDecimal(amount: number, currency: string): string {
  if (!Number.isSafeInteger(amount)) throw new RangeError(`amount must be a safe integer of minor units, got ${amount}`);
  const exponent = currencyExponent(currency);
  const digits = Math.abs(amount)
    .toString()
    .padStart(exponent + 1, "0");
  const whole = digits.slice(0, digits.length - exponent);
  const fraction = exponent > 0 ? `.${digits.slice(digits.length - exponent)}` : "";
  return `${amount < 0 ? "-" : ""}${whole}${fraction}`;
}

/**
 * Formats minor units for people ("$12.05", "¥1,200"), passing Intl an exact decimal string.
 * `whole: true` drops ".00" from whole amounts ("$20"), as price tags do; cents stay ("$19.99").
 */
export function formatMoney(amount: number, currency: string, locale?: string, options: { whole?: boolean } = {}): string {
  const format = new Intl.NumberFormat(locale, {
    style: "currency",
    currency: currency.toUpperCase(),
    ...(options.whole ? { trailingZeroDisplay: "stripIfInteger" } : {}),
  });
  // Intl accepts decimal strings exactly (ECMA-402 "Intl.NumberFormat v3"); the cast covers older lib typings.
  return format.format(minorToDecimal(amount, currency) as unknown as number);
}
