// Bindings that exist only under the test pool (see vitest.config.ts).
declare namespace Cloudflare {
  interface Env {
    /** Superuser connection to the test database, for fixtures and assertions. */
    TEST_DATABASE_URL: string;
    /** Private signing key of the test token issuer (for forging tokens with bad claims). */
    TEST_JWT_PRIVATE_JWK: string;
  }
}
