import type { Sql, TransactionSql } from "postgres";
import type Stripe from "stripe";
import { withTenant } from "../db/tenant";
import { ApiError, NotFoundError } from "../shared/errors";
import { randomId } from "../shared/ids";
import { toTimestamp } from "../shared/schemas";
import { changedFields, recordAudit } from "./audit";
import { findAccount } from "./connect";
import type { ActionContext } from "./context";
import { recordEvent } from "./events/record";
import { mergedMetadata, metadataKeyCount, tooManyMetadataKeys, withinMetadataLimit } from "./metadata";

export interface CustomerRow {
  id: string;
  livemode: boolean;
  external_id: string | null;
  email: string | null;
  name: string | null;
  metadata: Record<string, string>;
  stripe_customer_id: string | null;
  /** The test clock its Stripe mirror lives on (test mode only). */
  test_clock: string | null;
  created: Date;
  updated: Date;
}

export interface CustomerInput {
  email?: string | null;
  name?: string | null;
  external_id?: string | null;
  metadata?: Record<string, string>;
}

/** The customer as the API shows it (GET /v1/customers/{id}, and the payload of customer events). */
export const customerObject = (row: CustomerRow) => ({
  id: row.id,
  object: "customer" as const,
  livemode: row.livemode,
  external_id: row.external_id,
  email: row.email,
  name: row.name,
  metadata: row.metadata,
  stripe_customer_id: row.stripe_customer_id,
  test_clock: row.test_clock,
  created: toTimestamp(row.created) as number,
  updated: toTimestamp(row.updated) as number,
});

const COLUMNS = "id, livemode, external_id, email, name, metadata, stripe_customer_id, test_clock, created, updated";

export async function getCustomer(tx: TransactionSql, id: string): Promise<CustomerRow> {
  const [row] = await tx<CustomerRow[]>`select ${tx.unsafe(COLUMNS)} from customers where id = ${id} and deleted_at is null`;
  if (!row) throw new NotFoundError(`No such customer: '${id}'.`, "resource_missing", "id");
  return row;
}

const externalIdTaken = (error: unknown) =>
  (error as { code?: string }).code === "23505"
    ? new ApiError(
        409,
        "invalid_request_error",
        "external_id_taken",
        "Another customer already has this external_id; use POST /v1/customers/upsert.",
        "external_id",
      )
    : error;

/** `testClock` (test mode, checked by the caller) puts the customer's Stripe mirror on a test clock. */
export async function createCustomer(
  tx: TransactionSql,
  context: ActionContext,
  input: CustomerInput,
  testClock: string | null = null,
): Promise<CustomerRow> {
  const id = randomId("cus");
  try {
    const [row] = await tx<CustomerRow[]>`
      insert into customers (id, org_id, livemode, external_id, email, name, metadata, test_clock)
      values (${id}, ${context.tenant.orgId}, ${context.tenant.livemode}, ${input.external_id ?? null}, ${input.email ?? null},
              ${input.name ?? null}, ${mergedMetadata(tx, tx`'{}'::jsonb`, input.metadata ?? {})}, ${testClock})
      returning ${tx.unsafe(COLUMNS)}`;
    await recordAudit(tx, context, { action: "customer.created", target: { type: "customer", id }, after: { email: input.email ?? null } });
    await recordEvent(tx, "customer.created", customerObject(row as CustomerRow));
    return row as CustomerRow;
  } catch (error) {
    throw externalIdTaken(error);
  }
}

/**
 * Creates or updates the customer with this external_id in one statement, so concurrent upserts
 * of the same id converge on one row. A soft-deleted customer with the id comes back.
 */
export async function upsertCustomer(tx: TransactionSql, context: ActionContext, input: CustomerInput & { external_id: string }) {
  const merged = mergedMetadata(tx, tx`customers.metadata`, input.metadata ?? {});
  const [row] = await tx<(CustomerRow & { inserted: boolean })[]>`
    insert into customers (id, org_id, livemode, external_id, email, name, metadata)
    values (${randomId("cus")}, ${context.tenant.orgId}, ${context.tenant.livemode}, ${input.external_id}, ${input.email ?? null},
            ${input.name ?? null}, ${mergedMetadata(tx, tx`'{}'::jsonb`, input.metadata ?? {})})
    on conflict (org_id, livemode, external_id) do update set
      email = coalesce(${input.email ?? null}, customers.email),
      name = coalesce(${input.name ?? null}, customers.name),
      metadata = ${merged},
      deleted_at = null, updated = now()
    where ${withinMetadataLimit(tx, merged)}
    returning ${tx.unsafe(COLUMNS)}, (xmax = 0) as inserted`;
  if (!row)
    throw tooManyMetadataKeys(await metadataKeyCount(tx, merged, tx`customers where external_id = ${input.external_id}`), "customer");
  const { inserted, ...customer } = row as CustomerRow & { inserted: boolean };
  await recordAudit(tx, context, {
    action: inserted ? "customer.created" : "customer.updated",
    target: { type: "customer", id: customer.id },
  });
  await recordEvent(tx, inserted ? "customer.created" : "customer.updated", customerObject(customer));
  return { customer, created: inserted };
}

export async function updateCustomer(tx: TransactionSql, context: ActionContext, id: string, patch: CustomerInput): Promise<CustomerRow> {
  const current = await getCustomer(tx, id);
  const { metadata, ...fields } = patch;
  const diff = changedFields(current as unknown as Record<string, unknown>, fields as Record<string, unknown>);
  if (!diff.changed && metadata === undefined) return current;
  try {
    if (diff.changed) await tx`update customers set ${tx(diff.after as Record<string, never>)}, updated = now() where id = ${id}`;
    if (metadata !== undefined) {
      const merged = mergedMetadata(tx, tx`customers.metadata`, metadata);
      const written =
        await tx`update customers set metadata = ${merged}, updated = now() where id = ${id} and ${withinMetadataLimit(tx, merged)}`;
      if (written.count === 0) throw tooManyMetadataKeys(await metadataKeyCount(tx, merged, tx`customers where id = ${id}`), "customer");
    }
    const row = await getCustomer(tx, id);
    await recordAudit(tx, context, {
      action: "customer.updated",
      target: { type: "customer", id },
      before: diff.before,
      after: diff.after,
    });
    await recordEvent(tx, "customer.updated", customerObject(row));
    return row as CustomerRow;
  } catch (error) {
    throw externalIdTaken(error);
  }
}

/** Soft delete: the row (and the Stripe customer) stay for history; reads and lists no longer see it. */
export async function deleteCustomer(tx: TransactionSql, context: ActionContext, id: string): Promise<void> {
  const customer = await getCustomer(tx, id);
  const [deleted] = await tx<
    { updated: Date }[]
  >`update customers set deleted_at = now(), updated = now() where id = ${id} returning updated`;
  await recordAudit(tx, context, { action: "customer.deleted", target: { type: "customer", id } });
  await recordEvent(tx, "customer.deleted", {
    ...customerObject({ ...customer, updated: deleted?.updated ?? customer.updated }),
    deleted: true,
  });
}

/**
 * Mirrors the customer to the organisation's connected account, once (the Stripe call's
 * idempotency key is our id), on the customer's test clock if it has one. Without a connected
 * account nothing happens yet; checkout calls this again, so the mirror exists before any payment.
 */
export async function ensureStripeCustomer(sql: Sql, stripe: Stripe, context: ActionContext, customer: CustomerRow): Promise<CustomerRow> {
  if (customer.stripe_customer_id) return customer;
  const account = await withTenant(sql, context.tenant, findAccount);
  if (!account) return customer;
  const mirrored = await stripe.customers.create(
    {
      ...(customer.email ? { email: customer.email } : {}),
      ...(customer.name ? { name: customer.name } : {}),
      metadata: { billingos_customer: customer.id },
      ...(customer.test_clock ? { test_clock: customer.test_clock } : {}),
    },
    { stripeAccount: account.stripe_account_id, idempotencyKey: `billingos-customer-${customer.id}` },
  );
  return withTenant(sql, context.tenant, async (tx) => {
    const [row] = await tx<
      CustomerRow[]
    >`update customers set stripe_customer_id = ${mirrored.id}, updated = now() where id = ${customer.id} returning ${tx.unsafe(COLUMNS)}`;
    await recordEvent(tx, "customer.updated", customerObject(row as CustomerRow));
    return row as CustomerRow;
  });
}
