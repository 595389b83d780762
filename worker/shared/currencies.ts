/**
 * Currencies a price may be sold in (Stripe's presentment currencies, lower case) and how their
 * amounts are written: always integers in the minor unit, with the ISO 4217 exponent except where
 * Stripe's API differs (listed below).
 */
export const SUPPORTED_CURRENCIES = [
  "aed",
  "afn",
  "all",
  "amd",
  "ang",
  "aoa",
  "ars",
  "aud",
  "awg",
  "azn",
  "bam",
  "bbd",
  "bdt",
  "bgn",
  "bhd",
  "bif",
  "bmd",
  "bnd",
  "bob",
  "brl",
  "bsd",
  "bwp",
  "byn",
  "bzd",
  "cad",
  "cdf",
  "chf",
  "clp",
  "cny",
  "cop",
  "crc",
  "cve",
  "czk",
  "djf",
  "dkk",
  "dop",
  "dzd",
  "egp",
  "etb",
  "eur",
  "fjd",
  "fkp",
  "gbp",
  "gel",
  "gip",
  "gmd",
  "gnf",
  "gtq",
  "gyd",
  "hkd",
  "hnl",
  "htg",
  "huf",
  "idr",
  "ils",
  "inr",
  "isk",
  "jmd",
  "jod",
  "jpy",
  "kes",
  "kgs",
  "khr",
  "kmf",
  "krw",
  "kwd",
  "kyd",
  "kzt",
  "lak",
  "lbp",
  "lkr",
  "lrd",
  "lsl",
  "mad",
  "mdl",
  "mga",
  "mkd",
  "mmk",
  "mnt",
  "mop",
  "mur",
  "mvr",
  "mwk",
  "mxn",
  "myr",
  "mzn",
  "nad",
  "ngn",
  "nio",
  "nok",
  "npr",
  "nzd",
  "omr",
  "pab",
  "pen",
  "pgk",
  "php",
  "pkr",
  "pln",
  "pyg",
  "qar",
  "ron",
  "rsd",
  "rub",
  "rwf",
  "sar",
  "sbd",
  "scr",
  "sek",
  "sgd",
  "shp",
  "sle",
  "sos",
  "srd",
  "std",
  "szl",
  "thb",
  "tjs",
  "tnd",
  "top",
  "try",
  "ttd",
  "twd",
  "tzs",
  "uah",
  "ugx",
  "usd",
  "uyu",
  "uzs",
  "vnd",
  "vuv",
  "wst",
  "xaf",
  "xcd",
  "xof",
  "xpf",
  "yer",
  "zar",
  "zmw",
] as const;
export type Currency = (typeof SUPPORTED_CURRENCIES)[number];

const SUPPORTED = new Set<string>(SUPPORTED_CURRENCIES);

/** Stripe's zero-decimal currencies: 1000 JPY is `1000`. (UGX is zero-decimal in Stripe though ISO says 0 anyway.) */
const ZERO_DECIMAL = new Set([
  "bif",
  "clp",
  "djf",
  "gnf",
  "jpy",
  "kmf",
  "krw",
  "mga",
  "pyg",
  "rwf",
  "ugx",
  "vnd",
  "vuv",
  "xaf",
  "xof",
  "xpf",
]);

/** Three-decimal currencies: Stripe needs the last digit to be 0 (amounts in tens of the minor unit). */
const THREE_DECIMAL = new Set(["bhd", "jod", "kwd", "omr", "tnd"]);

/**
 * ISK is zero-decimal in practice but Stripe's API keeps two decimals for backwards compatibility,
 * so amounts must be whole krónur: divisible by 100.
 */
const WHOLE_UNITS_IN_TWO_DECIMALS = new Set(["isk"]);

export function isSupportedCurrency(currency: string): currency is Currency {
  return SUPPORTED.has(currency);
}

/** Decimal places of the minor unit as Stripe's API counts them. */
export function currencyExponent(currency: string): 0 | 2 | 3 {
  if (ZERO_DECIMAL.has(currency)) return 0;
  if (THREE_DECIMAL.has(currency)) return 3;
  return 2;
}

/** Every unit_amount in `currency` must be a multiple of this. */
export function amountMultiple(currency: string): 1 | 10 | 100 {
  if (THREE_DECIMAL.has(currency)) return 10;
  if (WHOLE_UNITS_IN_TWO_DECIMALS.has(currency)) return 100;
  return 1;
}

/**
 * What is wrong with an amount in any currency. One table, used by the request schema's own checks
 * and by `amountProblem`, so a refusal reads the same whichever check meets the amount first.
 */
export const AMOUNT_RULES = {
  notNumber: "must be a JSON number, an integer in the currency's minor unit (e.g. 1999 for 19.99 USD).",
  fraction: "must be an integer in the currency's minor unit (e.g. 1999 for 19.99 USD); fractions are refused, never rounded.",
  negative: "must not be negative.",
  tooLarge: `must be at most ${Number.MAX_SAFE_INTEGER} (2^53 - 1), the largest integer a JSON number carries exactly.`,
} as const;

/** Why `amount` is no amount at all (not a number, negative, too large, fractional), or null. */
export function generalAmountProblem(amount: unknown): string | null {
  if (typeof amount !== "number" || Number.isNaN(amount)) return AMOUNT_RULES.notNumber;
  if (amount < 0) return AMOUNT_RULES.negative;
  if (amount > Number.MAX_SAFE_INTEGER) return AMOUNT_RULES.tooLarge;
  if (!Number.isInteger(amount)) return AMOUNT_RULES.fraction;
  return null;
}

/**
 * Why `amount` cannot be charged in `currency`, or null: every general rule first, then the
 * multiple the currency needs. Complete on its own, so it does not rely on the schema having
 * refused fractions or strings before it.
 */
export function amountProblem(currency: string, amount: unknown): string | null {
  const general = generalAmountProblem(amount);
  if (general) return general;
  if ((amount as number) % amountMultiple(currency) === 0) return null;
  if (THREE_DECIMAL.has(currency)) {
    return `${currency.toUpperCase()} amounts are in thousandths and must end in 0 (Stripe charges whole hundredths).`;
  }
  return `${currency.toUpperCase()} amounts are written with two decimals that must be 00 (whole krónur), e.g. 500 for 5 ISK.`;
}
