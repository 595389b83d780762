// `npm start -w …` is not needed: `npx tsx examples/html/main.ts` runs Acme Notes against a running
// BillingOS (npm start prints the keys; `npm start` itself also serves this example on port 3000).
import { startAcmeNotes } from "./server";

const required = (name: string): string => {
  const value = process.env[name];
  if (!value) throw new Error(`set ${name} (see examples/html/README.md)`);
  return value;
};

const app = await startAcmeNotes({
  apiBase: required("BILLINGOS_API"),
  secretKey: required("BILLINGOS_SECRET_KEY"),
  publishableKey: required("BILLINGOS_PUBLISHABLE_KEY"),
  stripeEmulator: process.env.BILLINGOS_STRIPE_EMULATOR || undefined,
  port: Number(process.env.PORT ?? 3000),
  // The React, Vue and Svelte examples' builds (e.g. examples/react/dist) are served the same way.
  publicDir: process.env.BILLINGOS_EXAMPLE_PAGE || undefined,
});
console.log(`Acme Notes: ${app.url}`);
