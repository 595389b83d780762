import { StripeApiError } from "./errors";

export interface Credentials {
  livemode: boolean;
  publishable: boolean;
}

const KEY = /^(sk|rk|pk)_(test|live)_[A-Za-z0-9_]+$/;

function redact(key: string): string {
  return key.length > 12 ? `${key.slice(0, 8)}${"*".repeat(Math.max(4, key.length - 12))}${key.slice(-4)}` : key;
}

/** Any `sk_test_…`/`sk_live_…` (or `pk_…` for Stripe.js) as Bearer or Basic, like Stripe's own API. */
export function authenticate(header: string | undefined): Credentials {
  if (!header)
    throw new StripeApiError(401, {
      type: "invalid_request_error",
      message:
        "You did not provide an API key. You need to provide your API key in the Authorization header, using Bearer auth (e.g. 'Authorization: Bearer YOUR_SECRET_KEY').",
    });
  let key = "";
  if (header.startsWith("Bearer ")) key = header.slice(7).trim();
  else if (header.startsWith("Basic ")) key = Buffer.from(header.slice(6), "base64").toString("utf8").split(":")[0] ?? "";
  const match = KEY.exec(key);
  if (!match) throw new StripeApiError(401, { type: "invalid_request_error", message: `Invalid API Key provided: ${redact(key)}` });
  return { livemode: match[2] === "live", publishable: match[1] === "pk" };
}
