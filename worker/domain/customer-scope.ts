import { NotFoundError } from "../shared/errors";
import type { Principal } from "../shared/principal";

/**
 * The one rule for "a customer session only touches its own customer", used by every route a
 * session may call (proven over the route registry by `auth/customer-scope.test.ts`). Another
 * customer's objects are answered as missing, never as forbidden, so a session cannot probe ids.
 */

/** The customer a customer session is pinned to; `null` for merchants, who may act on any. */
export const pinnedCustomerOf = (principal: Principal): string | null =>
  principal.kind === "customer_session" ? principal.customerId : null;

/** Whether an object of `customerId` is in scope for a caller pinned to `pinned` (or to none). */
export const inCustomerScope = (pinned: string | null, customerId: string | null): boolean => pinned === null || pinned === customerId;

/** The requested customer, if the caller may act on it; otherwise 404 on `param`. */
export function scopedCustomer(pinned: string | null, requested: string, param = "id"): string {
  if (!inCustomerScope(pinned, requested)) throw new NotFoundError(`No such customer: '${requested}'.`, "resource_missing", param);
  return requested;
}
