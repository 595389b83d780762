import type { TransactionSql } from "postgres";
import { listPage, type PageQuery } from "../../db/paginate";
import { textArray } from "../../db/text-array";
import { ApiError, NotFoundError } from "../../shared/errors";
import { randomId } from "../../shared/ids";
import { changedFields, recordAudit } from "../audit";
import type { ActionContext } from "../context";

export interface ProductRow {
  id: string;
  livemode: boolean;
  name: string;
  description: string | null;
  active: boolean;
  marketing_features: string[];
  image_url: string | null;
  visible: boolean;
  display_order: number;
  highlighted: boolean;
  lookup_key: string | null;
  current_version: number;
  stripe_id: string | null;
  sync_status: "pending" | "synced" | "failed";
  sync_error: string | null;
  created: Date;
  updated: Date;
}

/** What a merchant sets on a product; everything else is managed by BillingOS. */
export type ProductDetails = Partial<
  Pick<
    ProductRow,
    "name" | "description" | "active" | "marketing_features" | "image_url" | "visible" | "display_order" | "highlighted" | "lookup_key"
  >
>;

export async function createProduct(
  tx: TransactionSql,
  context: ActionContext,
  input: ProductDetails & { name: string },
): Promise<ProductRow> {
  const id = randomId("prod");
  const { orgId, livemode } = context.tenant;
  const [row] = await tx<ProductRow[]>`
    insert into products ${tx(columns(tx, { ...input, id, org_id: orgId, livemode }))} returning *`.catch(lookupKeyError);
  await tx`insert into product_versions (org_id, livemode, product_id, version) values (${orgId}, ${livemode}, ${id}, 1)`;
  await recordAudit(tx, context, { action: "product.created", target: { type: "product", id }, after: { name: input.name } });
  return row as ProductRow;
}

export async function getProduct(tx: TransactionSql, id: string, param = "id"): Promise<ProductRow> {
  const [row] = await tx<ProductRow[]>`select * from products where id = ${id}`;
  if (!row) throw new NotFoundError(`No such product: '${id}'.`, "resource_missing", param);
  return row;
}

export function listProducts(tx: TransactionSql, query: PageQuery & { active?: boolean }) {
  const where = query.active === undefined ? undefined : tx`active = ${query.active}`;
  return listPage(tx, { table: "products", where, query, url: "/v1/products", map: (row: ProductRow) => row });
}

/** Any change a Stripe product carries marks the row for the next sync. */
export async function updateProduct(tx: TransactionSql, context: ActionContext, id: string, patch: ProductDetails): Promise<ProductRow> {
  const current = await getProduct(tx, id);
  const diff = changedFields(current as unknown as Record<string, unknown>, patch as Record<string, unknown>);
  if (!diff.changed) return current;
  const [row] = await tx<ProductRow[]>`update products set ${tx(columns(tx, diff.after))}, sync_status = 'pending', updated = now()
    where id = ${id} returning *`.catch(lookupKeyError);
  await recordAudit(tx, context, { action: "product.updated", target: { type: "product", id }, ...diff });
  return row as ProductRow;
}

/** As in Stripe, only a product without prices can be deleted; archive the others (active: false). */
export async function deleteProduct(tx: TransactionSql, context: ActionContext, id: string): Promise<ProductRow> {
  const product = await getProduct(tx, id);
  const [priced] = await tx`select 1 from prices where product_id = ${id} limit 1`;
  if (priced) {
    throw new ApiError(409, "invalid_request_error", "product_has_prices", "This product has prices; archive it with active: false.", "id");
  }
  await tx`delete from products where id = ${id}`;
  await recordAudit(tx, context, { action: "product.deleted", target: { type: "product", id } });
  return product;
}

function columns(tx: TransactionSql, values: Record<string, unknown>): Record<string, never> {
  const out: Record<string, unknown> = { ...values };
  if (Array.isArray(out.marketing_features)) out.marketing_features = tx.typed(out.marketing_features as never, textArray.to);
  return out as Record<string, never>;
}

export function lookupKeyError(error: unknown): never {
  const { code, constraint_name } = error as { code?: string; constraint_name?: string };
  if (code === "23505" && (constraint_name === "products_lookup_key" || constraint_name === "prices_lookup_key")) {
    throw new ApiError(409, "invalid_request_error", "lookup_key_taken", "Another object in this mode has this lookup_key.", "lookup_key");
  }
  throw error;
}
