import { sendEmail } from "../email";
import type { DeliveryDeps } from "./deliver";
import type { DeliveryQueue } from "./dispatch";
import { disabledEndpointEmail } from "./outcome";

/** The Cloudflare Queue behind the sender (`WEBHOOK_QUEUE` in wrangler.jsonc). */
export function deliveryQueue(env: Env): DeliveryQueue {
  return {
    send: async (task, options) => {
      await env.WEBHOOK_QUEUE.send(task, options);
    },
    sendBatch: async (tasks) => {
      await env.WEBHOOK_QUEUE.sendBatch(tasks);
    },
  };
}

/** What delivery needs from the environment: the queue for retries, and the e-mail API for a disabled endpoint. */
export function deliveryDeps(env: Env): DeliveryDeps {
  return {
    queue: deliveryQueue(env),
    notify: async (trouble) => {
      for (const owner of trouble.owners) {
        await sendEmail({ url: env.EMAIL_API_URL, key: env.EMAIL_API_KEY }, disabledEndpointEmail(owner, trouble));
      }
    },
  };
}
