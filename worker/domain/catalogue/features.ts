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
  /** A smallint[]: our client reads it as its literal ("{80,100}"), see thresholdsOf. */
  alert_thresholds: string | number[];
  created: Date;
  updated: Date;
}

export type NewFeature = Pick<FeatureRow, "key" | "name" | "type"> &
  Partial<Pick<FeatureRow, "unit_label" | "aggregation" | "reset">> & { alert_thresholds?: number[] };
export type FeaturePatch = Partial<Pick<FeatureRow, "name" | "unit_label">> & { alert_thresholds?: number[] };

/** The alert thresholds of a row, whether the client parsed the array or left its literal. */
export function thresholdsOf(value: FeatureRow["alert_thresholds"]): number[] {
  if (Array.isArray(value)) return value.map(Number);
  const inner = value.replace(/^\{|\}$/g, "");
  return inner ? inner.split(",").map(Number) : [];
}

/** Integers only (validated), so the array literal needs no quoting; sorted, as the e-mails go out in that order. */
const thresholdsLiteral = (values: number[]) => `{${[...values].sort((a, b) => a - b).join(",")}}`;

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
    ...(input.alert_thresholds ? { alert_thresholds: thresholdsLiteral(input.alert_thresholds) } : {}),
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
  if (patch.alert_thresholds !== undefined && current.type === "boolean") {
    throw new ApiError(
      400,
      "invalid_request_error",
      "parameter_invalid",
      "A boolean feature has no usage to alert on.",
      "alert_thresholds",
    );
  }
  const changes: Record<string, unknown> = { ...patch };
  if (patch.alert_thresholds !== undefined) changes.alert_thresholds = thresholdsLiteral(patch.alert_thresholds);
  const before = { ...current, alert_thresholds: thresholdsLiteral(thresholdsOf(current.alert_thresholds)) };
  const diff = changedFields(before as unknown as Record<string, unknown>, changes);
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
