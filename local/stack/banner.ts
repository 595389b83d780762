import { DEMO_OWNER_EMAIL } from "../auth/demo";
import type { StackConfig } from "./config";
import type { DemoKeys } from "./demo-keys";

/** The one banner `npm start` prints once everything answers. */
export function printBanner({
  config,
  databaseUrl,
  authUrl,
  demoKeys,
  exampleUrl,
}: {
  config: StackConfig;
  databaseUrl: string;
  authUrl: string;
  demoKeys: DemoKeys;
  exampleUrl: string;
}) {
  const api = `http://127.0.0.1:${config.ports.api}`;
  const database = new URL(databaseUrl);
  database.password = database.password ? "****" : "";
  const rows: Array<[string, string]> = [
    ["API", `${api}/v1`],
    ["Health", `${api}/health`],
    ["API docs", `${api}/docs  (OpenAPI: ${api}/openapi.json)`],
    ["Postgres", `${database.toString()}${config.databaseUrl ? "  (DATABASE_URL)" : "  (embedded; password: postgres)"}`],
    [
      "Stripe",
      config.stripeSecretKey ? "real Stripe (STRIPE_SECRET_KEY)" : `http://127.0.0.1:${config.ports.stripe}  (emulator; any sk_test_… key)`,
    ],
    ["Demo merchant", "Acme Cloud (org_demoAcmeCloud)"],
    ["Example app", `${exampleUrl}  (Acme Notes, examples/html: buy a plan with 4242 4242 4242 4242)`],
    ["Secret key", `${demoKeys.secret}  (test mode; server side only)`],
    ["Publishable key", `${demoKeys.publishable}  (test mode; safe in browsers)`],
    ...authRows(config, authUrl),
    ["State", `${config.home}  (npm start -- --reset wipes it)`],
  ];
  const width = Math.max(...rows.map(([label]) => label.length));
  const lines = rows.map(([label, value]) => `  ${label.padEnd(width)}  ${value}`);
  console.log(["", "  BillingOS is running. Ctrl-C stops everything.", "", ...lines, ""].join("\n"));
}

function authRows(config: StackConfig, authUrl: string): Array<[string, string]> {
  if (config.supabase) return [["Auth", `${config.supabase.url}  (SUPABASE_URL)`]];
  return [
    ["Auth", `${authUrl}  (Supabase Auth emulator)`],
    ["Mailbox", `${authUrl}/mailbox`],
    ["Demo login", `${DEMO_OWNER_EMAIL} (magic link or code via the mailbox)`],
  ];
}
