import { randomBytes } from "node:crypto";

const ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

/** Stripe-looking ids: a type prefix and 24 random base62 characters. */
export function newId(prefix: string, length = 24): string {
  const bytes = randomBytes(length);
  let out = "";
  for (const byte of bytes) out += ALPHABET[byte % ALPHABET.length];
  return `${prefix}_${out}`;
}

/** Which collection an id belongs to, from its prefix (used by `expand`). */
const collectionByPrefix: Record<string, string> = {
  acct: "accounts",
  cus: "customers",
  pm: "payment_methods",
  seti: "setup_intents",
  pi: "payment_intents",
  ch: "charges",
  py: "charges",
  re: "refunds",
  prod: "products",
  price: "prices",
  promo: "promotion_codes",
  fee: "application_fees",
  fr: "fee_refunds",
  sub: "subscriptions",
  si: "subscription_items",
  sub_sched: "subscription_schedules",
  in: "invoices",
  ii: "invoiceitems",
  inpay: "invoice_payments",
  clock: "test_clocks",
  evt: "events",
  we: "webhook_endpoints",
  di: "discounts",
};

export function collectionOf(id: string): string | undefined {
  if (id.startsWith("sub_sched_")) return "subscription_schedules";
  const prefix = id.slice(0, id.indexOf("_"));
  return collectionByPrefix[prefix];
}
