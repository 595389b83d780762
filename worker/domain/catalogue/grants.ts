import type { TransactionSql } from "postgres";
import { listPage, type PageQuery } from "../../db/paginate";
import { ApiError, InvalidRequestError, NotFoundError } from "../../shared/errors";
import { randomId } from "../../shared/ids";
import { recordAudit } from "../audit";
import type { ActionContext } from "../context";
import type { FeatureRow } from "./features";
import { getProduct } from "./products";
import { editableVersion } from "./versions";

/** `true` for a boolean feature, a quota or cap (integer), or unlimited. */
export type GrantValue = true | number | "unlimited";

export interface GrantRow {
  id: string;
  livemode: boolean;
  product_id: string;
  version: number;
  feature_id: string;
  kind: "enabled" | "quota" | "cap" | "unlimited";
  amount: string | null;
  created: Date;
}

export type Grant = GrantRow & { feature_key: string; value: GrantValue; overage: Record<string, number> | null };

export interface GrantInput {
  value: GrantValue;
  overage_unit_amounts?: Record<string, number> | null;
}

/** The stored kind for a value, or a 400 naming `value` / `overage_unit_amounts` when the feature's type does not allow it. */
export function grantKind(feature: Pick<FeatureRow, "type" | "key">, input: GrantInput): { kind: GrantRow["kind"]; amount: number | null } {
  const { value } = input;
  const invalid = (message: string, param = "value") => new InvalidRequestError("parameter_invalid", message, param);
  if (feature.type === "boolean" && value !== true) {
    throw invalid(`'${feature.key}' is a boolean feature: grant it with value: true (it has no quota or cap).`);
  }
  if (feature.type !== "boolean" && value === true) {
    throw invalid(`'${feature.key}' is a ${feature.type} feature: grant a number or "unlimited".`);
  }
  if (input.overage_unit_amounts && (feature.type !== "metered" || typeof value !== "number")) {
    throw invalid("Overage prices apply to metered features granted with a numeric quota.", "overage_unit_amounts");
  }
  if (value === true) return { kind: "enabled", amount: null };
  if (value === "unlimited") return { kind: "unlimited", amount: null };
  return { kind: feature.type === "metered" ? "quota" : "cap", amount: value };
}

async function featureForGrant(tx: TransactionSql, featureId: string, param: string) {
  // Row-level security hides other organisations' and modes' features, so they read as missing.
  const [feature] = await tx<FeatureRow[]>`select * from features where id = ${featureId}`;
  if (!feature) throw new InvalidRequestError("resource_missing", `No such feature: '${featureId}'.`, param);
  return feature;
}

/** Grants a feature on the product's editable version; 409 if that version grants it already. */
export async function createGrant(
  tx: TransactionSql,
  context: ActionContext,
  productId: string,
  input: GrantInput & { feature: string },
): Promise<Grant> {
  await getProduct(tx, productId);
  const feature = await featureForGrant(tx, input.feature, "feature");
  const { kind, amount } = grantKind(feature, input);
  const version = await editableVersion(tx, context, productId);
  const [existing] =
    await tx`select 1 from plan_grants where product_id = ${productId} and version = ${version} and feature_id = ${feature.id}`;
  if (existing) {
    throw new ApiError(
      409,
      "invalid_request_error",
      "feature_already_granted",
      "This product already grants this feature; update it.",
      "feature",
    );
  }
  const id = randomId("grant");
  const { orgId, livemode } = context.tenant;
  await tx`insert into plan_grants (id, org_id, livemode, product_id, version, feature_id, kind, amount)
    values (${id}, ${orgId}, ${livemode}, ${productId}, ${version}, ${feature.id}, ${kind}, ${amount})`;
  await writeOverage(tx, context, id, input.overage_unit_amounts ?? null);
  await touchProduct(tx, productId);
  await recordAudit(tx, context, {
    action: "plan_grant.created",
    target: { type: "product", id: productId },
    after: { feature: feature.key, kind, amount },
  });
  return getGrant(tx, productId, feature.id);
}

/** Replaces the value (and overage) of a feature the product grants. */
export async function updateGrant(tx: TransactionSql, context: ActionContext, productId: string, featureId: string, input: GrantInput) {
  const before = await getGrant(tx, productId, featureId);
  const feature = await featureForGrant(tx, featureId, "feature");
  const { kind, amount } = grantKind(feature, input);
  const version = await editableVersion(tx, context, productId);
  // The grant exists in the editable version: it was read from the current one, which is either
  // that version or the one a fork just copied from.
  const [grant] = await tx<{ id: string }[]>`update plan_grants set kind = ${kind}, amount = ${amount}, updated = now()
    where product_id = ${productId} and version = ${version} and feature_id = ${featureId} returning id`;
  const grantId = (grant as { id: string }).id;
  await tx`delete from grant_overage_amounts where grant_id = ${grantId}`;
  await writeOverage(tx, context, grantId, input.overage_unit_amounts ?? null);
  await touchProduct(tx, productId);
  await recordAudit(tx, context, {
    action: "plan_grant.updated",
    target: { type: "product", id: productId },
    before: { feature: feature.key, value: before.value, overage: before.overage },
    after: { feature: feature.key, value: input.value, overage: input.overage_unit_amounts ?? null },
  });
  return getGrant(tx, productId, featureId);
}

export async function deleteGrant(tx: TransactionSql, context: ActionContext, productId: string, featureId: string): Promise<void> {
  const grant = await getGrant(tx, productId, featureId);
  const version = await editableVersion(tx, context, productId);
  await tx`delete from plan_grants where product_id = ${productId} and version = ${version} and feature_id = ${featureId}`;
  await touchProduct(tx, productId);
  await recordAudit(tx, context, {
    action: "plan_grant.deleted",
    target: { type: "product", id: productId },
    before: { feature: grant.feature_key },
  });
}

async function writeOverage(tx: TransactionSql, context: ActionContext, grantId: string, overage: Record<string, number> | null) {
  for (const [currency, unitAmount] of Object.entries(overage ?? {})) {
    await tx`insert into grant_overage_amounts (org_id, livemode, grant_id, currency, unit_amount)
      values (${context.tenant.orgId}, ${context.tenant.livemode}, ${grantId}, ${currency}, ${unitAmount})`;
  }
}

/** Grants are part of what the pricing table shows, so a change is a change of the product. */
async function touchProduct(tx: TransactionSql, productId: string) {
  await tx`update products set updated = now() where id = ${productId}`;
}

/** The current version's grant of a feature, or 404. */
export async function getGrant(tx: TransactionSql, productId: string, featureId: string): Promise<Grant> {
  const product = await getProduct(tx, productId);
  const rows = await tx<GrantRow[]>`select * from plan_grants
    where product_id = ${productId} and version = ${product.current_version} and feature_id = ${featureId}`;
  const [grant] = await withDetails(tx, rows);
  if (!grant) throw new NotFoundError(`This product does not grant '${featureId}'.`, "resource_missing", "feature");
  return grant;
}

export async function listGrants(tx: TransactionSql, productId: string, query: PageQuery) {
  const product = await getProduct(tx, productId);
  const page = await listPage(tx, {
    table: "plan_grants",
    where: tx`product_id = ${productId} and version = ${product.current_version}`,
    query,
    url: `/v1/products/${productId}/grants`,
    map: (row: GrantRow) => row,
  });
  return { ...page, data: await withDetails(tx, page.data) };
}

/** Adds the feature key, the API value and overage amounts to grant rows, in two queries. */
export async function withDetails(tx: TransactionSql, rows: GrantRow[]): Promise<Grant[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((row) => row.id);
  const features = await tx<
    { id: string; key: string }[]
  >`select id, key from features where id in ${tx(rows.map((row) => row.feature_id))}`;
  const overage = await tx<{ grant_id: string; currency: string; unit_amount: string }[]>`
    select grant_id, currency, unit_amount from grant_overage_amounts where grant_id in ${tx(ids)} order by currency`;
  return rows.map((row) => {
    const amounts = overage.filter((o) => o.grant_id === row.id).map((o) => [o.currency, Number(o.unit_amount)] as const);
    return {
      ...row,
      feature_key: features.find((feature) => feature.id === row.feature_id)?.key ?? "",
      value: grantValue(row),
      overage: amounts.length ? Object.fromEntries(amounts) : null,
    };
  });
}

export function grantValue(row: Pick<GrantRow, "kind" | "amount">): GrantValue {
  if (row.kind === "enabled") return true;
  if (row.kind === "unlimited") return "unlimited";
  return Number(row.amount);
}
