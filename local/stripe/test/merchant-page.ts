import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * A merchant page on its own origin, under a strict CSP (no inline script), that loads the emulator's
 * Stripe.js and mounts the Payment Element, as BillingOS's checkout does.
 */
const APP_JS = `
const config = await (await fetch("/config.json")).json();
const stripe = Stripe(config.publishableKey, config.stripeAccount ? { stripeAccount: config.stripeAccount } : undefined);
const elements = stripe.elements({ clientSecret: config.clientSecret, appearance: { variables: { colorPrimary: "#0a7" } } });
const payment = elements.create("payment");
payment.on("ready", () => document.body.setAttribute("data-ready", "true"));
payment.mount("#payment");
document.getElementById("pay").addEventListener("click", async () => {
  const submitted = await elements.submit();
  if (submitted.error) { document.getElementById("result").textContent = "error:" + submitted.error.code; return; }
  const confirm = config.clientSecret.startsWith("seti_") ? stripe.confirmSetup.bind(stripe) : stripe.confirmPayment.bind(stripe);
  const result = await confirm({ elements, redirect: "if_required" });
  const intent = result.paymentIntent || result.setupIntent;
  document.getElementById("result").textContent = result.error ? "error:" + (result.error.decline_code || result.error.code) : intent.status;
});
document.getElementById("detached").addEventListener("click", () => {
  try { (elements.getElement("card") || elements.create("card")).mount(document.createElement("div")); document.getElementById("result").textContent = "mounted"; }
  catch (error) { document.getElementById("result").textContent = error.name + ":" + error.message; }
});
document.getElementById("shadow").addEventListener("click", () => {
  const host = document.createElement("div");
  document.body.appendChild(host);
  const root = host.attachShadow({ mode: "open" });
  const slot = document.createElement("div");
  root.appendChild(slot);
  try { (elements.getElement("card") || elements.create("card")).mount(slot); document.getElementById("result").textContent = "mounted"; }
  catch (error) { document.getElementById("result").textContent = error.name + ":" + error.message; }
});
`;

export async function startMerchantPage(emulatorUrl: string) {
  let config: Record<string, string> = {};
  const server: Server = createServer((request, response) => {
    const csp = `default-src 'self'; script-src 'self' ${emulatorUrl}; frame-src ${emulatorUrl}; connect-src 'self' ${emulatorUrl}; style-src 'self'`;
    if (request.url === "/config.json") {
      response.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(config));
    } else if (request.url === "/app.js") {
      response.writeHead(200, { "content-type": "text/javascript" }).end(APP_JS);
    } else {
      response.writeHead(200, { "content-type": "text/html", "content-security-policy": csp });
      response.end(`<!doctype html><html><head><script src="${emulatorUrl}/v3/stripe.js"></script><script type="module" src="/app.js"></script></head>
<body><div id="payment"></div><button id="pay">Pay</button><button id="shadow">Shadow</button><button id="detached">Detached</button><output id="result"></output></body></html>`);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    configure(next: Record<string, string>) {
      config = next;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
