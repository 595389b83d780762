import { currencyExponent } from "../../shared/money";

/**
 * An integer amount in minor units as a decimal with the currency's exponent and thousands
 * separators ("1,234.56" for 123456 USD, "2,900" for 2900 JPY, "1.250" for 1250 KWD), built from the
 * digits so no float ever rounds it. Statements print the ISO code beside it, which every PDF font can show.
 */
export function formatMinor(amount: number, currency: string): string {
  const exponent = currencyExponent(currency);
  const digits = String(Math.abs(amount)).padStart(exponent + 1, "0");
  const whole = digits.slice(0, digits.length - exponent).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  const fraction = exponent === 0 ? "" : `.${digits.slice(-exponent)}`;
  return `${amount < 0 ? "-" : ""}${whole}${fraction}`;
}

/** The same without separators, for CSV cells a spreadsheet reads as numbers ("1234.56"). */
export function decimalMinor(amount: number, currency: string): string {
  return formatMinor(amount, currency).replaceAll(",", "");
}
