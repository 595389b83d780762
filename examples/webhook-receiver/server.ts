/**
 * A merchant's webhook receiver: verifies each BillingOS delivery with `verifyWebhook` and logs it.
 * Run: `BILLINGOS_WEBHOOK_SECRET=whsec_… node --import tsx examples/webhook-receiver/server.ts`
 * (port 4242, or PORT), then register http://127.0.0.1:4242/webhooks as a test-mode endpoint after
 * allowing local URLs (POST /v1/webhook_settings {"allow_local_test_urls": true}).
 */
import { createServer } from "node:http";
import { verifyWebhook, WebhookVerificationError } from "../../sdk/server/webhooks";

const secret = process.env.BILLINGOS_WEBHOOK_SECRET;
if (!secret) throw new Error("Set BILLINGOS_WEBHOOK_SECRET to the endpoint's whsec_… secret.");
// Deliveries may repeat (retries, replays) and arrive out of order: drop a webhook-id seen before,
// and compare `data.object.updated` before applying an older version over a newer one.
const seen = new Set<string>();

createServer((request, response) => {
  const chunks: Buffer[] = [];
  request.on("data", (chunk: Buffer) => chunks.push(chunk));
  request.on("end", async () => {
    const body = Buffer.concat(chunks).toString("utf8");
    try {
      const event = await verifyWebhook(body, request.headers as Record<string, string>, { secret });
      const id = String(request.headers["webhook-id"]);
      console.log(JSON.stringify({ webhook_id: id, duplicate: seen.has(id), type: event.type, object: event.data.object.id }));
      seen.add(id);
      response.writeHead(204).end();
    } catch (error) {
      const refused = error instanceof WebhookVerificationError;
      console.warn(refused ? `refused: ${error.message}` : error);
      response.writeHead(refused ? 400 : 500).end();
    }
  });
}).listen(Number(process.env.PORT ?? 4242), "127.0.0.1");
