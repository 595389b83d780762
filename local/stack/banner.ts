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
  /** The demo merchant's example app (examples/html), served by npm start. */
  exampleUrl: string;
}) {
  const api = `http://127.0.0.1:${config.ports.api}`;
  const rows: Array<[string, string]> = [
    ["Start here", `${api}/  (links to everything below)`],
    ["Admin", `${api}/admin/`],
    ["Example app", `${exampleUrl}  (Acme Notes, examples/html: buy a plan with 4242 4242 4242 4242)`],
    ["API", `${api}/v1`],
    ["Health", `${api}/health`],
    ["API docs", `${api}/docs  (OpenAPI: ${api}/openapi.json)`],
    ["Postgres", postgresRow(config, databaseUrl)],
    [
      "Stripe",
      config.stripeSecretKey ? "real Stripe (STRIPE_SECRET_KEY)" : `http://127.0.0.1:${config.ports.stripe}  (emulator; any sk_test_… key)`,
    ],
    ["Demo merchant", "Acme Cloud (org_demoAcmeCloud)"],
    ["Secret key", `${demoKeys.secret}  (test mode; server side only)`],
    ["Publishable key", `${demoKeys.publishable}  (test mode; safe in browsers)`],
    ...authRows(config, authUrl),
    ["State", `${config.home}  (npm start -- --reset wipes it)`],
  ];
  const width = Math.max(...rows.map(([label]) => label.length));
  const lines = rows.map(([label, value]) => `  ${label.padEnd(width)}  ${value}`);
  console.log(["", "  BillingOS is running. Ctrl-C stops everything.", "", ...lines, ""].join("\n"));
}

/** The embedded cluster's local-only URL in full; another database's password is never printed. */
function postgresRow(config: StackConfig, databaseUrl: string): string {
  if (!config.databaseUrl) return `${databaseUrl}  (embedded)`;
  const database = new URL(databaseUrl);
  database.password = "";
  return `${database.toString()}  (DATABASE_URL; password not shown)`;
}

function authRows(config: StackConfig, authUrl: string): Array<[string, string]> {
  if (config.supabase) return [["Auth", `${config.supabase.url}  (SUPABASE_URL)`]];
  return [
    ["Auth", `${authUrl}  (Supabase Auth emulator)`],
    ["Mailbox", `${authUrl}/mailbox`],
    ["Demo login", `${DEMO_OWNER_EMAIL} (magic link or code via the mailbox)`],
  ];
}
