// The api-keys pages' elements, loaded on demand from pages/index.ts (and by ../../define.ts).
import { AdminApiKeys } from "./admin-api-keys";

AdminApiKeys.define("billing-admin-api-keys");

declare global {
  interface HTMLElementTagNameMap {
    "billing-admin-api-keys": AdminApiKeys;
  }
}
