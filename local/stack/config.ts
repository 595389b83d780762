import { join } from "node:path";
import { paths } from "../paths";

export interface StackConfig {
  home: string;
  reset: boolean;
  ports: { api: number; postgres: number; auth: number; stripe: number; example: number };
  /** An external Postgres to use instead of the embedded one. */
  databaseUrl?: string;
  /** A real Supabase project to use instead of the Auth emulator. */
  supabase?: { url: string; anonKey: string };
  /** Set when a real Stripe account is configured; the Stripe emulator is then not started. */
  stripeSecretKey?: string;
  /** Fire the worker's crons every this many seconds instead of on their schedule (BILLINGOS_CRON_INTERVAL_SECONDS). */
  cronEverySeconds?: number;
}

function port(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1 || value > 65_535) throw new Error(`${name} must be a TCP port, got "${raw}"`);
  return value;
}

/** Every setting of the local stack, from the command line and the environment (see README). */
export function readConfig(argv: string[]): StackConfig {
  const unknown = argv.filter((arg) => arg !== "--reset");
  if (unknown.length > 0) throw new Error(`unknown option ${unknown[0]} (the only option is --reset)`);
  return {
    home: paths.home,
    reset: argv.includes("--reset"),
    ports: {
      api: port("BILLINGOS_API_PORT", 8787),
      postgres: port("BILLINGOS_DB_PORT", 54322),
      auth: port("BILLINGOS_AUTH_PORT", 9999),
      stripe: port("BILLINGOS_STRIPE_PORT", 12111),
      example: port("BILLINGOS_EXAMPLE_PORT", 3000),
    },
    databaseUrl: process.env.DATABASE_URL || undefined,
    supabase: readSupabaseProject(),
    stripeSecretKey: process.env.STRIPE_SECRET_KEY || undefined,
    cronEverySeconds: cronInterval(),
  };
}

function cronInterval(): number | undefined {
  const raw = process.env.BILLINGOS_CRON_INTERVAL_SECONDS;
  if (raw === undefined || raw === "") return undefined;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 1)
    throw new Error(`BILLINGOS_CRON_INTERVAL_SECONDS must be a number of seconds (1 or more), got "${raw}"`);
  return value;
}

function readSupabaseProject(): StackConfig["supabase"] {
  const url = process.env.SUPABASE_URL;
  if (!url) return undefined;
  const anonKey = process.env.SUPABASE_ANON_KEY;
  if (!anonKey) throw new Error("SUPABASE_URL is set but SUPABASE_ANON_KEY is not; set both to use a real Supabase project");
  return { url: url.replace(/\/+$/, ""), anonKey };
}

export const stateDirs = (home: string) => ({
  postgres: join(home, "pg"),
  wrangler: join(home, "wrangler"),
  auth: join(home, "auth"),
  stripe: join(home, "stripe"),
  lock: join(home, "stack.lock"),
});
