import { randomBytes } from "node:crypto";
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";

export interface LocalSecrets {
  customerSessionSecret: string;
  /** The Stripe emulator's webhook endpoint for the worker (see stripe-setup.ts). */
  stripeWebhook?: { id: string; url: string; secret: string };
}

/** Secrets the local worker needs, generated once per state directory so they survive restarts. */
export async function ensureLocalSecrets(home: string): Promise<LocalSecrets> {
  const file = join(home, "secrets.json");
  const saved = JSON.parse(await readFile(file, "utf8").catch(() => "null")) as LocalSecrets | null;
  if (saved?.customerSessionSecret) return saved;
  const secrets = { customerSessionSecret: randomBytes(32).toString("base64url") };
  await writeFile(file, `${JSON.stringify(secrets, null, 2)}\n`, { mode: 0o600 });
  return secrets;
}
