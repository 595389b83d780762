// SDK element tests in real Chromium (Debian's /usr/bin/chromium; CHROMIUM_PATH overrides).
import { mkdir } from "node:fs/promises";
import { fileURLToPath } from "node:url";
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

/**
 * `executeServerCommand("save-screenshot", { name, clip })`: writes the page (or the clip, in CSS
 * pixels; `viewport: true` only what is in view) to test-results/sdk/<name>.png, so element tests keep screenshots as artifacts.
 */
const screenshots = {
  name: "save-screenshot",
  async executeCommand({ command, payload, session }) {
    if (command !== "save-screenshot") return undefined;
    if (!/^[\w-]+$/.test(payload.name)) throw new Error(`bad screenshot name ${payload.name}`);
    const directory = fileURLToPath(new URL("../test-results/sdk/", import.meta.url));
    await mkdir(directory, { recursive: true });
    const page = session.browser.getPage(session.id);
    await page.screenshot({
      path: `${directory}${payload.name}.png`,
      ...(payload.clip ? { clip: payload.clip, captureBeyondViewport: true } : { fullPage: !payload.viewport }),
    });
    return true;
  },
};

export default {
  files: ["**/*.test.ts", "!node_modules/**", "!dist/**", "!scripts/**"],
  nodeResolve: true,
  middleware: [stripe.proxy],
  plugins: [nodeEnv, stripe.plugin, screenshots, esbuildPlugin({ ts: true, target: "es2022", tsconfig: "./tsconfig.json" })],
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
