import type { TransactionSql } from "postgres";
import { InvalidRequestError, NotFoundError } from "../../shared/errors";
import { randomId } from "../../shared/ids";
import { recordAudit } from "../audit";
import type { FeatureRow } from "../catalogue/features";
import { type GrantValue, grantKind } from "../catalogue/grants";
import type { ActionContext } from "../context";
import { getCustomer } from "../customers";
import type { GrantKind } from "./combine";
import { recomputeEntitlements } from "./recompute";

export interface CustomerGrantRow {
  id: string;
  livemode: boolean;
  customer_id: string;
  feature_id: string;
  feature_key: string;
  effect: "add" | "override";
  kind: GrantKind;
  amount: string | null;
  expires_at: Date | null;
  reason: string | null;
  created: Date;
}

export interface CustomerGrantInput {
  feature: string;
  value: GrantValue;
  effect: "add" | "override";
  expires_at: Date | null;
  reason: string | null;
}

import { grantValue } from "./entitlement-objects";

export { grantValue };

/** Grants (or overrides) a feature for one customer and derives its entitlements again, in the caller's transaction. */
export async function createCustomerGrant(
  tx: TransactionSql,
  context: ActionContext,
  customerId: string,
  input: CustomerGrantInput,
  now = new Date(),
): Promise<CustomerGrantRow> {
  await getCustomer(tx, customerId);
  // Row-level security hides other organisations' and modes' features: they read as unknown.
  const [feature] = await tx<FeatureRow[]>`select * from features where key = ${input.feature}`;
  if (!feature) throw new InvalidRequestError("resource_missing", `No such feature: '${input.feature}'.`, "feature");
  if (input.expires_at && input.expires_at <= now)
    throw new InvalidRequestError("parameter_invalid", "expires_at must be in the future.", "expires_at");
  const { kind, amount } = grantKind(feature, { value: input.value });
  const id = randomId("cgrant");
  await tx`
    insert into customer_grants (id, org_id, livemode, customer_id, feature_id, effect, kind, amount, expires_at, reason)
    values (${id}, tenant.org_id(), tenant.livemode(), ${customerId}, ${feature.id}, ${input.effect}, ${kind}, ${amount},
      ${input.expires_at}, ${input.reason})`;
  await recomputeEntitlements(tx, customerId, now);
  await recordAudit(tx, context, {
    action: "customer_grant.created",
    target: { type: "customer", id: customerId },
    after: { grant: id, feature: feature.key, effect: input.effect, value: input.value, reason: input.reason },
  });
  return getCustomerGrant(tx, customerId, id);
}

async function getCustomerGrant(tx: TransactionSql, customerId: string, id: string): Promise<CustomerGrantRow> {
  const [row] = await tx<CustomerGrantRow[]>`
    select g.*, f.key as feature_key from customer_grants g join features f on f.id = g.feature_id
    where g.id = ${id} and g.customer_id = ${customerId}`;
  if (!row) throw new NotFoundError(`No such grant: '${id}'.`, "resource_missing", "grant");
  return row;
}

/** The customer's manual grants and overrides, expired ones included (they show when access ended), newest first. */
export async function listCustomerGrants(tx: TransactionSql, customerId: string): Promise<CustomerGrantRow[]> {
  await getCustomer(tx, customerId);
  return tx<CustomerGrantRow[]>`
    select g.*, f.key as feature_key from customer_grants g join features f on f.id = g.feature_id
    where g.org_id = tenant.org_id() and g.livemode = tenant.livemode() and g.customer_id = ${customerId}
    order by g.created desc, g.id desc limit 100`;
}

/** Removes a manual grant or override and derives the customer's entitlements again. */
export async function deleteCustomerGrant(
  tx: TransactionSql,
  context: ActionContext,
  customerId: string,
  grantId: string,
): Promise<CustomerGrantRow> {
  await getCustomer(tx, customerId);
  const grant = await getCustomerGrant(tx, customerId, grantId);
  await tx`delete from customer_grants where id = ${grantId}`;
  await recomputeEntitlements(tx, customerId);
  await recordAudit(tx, context, {
    action: "customer_grant.deleted",
    target: { type: "customer", id: customerId },
    before: { grant: grant.id, feature: grant.feature_key, effect: grant.effect, value: grantValue(grant), reason: grant.reason },
  });
  return grant;
}
