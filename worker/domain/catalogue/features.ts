import type { TransactionSql } from "postgres";
import { listPage, type PageQuery } from "../../db/paginate";
import { ApiError, NotFoundError } from "../../shared/errors";
import { randomId } from "../../shared/ids";
import { changedFields, recordAudit } from "../audit";
import type { ActionContext } from "../context";

export type FeatureType = "boolean" | "metered" | "limit";

export interface FeatureRow {
  id: string;
  livemode: boolean;
  key: string;
  name: string;
  type: FeatureType;
  unit_label: string | null;
  aggregation: "sum" | "count" | "max" | "unique" | "last" | null;
  reset: "billing_period" | "never" | null;
  created: Date;
  updated: Date;
}

export type NewFeature = Pick<FeatureRow, "key" | "name" | "type"> & Partial<Pick<FeatureRow, "unit_label" | "aggregation" | "reset">>;
export type FeaturePatch = Partial<Pick<FeatureRow, "name" | "unit_label">>;

export async function createFeature(tx: TransactionSql, context: ActionContext, input: NewFeature): Promise<FeatureRow> {
  const metered = input.type === "metered";
  const values = {
    id: randomId("feat"),
    org_id: context.tenant.orgId,
    livemode: context.tenant.livemode,
    key: input.key,
    name: input.name,
    type: input.type,
    unit_label: metered ? (input.unit_label ?? null) : null,
    aggregation: metered ? (input.aggregation ?? "sum") : null,
    reset: metered ? (input.reset ?? "billing_period") : null,
  };
  const [row] = await tx<FeatureRow[]>`insert into features ${tx(values)} returning *`.catch(duplicateKeyError);
  await recordAudit(tx, context, { action: "feature.created", target: { type: "feature", id: values.id }, after: { key: input.key } });
  return row as FeatureRow;
}

/** A duplicate key in the same organisation and mode is a conflict the caller can act on. */
export function duplicateKeyError(error: unknown): never {
  const { code, constraint_name } = error as { code?: string; constraint_name?: string };
  if (code === "23505" && constraint_name === "features_org_id_livemode_key_key") {
    throw new ApiError(409, "invalid_request_error", "feature_key_taken", "A feature with this key already exists in this mode.", "key");
  }
  throw error;
}

export async function getFeature(tx: TransactionSql, id: string, param = "id"): Promise<FeatureRow> {
  const [row] = await tx<FeatureRow[]>`select * from features where id = ${id}`;
  if (!row) throw new NotFoundError(`No such feature: '${id}'.`, "resource_missing", param);
  return row;
}

export function listFeatures(tx: TransactionSql, query: PageQuery) {
  return listPage(tx, { table: "features", query, url: "/v1/features", map: (row: FeatureRow) => row });
}

/** Key and type never change: code checks the key, and grants were validated against the type. */
export async function updateFeature(tx: TransactionSql, context: ActionContext, id: string, patch: FeaturePatch): Promise<FeatureRow> {
  const current = await getFeature(tx, id);
  if (patch.unit_label !== undefined && current.type !== "metered") {
    throw new ApiError(400, "invalid_request_error", "parameter_invalid", "Only metered features have a unit label.", "unit_label");
  }
  const diff = changedFields(current as unknown as Record<string, unknown>, patch as Record<string, unknown>);
  if (!diff.changed) return current;
  const [row] = await tx<FeatureRow[]>`update features set ${tx(diff.after as Record<string, never>)}, updated = now()
    where id = ${id} returning *`;
  await recordAudit(tx, context, { action: "feature.updated", target: { type: "feature", id }, ...diff });
  return row as FeatureRow;
}

/** Deleting a feature some plan grants would silently change plans; remove the grants first. */
export async function deleteFeature(tx: TransactionSql, context: ActionContext, id: string): Promise<void> {
  await getFeature(tx, id);
  const [granted] = await tx`select 1 from plan_grants where feature_id = ${id} limit 1`;
  if (granted) {
    throw new ApiError(409, "invalid_request_error", "feature_in_use", "A product grants this feature; remove the grant first.", "id");
  }
  await tx`delete from features where id = ${id}`;
  await recordAudit(tx, context, { action: "feature.deleted", target: { type: "feature", id } });
}
