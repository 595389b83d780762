// Secrets are not in wrangler.jsonc (`wrangler secret put NAME`; locally `npm start` writes them
// to .billingos/worker.env), so `wrangler types` cannot see them.
declare namespace Cloudflare {
  interface Env {
    /** Bearer token for EMAIL_API_URL (locally the auth emulator's service-role key). */
    EMAIL_API_KEY?: string;
  }
}
