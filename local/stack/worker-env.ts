import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { StripeVars } from "./stripe-setup";

/** Worker settings that depend on the running stack (the rest are in worker/wrangler.jsonc). */
export interface WorkerVars {
  SUPABASE_URL: string;
  SUPABASE_ANON_KEY: string;
  EMAIL_API_URL?: string;
  EMAIL_API_KEY?: string;
  CUSTOMER_SESSION_SECRET: string;
  /** Matches `wrangler dev --log-level` (local/stack/wrangler.ts) so lines it would drop are never built. */
  LOG_LEVEL?: string;
  /** Linked from the page at `/` (worker/routes/home). */
  MAILBOX_URL?: string;
  EXAMPLES_URL?: string;
  /** The platform organisation's publishable key, for the admin's Settings › Billing (worker/routes/platform-billing). */
  PLATFORM_PUBLISHABLE_KEY?: string;
}

/** The e-mail provider when a real Supabase project is used (EMAIL_API_URL / EMAIL_API_KEY). */
export function emailFromEnvironment(): Pick<WorkerVars, "EMAIL_API_URL" | "EMAIL_API_KEY"> {
  return {
    ...(process.env.EMAIL_API_URL ? { EMAIL_API_URL: process.env.EMAIL_API_URL } : {}),
    ...(process.env.EMAIL_API_KEY ? { EMAIL_API_KEY: process.env.EMAIL_API_KEY } : {}),
  };
}

/** Writes them as a dotenv file for `wrangler dev --env-file` (secrets stay out of `ps`). */
export async function writeWorkerEnv(home: string, vars: WorkerVars & StripeVars): Promise<string> {
  const file = join(home, "worker.env");
  const lines = Object.entries(vars)
    .filter(([, value]) => value !== undefined)
    .map(([name, value]) => `${name}=${JSON.stringify(value)}`);
  await writeFile(file, `${lines.join("\n")}\n`, { mode: 0o600 });
  return file;
}
