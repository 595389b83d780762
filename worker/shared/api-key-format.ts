import { randomId } from "./ids";

/** The three kinds of API key and the prefix each carries (`sk_test_…`, `rk_live_…`, `pk_test_…`). */
export type ApiKeyType = "secret" | "restricted" | "publishable";

const TYPE_PREFIX: Record<ApiKeyType, string> = { secret: "sk", restricted: "rk", publishable: "pk" };
const PREFIX_TYPE: Record<string, ApiKeyType> = { sk: "secret", rk: "restricted", pk: "publishable" };

export const LOOKUP_LENGTH = 16;
const SECRET_LENGTH = 32;

/** `sk_test_<16 lookup chars><32 secret chars>`: the lookup finds the row, the whole key is hashed. */
const KEY_PATTERN = /^(sk|rk|pk)_(test|live)_([A-Za-z0-9]{16})([A-Za-z0-9]{32})$/;

export interface ParsedApiKey {
  type: ApiKeyType;
  livemode: boolean;
  lookup: string;
}

export function parseApiKey(key: string): ParsedApiKey | undefined {
  const match = KEY_PATTERN.exec(key);
  if (!match) return undefined;
  const [, prefix, mode, lookup] = match as unknown as [string, string, string, string];
  return { type: PREFIX_TYPE[prefix] as ApiKeyType, livemode: mode === "live", lookup };
}

export interface NewApiKey {
  key: string;
  lookup: string;
  secretHash: string;
  last4: string;
}

/** A fresh key from the CSPRNG, with what we store of it. */
export async function generateApiKey(type: ApiKeyType, livemode: boolean): Promise<NewApiKey> {
  const lookup = randomId("x", LOOKUP_LENGTH).slice(2);
  const secret = randomId("x", SECRET_LENGTH).slice(2);
  const key = `${TYPE_PREFIX[type]}_${livemode ? "live" : "test"}_${lookup}${secret}`;
  return { key, lookup, secretHash: await sha256Hex(key), last4: key.slice(-4) };
}

export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, "0")).join("");
}

/** Compares two equal-length hex digests without an early exit, so timing says nothing about where they differ. */
export function constantTimeEqual(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let index = 0; index < a.length; index++) difference |= a.charCodeAt(index) ^ b.charCodeAt(index);
  return difference === 0;
}
