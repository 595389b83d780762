import { buildApp } from "./app/routes";
import { runScheduledJobs } from "./app/scheduled";
import { consumeWebhookBatch, dispatchAfter } from "./app/webhook-queue";
import type { DeliveryTask } from "./domain/webhooks/dispatch";

const app = buildApp();

export default {
  async fetch(request, env, ctx) {
    const response = await app.fetch(request, env, ctx);
    dispatchAfter(request, response, env, ctx);
    return response;
  },
  // Cron Triggers (wrangler.jsonc `triggers.crons`): the background jobs of worker/app/scheduled.ts.
  scheduled(_controller, env, ctx) {
    ctx.waitUntil(runScheduledJobs(env));
  },
  // Outbound webhooks (wrangler.jsonc `queues`): one attempt per message.
  async queue(batch, env) {
    await consumeWebhookBatch(batch as MessageBatch<DeliveryTask>, env);
  },
} satisfies ExportedHandler<Env, DeliveryTask>;
