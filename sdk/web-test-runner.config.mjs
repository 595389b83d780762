// SDK element tests in real Chromium (Debian's /usr/bin/chromium; CHROMIUM_PATH overrides).
import { esbuildPlugin } from "@web/dev-server-esbuild";
import { chromeLauncher } from "@web/test-runner-chrome";
import { stripeEmulator } from "./fixtures/stripe-emulator-plugin.mjs";

/** nanostores reads process.env.NODE_ENV (bundlers replace it; the rollup build does too). */
const nodeEnv = {
  name: "node-env",
  transform(context) {
    if (context.path.includes("/nanostores/")) return { body: context.body.replaceAll("process.env.NODE_ENV", '"development"') };
  },
};

// <billing-checkout> tests pay on the real Stripe emulator, reached through the test server.
const stripe = stripeEmulator();

export default {
  files: ["**/*.test.ts", "!node_modules/**", "!dist/**", "!scripts/**"],
  nodeResolve: true,
  middleware: [stripe.proxy],
  plugins: [nodeEnv, stripe.plugin, esbuildPlugin({ ts: true, target: "es2022", tsconfig: "./tsconfig.json" })],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
        args: [
          "--headless=new",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--no-first-run",
        ],
      },
    }),
  ],
  // axe on a full pricing table takes seconds on a busy machine.
  testFramework: { config: { timeout: 20000 } },
};
