// Runs the project's Stripe emulator (local/stripe) beside the element tests, so <billing-checkout>
// mounts the emulator's Stripe.js stand-in and confirms real intents in the browser. The emulator is
// reached through the test server (same origin), so a test can type a card into the stand-in's frame
// as a customer would. Tests ask for `/__stripe/intent?kind=payment_intent|setup_intent&amount=…`
// (made here with a secret key, which never reaches the page); `/__stripe/requests` lists what the
// page sent to Stripe (to count confirmations).
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../../", import.meta.url));
const SECRET = "sk_test_sdk_element_tests";

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });

export function stripeEmulator() {
  let child;
  let url;
  let dataDir;
  let account;
  const requests = [];

  const stripe = async (path, params, headers = {}) => {
    const response = await fetch(`${url}${path}`, {
      method: "POST",
      headers: { authorization: `Bearer ${SECRET}`, "content-type": "application/x-www-form-urlencoded", ...headers },
      body: new URLSearchParams(params),
    });
    const body = await response.json();
    if (!response.ok) throw new Error(`${path}: ${JSON.stringify(body)}`);
    return body;
  };

  const plugin = {
    name: "stripe-emulator",
    async serverStart() {
      const port = await freePort();
      dataDir = mkdtempSync(join(tmpdir(), "billingos-sdk-stripe-"));
      child = spawn(process.execPath, ["--import", "tsx", join(root, "local/stripe/cli.ts"), "--port", String(port), "--data", dataDir], {
        cwd: root,
        stdio: ["ignore", "pipe", "inherit"],
      });
      await new Promise((resolve, reject) => {
        child.stdout.on("data", (chunk) => String(chunk).includes("Stripe emulator on") && resolve());
        child.once("exit", (code) => reject(new Error(`the Stripe emulator exited (${code})`)));
      });
      url = `http://127.0.0.1:${port}`;
    },
    async serverStop() {
      if (child && child.exitCode === null) {
        const exited = new Promise((resolve) => child.once("exit", resolve));
        child.kill("SIGINT");
        await exited;
      }
      if (dataDir) rmSync(dataDir, { recursive: true, force: true, maxRetries: 5 });
    },
    async serve(context) {
      if (context.path === "/__stripe/requests") return { body: JSON.stringify(requests), type: "json" };
      if (context.path !== "/__stripe/intent") return undefined;
      account ??= (await stripe("/v1/accounts", { type: "express", country: "US" })).id;
      const kind = context.query.kind ?? "payment_intent";
      const onAccount = { "stripe-account": account };
      const intent =
        kind === "setup_intent"
          ? await stripe("/v1/setup_intents", { "payment_method_types[0]": "card" }, onAccount)
          : await stripe(
              "/v1/payment_intents",
              { amount: context.query.amount ?? "2900", currency: "usd", "payment_method_types[0]": "card" },
              onAccount,
            );
      return { body: JSON.stringify({ id: intent.id, client_secret: intent.client_secret, account }), type: "json" };
    },
  };

  /** Forwards Stripe.js's calls (and its frame's) to the emulator, as the same origin as the test page. */
  const proxy = async (ctx, next) => {
    if (!/^\/(v1|v3|_emulator)\//.test(ctx.path)) return next();
    const body = ["GET", "HEAD"].includes(ctx.method) ? undefined : await readBody(ctx.req);
    requests.push({ method: ctx.method, path: ctx.path });
    const headers = {};
    for (const name of ["authorization", "stripe-account", "content-type", "idempotency-key"])
      if (ctx.get(name)) headers[name] = ctx.get(name);
    const response = await fetch(`${url}${ctx.url}`, { method: ctx.method, headers, body, redirect: "manual" });
    ctx.status = response.status;
    for (const name of ["content-type", "location"]) if (response.headers.get(name)) ctx.set(name, response.headers.get(name));
    ctx.body = Buffer.from(await response.arrayBuffer());
  };

  return { plugin, proxy };
}

async function readBody(request) {
  const chunks = [];
  for await (const chunk of request) chunks.push(chunk);
  return Buffer.concat(chunks);
}
