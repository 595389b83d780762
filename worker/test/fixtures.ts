import { env, exports } from "cloudflare:workers";
import postgres, { type Sql } from "postgres";

/** A superuser client on the test database: fixtures and "nothing was written" checks bypass the API on purpose. */
export function adminSql(): Sql {
  return postgres(env.TEST_DATABASE_URL, { max: 2, fetch_types: false, onnotice: () => {} });
}

/** Calls the worker exactly as a client would (through its fetch handler). */
export function call(path: string, init?: RequestInit): Promise<Response> {
  return exports.default.fetch(new Request(`http://billingos.test${path}`, init));
}
