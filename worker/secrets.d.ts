// Secrets are not in wrangler.jsonc (`wrangler secret put NAME`; locally `npm start` writes them
// to .billingos/worker.env), so `wrangler types` cannot see them.
declare namespace Cloudflare {
  interface Env {
    /** Bearer token for EMAIL_API_URL (locally the auth emulator's service-role key). */
    EMAIL_API_KEY?: string;
    /** Platform secret keys (locally any sk_test_…/sk_live_… works against the emulator). */
    STRIPE_SECRET_KEY_TEST?: string;
    STRIPE_SECRET_KEY_LIVE?: string;
    /** Signing secret of the Stripe webhook endpoint, and the previous one during a rotation. */
    STRIPE_WEBHOOK_SECRET?: string;
    STRIPE_WEBHOOK_SECRET_PREVIOUS?: string;
    /** HMAC key for customer session tokens (32+ random bytes), and the previous one during a rotation. */
    CUSTOMER_SESSION_SECRET?: string;
    CUSTOMER_SESSION_SECRET_PREVIOUS?: string;
  }
}
