import { connect } from "../db/client";
import { deliverMessage } from "../domain/webhooks/deliver";
import { type DeliveryTask, dispatchEvents } from "../domain/webhooks/dispatch";
import { deliveryDeps, deliveryQueue } from "../domain/webhooks/runtime";
import { createLogger } from "../shared/logger";

/** Requests that may have recorded events: a successful write. */
const mayHaveEvents = (request: Request, response: Response) =>
  !["GET", "HEAD", "OPTIONS"].includes(request.method) && response.status < 400;

/**
 * Dispatches the events a write committed, after its response is sent (`waitUntil`), so webhooks
 * leave within moments. Failure loses nothing: the cron sweep dispatches what is left.
 */
export function dispatchAfter(request: Request, response: Response, env: Env, ctx: ExecutionContext) {
  if (!mayHaveEvents(request, response)) return;
  ctx.waitUntil(
    (async () => {
      const sql = connect(env.HYPERDRIVE.connectionString);
      try {
        await dispatchEvents(sql, deliveryQueue(env));
      } catch (error) {
        createLogger({ source: "webhooks" }, env.LOG_LEVEL).warn("event dispatch deferred to the cron", { error: String(error) });
      } finally {
        await sql.end({ timeout: 5 });
      }
    })(),
  );
}

/**
 * The queue consumer: each message is one attempt of one webhook message. Retries are new delayed
 * queue messages (deliver.ts), so a message is acknowledged once its attempt is recorded; only an
 * error before that (database down) hands it back to the queue.
 */
export async function consumeWebhookBatch(batch: MessageBatch<DeliveryTask>, env: Env): Promise<void> {
  const sql = connect(env.HYPERDRIVE.connectionString);
  const logger = createLogger({ source: "webhooks" }, env.LOG_LEVEL);
  const deps = deliveryDeps(env);
  try {
    await Promise.all(
      batch.messages.map(async (message) => {
        try {
          const outcome = await deliverMessage(sql, deps, message.body);
          logger.info("webhook attempt", { message: message.body.message, outcome });
          message.ack();
        } catch (error) {
          logger.error("webhook attempt not recorded", { message: message.body.message, error: String(error) });
          message.retry({ delaySeconds: 30 });
        }
      }),
    );
  } finally {
    await sql.end({ timeout: 5 });
  }
}
