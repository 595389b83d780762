// `npm run emulator:auth`: the Auth emulator alone, on BILLINGOS_AUTH_PORT (9999) with state in
// <BILLINGOS_HOME>/auth, seeded with the demo owner. `npm start` runs the same thing in the stack.
import { join } from "node:path";
import { paths } from "../paths";
import { DEMO_OWNER_EMAIL, DEMO_OWNER_ID } from "./demo";
import { startAuthEmulator } from "./server";

const port = Number(process.env.BILLINGOS_AUTH_PORT || 9999);
if (!Number.isInteger(port) || port < 0 || port > 65_535) {
  console.error(`BILLINGOS_AUTH_PORT must be a TCP port, got "${process.env.BILLINGOS_AUTH_PORT}"`);
  process.exit(1);
}

const auth = await startAuthEmulator({
  port,
  dataDir: join(paths.home, "auth"),
  users: [{ id: DEMO_OWNER_ID, email: DEMO_OWNER_EMAIL }],
});
console.log(
  [
    `Supabase Auth emulator  ${auth.url}  (GoTrue API under /auth/v1)`,
    `Mailbox                 ${auth.url}/mailbox`,
    `JWKS                    ${auth.jwksUrl}`,
    `SUPABASE_URL=${auth.url}`,
    `SUPABASE_ANON_KEY=${auth.anonKey}`,
    `SUPABASE_SERVICE_ROLE_KEY=${auth.serviceRoleKey}`,
  ].join("\n"),
);
const stop = () => void auth.stop().finally(() => process.exit(0));
process.once("SIGINT", stop);
process.once("SIGTERM", stop);
