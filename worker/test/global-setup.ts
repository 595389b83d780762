import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { client, startTestAuth } from "../../local/auth/test-support";
import { freePort } from "../../local/ports";
import { startStripeEmulator } from "../../local/stripe/server";
import { createTestDatabase } from "../../local/test/database";
import { startWebhookReceiver } from "./webhook-receiver";

declare module "vitest" {
  interface ProvidedContext {
    databaseUrl: string;
    workerDatabaseUrl: string;
    supabaseUrl: string;
    mailKey: string;
    jwtPrivateJwk: string;
    emulatorSession: string;
    stripeApiBase: string;
    webhookReceiverUrl: string;
  }
}

/**
 * A fresh migrated database, the real Supabase Auth emulator and the Stripe emulator. Tests sign most tokens with the
 * emulator's own key (read from its state file) so they can also forge expired or wrong-audience
 * ones; one session comes from a real supabase-js sign-in.
 */
/**
 * Miniflare's Hyperdrive proxy (miniflare 4.x, `HyperdriveProxyController`) pipes each workerd
 * connection to Postgres without an error handler, so when a test file's workerd shuts down while
 * a connection is open — e.g. a webhook dispatch still running in `waitUntil` — the reset socket
 * throws in this process and takes the whole run down. Those resets, and only those, are logged.
 */
function survivePeerResets() {
  process.on("uncaughtException", (error: NodeJS.ErrnoException) => {
    if (error.code === "ECONNRESET" || error.code === "EPIPE") {
      console.warn(`ignored a socket reset after a worker shut down (${error.code} on ${error.syscall})`);
      return;
    }
    throw error;
  });
}

export default async function setup(project: TestProject) {
  survivePeerResets();
  const stripeDir = await mkdtemp(join(tmpdir(), "billingos-stripe-"));
  const [database, auth, stripe, receiver] = await Promise.all([
    createTestDatabase(),
    startTestAuth(),
    freePort().then((port) => startStripeEmulator({ port, dataDir: stripeDir })),
    startWebhookReceiver(),
  ]);
  const state = JSON.parse(await readFile(join(auth.dataDir, "auth-state.json"), "utf8"));
  const { kid, privateJwk } = state.signingKey;
  const email = "real-session@example.test";
  await fetch(`${auth.url}/auth/v1/admin/users`, {
    method: "POST",
    headers: { "content-type": "application/json", Authorization: `Bearer ${auth.serviceRoleKey}`, apikey: auth.serviceRoleKey },
    body: JSON.stringify({ email, password: "correct horse battery staple", email_confirm: true }),
  });
  const { data, error } = await client(auth).auth.signInWithPassword({ email, password: "correct horse battery staple" });
  if (error || !data.session) throw new Error(`emulator sign-in failed: ${error?.message}`);

  project.provide("databaseUrl", database.url);
  project.provide("workerDatabaseUrl", database.workerUrl);
  project.provide("supabaseUrl", auth.url);
  project.provide("mailKey", auth.serviceRoleKey);
  project.provide("jwtPrivateJwk", JSON.stringify({ ...privateJwk, kid }));
  project.provide("stripeApiBase", stripe.url);
  project.provide("webhookReceiverUrl", receiver.url);
  project.provide("emulatorSession", JSON.stringify({ token: data.session.access_token, userId: data.user?.id, email }));
  return async () => {
    await Promise.all([database.drop(), auth.dispose(), stripe.stop(), receiver.stop()]);
    await rm(stripeDir, { recursive: true, force: true });
  };
}
