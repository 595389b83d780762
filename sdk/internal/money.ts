/**
 * Money as the API sends it: an integer of minor units, a currency and the currency's exponent
 * (`currency_exponent` on an object, `currency_exponents` on the pricing document). The exponent
 * comes from the API, never from Intl's defaults: Stripe counts IDR, COP, PKR, … in hundredths
 * where Intl shows no decimals, and UGX the other way round, so a second table here would show
 * some prices 100× off.
 */

/** An integer amount of minor units as an exact decimal string ("-12.05" for -1205 with exponent 2), with no float arithmetic. */
export function minorToDecimal(amount: number, exponent: number): string {
  if (!Number.isSafeInteger(amount)) throw new RangeError(`amount must be a safe integer of minor units, got ${amount}`);
  if (!Number.isInteger(exponent) || exponent < 0 || exponent > 4) throw new RangeError(`exponent must be 0-4, got ${exponent}`);
  const digits = Math.abs(amount)
    .toString()
    .padStart(exponent + 1, "0");
  const whole = digits.slice(0, digits.length - exponent);
  const fraction = exponent > 0 ? `.${digits.slice(digits.length - exponent)}` : "";
  return `${amount < 0 ? "-" : ""}${whole}${fraction}`;
}

/**
 * Formats minor units for people ("$12.05", "¥1,200", "KWD 12.340"): `exponent` is the API's
 * `currency_exponent` for `currency`, and the amount shows exactly that many decimals.
 * `whole: true` drops the decimals of whole amounts ("$20"), as price tags do; cents stay ("$19.99").
 */
export function formatMoney(
  amount: number,
  currency: string,
  exponent: number,
  locale?: string,
  options: { whole?: boolean } = {},
): string {
  const format = new Intl.NumberFormat(locale, {
    style: "currency",
    currency: currency.toUpperCase(),
    minimumFractionDigits: exponent,
    maximumFractionDigits: exponent,
    ...(options.whole ? { trailingZeroDisplay: "stripIfInteger" } : {}),
  });
  // Intl accepts decimal strings exactly (ECMA-402 "Intl.NumberFormat v3"); the cast covers older lib typings.
  return format.format(minorToDecimal(amount, exponent) as unknown as number);
}
