import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { verifyWebhook } from "../sdk/server/webhooks";
import { apiCaller, demoKeys } from "./seed";

/** Customers created at once: the API side is not what this measures, so a few in flight suffice. */
const IN_FLIGHT = 8;

/**
 * Outbound webhook throughput through the stack's queue (`wrangler dev` runs it locally): a receiver
 * on a free local port that verifies every delivery with `verifyWebhook`, one endpoint for
 * `customer.created` pointing at it, then `count` customers created through the API. Waits until
 * every one of their events has arrived (or `waitSeconds` pass) and prints the delivered events per
 * second from the first create to the last delivery (and the drain after the last create), the unique `webhook-id`s received against the
 * events created (`lost` must be 0), duplicates and refused signatures. The endpoint is deleted after.
 */
export async function benchWebhooks(api: string, count: number, waitSeconds = 120) {
  const keys = await demoKeys();
  const call = apiCaller(api, keys.secret);
  const received = new Map<string, string>(); // webhook-id → customer id
  let duplicates = 0;
  let refused = 0;
  let lastDelivery = 0;
  let secret = "";
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", async () => {
      try {
        const event = await verifyWebhook(Buffer.concat(chunks).toString("utf8"), request.headers as Record<string, string>, { secret });
        const id = String(request.headers["webhook-id"]);
        if (received.has(id)) duplicates++;
        received.set(id, String(event.data.object.id));
        lastDelivery = performance.now();
        response.writeHead(204).end();
      } catch {
        refused++;
        response.writeHead(400).end();
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  await call("/v1/webhook_settings", { allow_local_test_urls: true });
  const endpoint = await call<{ id: string; secret: string }>("/v1/webhook_endpoints", {
    url: `http://127.0.0.1:${port}/webhooks`,
    event_types: ["customer.created"],
    description: "bench",
  });
  secret = endpoint.secret;

  const created = new Set<string>();
  const started = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: IN_FLIGHT }, async () => {
      while (next < count) {
        next++;
        created.add((await call<{ id: string }>("/v1/customers", {})).id);
      }
    }),
  );
  const createdAt = performance.now();
  const createdSeconds = (createdAt - started) / 1000;
  const ours = () => new Set([...received.values()].filter((id) => created.has(id))).size;
  const deadline = Date.now() + waitSeconds * 1000;
  while (ours() < created.size && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));

  const delivered = ours();
  await fetch(`${api}/v1/webhook_endpoints/${endpoint.id}`, { method: "DELETE", headers: { Authorization: `Bearer ${keys.secret}` } });
  server.close();
  const seconds = ((lastDelivery || performance.now()) - started) / 1000;
  return {
    bench: "webhook_delivery",
    events_created: created.size,
    unique_webhook_ids: received.size,
    delivered,
    lost: created.size - delivered,
    duplicates,
    refused,
    created_per_s: Math.round((created.size / createdSeconds) * 10) / 10,
    delivered_per_s: Math.round((delivered / seconds) * 10) / 10,
    // How long the queue took to catch up after the last create: near 0 means creation was the limit.
    drain_ms: Math.max(0, Math.round((lastDelivery || performance.now()) - createdAt)),
  };
}
