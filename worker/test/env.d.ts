// Bindings that exist only under the test pool (see vitest.config.ts).
declare namespace Cloudflare {
  interface Env {
    /** Superuser connection to the test database, for fixtures and assertions. */
    TEST_DATABASE_URL: string;
    /** The auth emulator's private signing key, with its kid (for forging tokens with bad claims). */
    TEST_JWT_PRIVATE_JWK: string;
    /** A session from a real supabase-js sign-in against the emulator: {token, userId, email}. */
    TEST_EMULATOR_SESSION: string;
    /** "1": a response whose error code its route did not declare carries BillingOS-Undeclared-Error (app/create-app.ts). */
    CHECK_ERROR_CODES?: string;
    /** The webhook receiver of test/webhook-receiver.ts (http://127.0.0.1:<port>). */
    TEST_WEBHOOK_RECEIVER: string;
  }
}
