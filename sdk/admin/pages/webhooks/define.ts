// The webhooks pages' elements, loaded on demand from pages/index.ts (and by ../../define.ts).
import { AdminWebhook } from "./admin-webhook";
import { AdminWebhooks } from "./admin-webhooks";
import { AdminWebhookEdit } from "./webhook-edit";

AdminWebhooks.define("billing-admin-webhooks");
AdminWebhook.define("billing-admin-webhook");
AdminWebhookEdit.define("billing-admin-webhook-edit");

declare global {
  interface HTMLElementTagNameMap {
    "billing-admin-webhooks": AdminWebhooks;
    "billing-admin-webhook": AdminWebhook;
    "billing-admin-webhook-edit": AdminWebhookEdit;
  }
}
