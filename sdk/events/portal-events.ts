/** What `billing-portal-action` carries: the action and the API's answer to it (a subscription, card or invoice). */
export interface PortalActionDetail {
  action:
    | "change"
    | "cancel"
    | "undo_cancel"
    | "pause"
    | "resume"
    | "payment_method_add"
    | "payment_method_default"
    | "payment_method_remove"
    | "invoice_pay";
  result: unknown;
}

/** What `billing-portal-error` carries: the action, the API's error code (or `network_error`) and the message shown. */
export interface PortalErrorDetail {
  action: PortalActionDetail["action"];
  code: string;
  message: string;
}

declare global {
  interface HTMLElementEventMap {
    "billing-portal-action": CustomEvent<PortalActionDetail>;
    "billing-portal-error": CustomEvent<PortalErrorDetail>;
  }
}
