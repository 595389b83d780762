import { cloudflareTest } from "@cloudflare/vitest-pool-workers";
import { defineConfig } from "vitest/config";

// Tests run inside workerd with the bindings of wrangler.jsonc; the Hyperdrive binding points at
// a fresh, migrated database that test/global-setup.ts creates (on DATABASE_URL or an embedded Postgres).
const POSTGRES_POLYFILL_NOISE = new Set(["Stream was cancelled.", "proxy request failed, cannot connect to the specified address"]);

export default defineConfig({
  plugins: [
    cloudflareTest(({ inject }) => ({
      wrangler: { configPath: "./wrangler.jsonc" },
      miniflare: {
        hyperdrives: { HYPERDRIVE: inject("workerDatabaseUrl") },
        bindings: {
          TEST_DATABASE_URL: inject("databaseUrl"),
          TEST_JWT_PRIVATE_JWK: inject("jwtPrivateJwk"),
          SUPABASE_URL: inject("supabaseUrl"),
          EMAIL_API_URL: `${inject("supabaseUrl")}/mailbox/send`,
          EMAIL_API_KEY: inject("mailKey"),
          TEST_EMULATOR_SESSION: inject("emulatorSession"),
          CHECK_ERROR_CODES: "1",
          STRIPE_API_BASE: inject("stripeApiBase"),
          TEST_WEBHOOK_RECEIVER: inject("webhookReceiverUrl"),
          STRIPE_SECRET_KEY_TEST: "sk_test_workertests",
          STRIPE_SECRET_KEY_LIVE: "sk_live_workertests",
          STRIPE_WEBHOOK_SECRET: "whsec_current_worker_tests",
          STRIPE_WEBHOOK_SECRET_PREVIOUS: "whsec_previous_worker_tests",
          CUSTOMER_SESSION_SECRET: "customer-session-secret-for-worker-tests-0123456789",
          CUSTOMER_SESSION_SECRET_PREVIOUS: "previous-customer-session-secret-for-worker-tests",
          // The platform organisation that bills merchants (routes/platform-billing); test/platform-fixtures.ts creates it.
          PLATFORM_ORG_ID: "org_testPlatform",
          PLATFORM_MODE: "test",
          PLATFORM_PUBLISHABLE_KEY: "pk_test_platformTestKey0ABCDEFGHIJKLMNOPQRSTUVWXYZ012345",
        },
      },
    })),
  ],
  test: {
    globalSetup: ["./test/global-setup.ts"],
    include: ["**/*.test.ts"],
    exclude: ["node_modules/**", "public/**"],
    reporters: ["default"],
    // Three files at once: a test mostly waits on Postgres and the Stripe emulator, so on CI's two
    // cores this halves the suite (879 s → 494 s); vitest's default here is one.
    maxWorkers: 3,
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // Access-log lines are noise in test output; warnings and errors still show.
    onConsoleLog: (log) => !log.startsWith('{"level":"info"'),
    // postgres.js's Workers socket polyfill leaves two promise rejections unhandled: "Stream was
    // cancelled." when a client ends (it emits on an emitter whose listeners it already removed),
    // and a refused connection (its `writer.ready` has no catch). Both reach the caller properly as
    // well, so ignore exactly these two; every other unhandled error still fails the run.
    onUnhandledError: (error) => !POSTGRES_POLYFILL_NOISE.has(error.message ?? ""),
  },
});
