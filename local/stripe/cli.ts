// `npm run emulator:stripe -- --port N [--data DIR]`: the Stripe emulator on its own, until Ctrl-C.
import { join } from "node:path";
import { paths } from "../paths";
import { startStripeEmulator } from "./server";

function option(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index === -1 ? undefined : process.argv[index + 1];
}

const port = Number(option("port") ?? process.env.BILLINGOS_STRIPE_PORT ?? 12111);
if (!Number.isInteger(port) || port < 0 || port > 65_535) {
  console.error(`emulator:stripe: --port must be a TCP port, got "${option("port")}"`);
  process.exit(1);
}
const dataDir = option("data") ?? join(paths.home, "stripe");
const emulator = await startStripeEmulator({ port, dataDir, host: option("host") });
console.log(`Stripe emulator on ${emulator.url} (state in ${dataDir}); use any sk_test_… key. Ctrl-C stops it.`);
for (const signal of ["SIGINT", "SIGTERM"] as const)
  process.once(signal, () => {
    void emulator.stop().then(() => process.exit(0));
  });
