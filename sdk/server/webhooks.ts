/**
 * Verifies a BillingOS webhook (Standard Webhooks format) before your backend trusts it: the
 * `webhook-signature` must be an HMAC-SHA256 of `${webhook-id}.${webhook-timestamp}.${body}` under
 * your endpoint's `whsec_…` secret, and the timestamp within five minutes of now. Pass the raw
 * body exactly as received (not re-serialised JSON). Runs wherever Web Crypto does: Node 20+,
 * Deno, Bun, Workers, browsers.
 */

export interface WebhookEvent<T = Record<string, unknown>> {
  id: string;
  object: "event";
  livemode: boolean;
  type: string;
  created: number;
  data: { object: T };
}

export interface VerifyWebhookOptions {
  /** The endpoint's signing secret, or both secrets while you roll over to a new one. */
  secret: string | string[];
  /** How far the timestamp may be from now, in seconds (default 300). */
  toleranceSeconds?: number;
  /** Now, in Unix seconds (for tests). */
  now?: () => number;
}

export class WebhookVerificationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "WebhookVerificationError";
  }
}

type HeaderSource = Headers | Record<string, string | string[] | undefined>;

function header(headers: HeaderSource, name: string): string | undefined {
  if (typeof (headers as Headers).get === "function") return (headers as Headers).get(name) ?? undefined;
  const record = headers as Record<string, string | string[] | undefined>;
  const value = record[name] ?? record[Object.keys(record).find((key) => key.toLowerCase() === name) ?? ""];
  return Array.isArray(value) ? value[0] : value;
}

const encoder = new TextEncoder();

function decodeBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}

/** Compares every byte whatever the first difference, so timing does not reveal how much matched. */
function constantTimeEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let index = 0; index < a.length; index++) difference |= (a[index] as number) ^ (b[index] as number);
  return difference === 0;
}

async function expectedSignature(secret: string, signed: string): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey("raw", decodeBase64(secret.replace(/^whsec_/, "")), { name: "HMAC", hash: "SHA-256" }, false, [
    "sign",
  ]);
  return new Uint8Array(await crypto.subtle.sign("HMAC", key, encoder.encode(signed)));
}

/** Returns the parsed event when the signature and timestamp check out; throws WebhookVerificationError otherwise. */
export async function verifyWebhook<T = Record<string, unknown>>(
  body: string,
  headers: HeaderSource,
  options: VerifyWebhookOptions,
): Promise<WebhookEvent<T>> {
  const id = header(headers, "webhook-id");
  const timestamp = header(headers, "webhook-timestamp");
  const signatures = header(headers, "webhook-signature");
  if (!id || !timestamp || !signatures) throw new WebhookVerificationError("Missing webhook-id, webhook-timestamp or webhook-signature.");
  const seconds = Number(timestamp);
  const now = options.now?.() ?? Math.floor(Date.now() / 1000);
  if (!/^\d+$/.test(timestamp) || Math.abs(now - seconds) > (options.toleranceSeconds ?? 300)) {
    throw new WebhookVerificationError("The webhook-timestamp is missing or too far from now.");
  }
  const candidates = signatures
    .split(" ")
    .filter((part) => part.startsWith("v1,"))
    .map((part) => {
      try {
        return decodeBase64(part.slice(3));
      } catch {
        return new Uint8Array();
      }
    });
  const secrets = Array.isArray(options.secret) ? options.secret : [options.secret];
  for (const secret of secrets) {
    const expected = await expectedSignature(secret, `${id}.${timestamp}.${body}`);
    if (candidates.some((candidate) => constantTimeEqual(candidate, expected))) return JSON.parse(body) as WebhookEvent<T>;
  }
  throw new WebhookVerificationError("No signature matches this body under the given secret.");
}
