import type { TransactionSql } from "postgres";
import { listPage, type PageQuery } from "../../db/paginate";
import { InvalidRequestError, NotFoundError } from "../../shared/errors";
import { randomId } from "../../shared/ids";
import { changedFields, recordAudit } from "../audit";
import type { ActionContext } from "../context";
import { lookupKeyError } from "./products";
import { editableVersion } from "./versions";

export type Interval = "day" | "week" | "month" | "year";

export interface PriceRow {
  id: string;
  livemode: boolean;
  product_id: string;
  version: number;
  active: boolean;
  nickname: string | null;
  lookup_key: string | null;
  type: "recurring" | "one_time";
  recurring_interval: Interval | null;
  recurring_interval_count: number | null;
  currency: string;
  trial_days: number | null;
  trial_requires_payment_method: boolean;
  stripe_id: string | null;
  sync_status: "pending" | "synced" | "failed";
  sync_error: string | null;
  created: Date;
  updated: Date;
}

/** A price with its amount in every currency it is sold in (minor units). */
export type Price = PriceRow & { amounts: Record<string, number> };

export interface NewPrice {
  product: string;
  currency: string;
  unit_amount: number;
  currency_options?: Record<string, { unit_amount: number }>;
  recurring?: { interval: Interval; interval_count: number };
  nickname?: string | null;
  lookup_key?: string | null;
  transfer_lookup_key?: boolean;
  trial_period_days?: number | null;
  trial_requires_payment_method?: boolean;
  active?: boolean;
}

export type PricePatch = Partial<Pick<PriceRow, "active" | "nickname" | "lookup_key" | "trial_requires_payment_method">> & {
  trial_period_days?: number | null;
};

/** Creates a price on the product's editable version (a new version when the product has subscribers). */
export async function createPrice(tx: TransactionSql, context: ActionContext, input: NewPrice): Promise<Price> {
  const [product] = await tx`select id from products where id = ${input.product}`;
  if (!product) throw new InvalidRequestError("resource_missing", `No such product: '${input.product}'.`, "product");
  if (input.trial_period_days && !input.recurring) {
    throw new InvalidRequestError("parameter_invalid", "Only recurring prices can have a trial.", "trial_period_days");
  }
  const version = await editableVersion(tx, context, input.product);
  const id = randomId("price");
  const { orgId, livemode } = context.tenant;
  if (input.transfer_lookup_key && input.lookup_key) await releaseLookupKey(tx, context, input.lookup_key);
  await tx`insert into prices ${tx({
    id,
    org_id: orgId,
    livemode,
    product_id: input.product,
    version,
    active: input.active ?? true,
    nickname: input.nickname ?? null,
    lookup_key: input.lookup_key ?? null,
    type: input.recurring ? "recurring" : "one_time",
    recurring_interval: input.recurring?.interval ?? null,
    recurring_interval_count: input.recurring?.interval_count ?? null,
    currency: input.currency,
    trial_days: input.trial_period_days ?? null,
    trial_requires_payment_method: input.trial_requires_payment_method ?? true,
  })}`.catch(lookupKeyError);
  const amounts = { ...mapValues(input.currency_options ?? {}), [input.currency]: input.unit_amount };
  for (const [currency, unitAmount] of Object.entries(amounts)) {
    await tx`insert into price_amounts (org_id, livemode, price_id, currency, unit_amount)
      values (${orgId}, ${livemode}, ${id}, ${currency}, ${unitAmount})`;
  }
  await recordAudit(tx, context, { action: "price.created", target: { type: "price", id }, after: { product: input.product, amounts } });
  return getPrice(tx, id);
}

/** Stripe's transfer_lookup_key: takes the key off the price in this org and mode that holds it. */
async function releaseLookupKey(tx: TransactionSql, context: ActionContext, lookupKey: string): Promise<void> {
  const { orgId, livemode } = context.tenant;
  const released = await tx<{ id: string }[]>`update prices set lookup_key = null, updated = now()
    where org_id = ${orgId} and livemode = ${livemode} and lookup_key = ${lookupKey} returning id`;
  for (const { id } of released) {
    const change = { before: { lookup_key: lookupKey }, after: { lookup_key: null } };
    await recordAudit(tx, context, { action: "price.updated", target: { type: "price", id }, ...change });
  }
}

function mapValues(options: Record<string, { unit_amount: number }>): Record<string, number> {
  return Object.fromEntries(Object.entries(options).map(([currency, option]) => [currency, option.unit_amount]));
}

export async function getPrice(tx: TransactionSql, id: string, param = "id"): Promise<Price> {
  const [row] = await tx<PriceRow[]>`select * from prices where id = ${id}`;
  if (!row) throw new NotFoundError(`No such price: '${id}'.`, "resource_missing", param);
  const [price] = await withAmounts(tx, [row]);
  return price as Price;
}

/** Attaches amounts to prices in one query. */
export async function withAmounts(tx: TransactionSql, rows: PriceRow[]): Promise<Price[]> {
  if (rows.length === 0) return [];
  const amounts = await tx<{ price_id: string; currency: string; unit_amount: string }[]>`
    select price_id, currency, unit_amount from price_amounts where price_id in ${tx(rows.map((row) => row.id))} order by currency`;
  return rows.map((row) => ({
    ...row,
    amounts: Object.fromEntries(amounts.filter((a) => a.price_id === row.id).map((a) => [a.currency, Number(a.unit_amount)])),
  }));
}

export async function listPrices(tx: TransactionSql, query: PageQuery & { product?: string; active?: boolean }) {
  const byProduct = query.product === undefined ? tx`true` : tx`product_id = ${query.product}`;
  const byActive = query.active === undefined ? tx`true` : tx`active = ${query.active}`;
  const page = await listPage(tx, {
    table: "prices",
    where: tx`${byProduct} and ${byActive}`,
    query,
    url: "/v1/prices",
    map: (row: PriceRow) => row,
  });
  return { ...page, data: await withAmounts(tx, page.data) };
}

/**
 * Amounts, currencies and intervals never change (create a new price instead). Archiving
 * (active: false) stops new purchases only: existing subscribers keep the price.
 */
export async function updatePrice(tx: TransactionSql, context: ActionContext, id: string, patch: PricePatch): Promise<Price> {
  const current = await getPrice(tx, id);
  const { trial_period_days, ...rest } = patch;
  const next: Record<string, unknown> = { ...rest };
  if (trial_period_days !== undefined) {
    if (trial_period_days !== null && current.type !== "recurring") {
      throw new InvalidRequestError("parameter_invalid", "Only recurring prices can have a trial.", "trial_period_days");
    }
    next.trial_days = trial_period_days;
  }
  const diff = changedFields(current as unknown as Record<string, unknown>, next);
  if (!diff.changed) return current;
  await tx`update prices set ${tx(diff.after as Record<string, never>)}, sync_status = 'pending', updated = now() where id = ${id}`.catch(
    lookupKeyError,
  );
  await recordAudit(tx, context, { action: "price.updated", target: { type: "price", id }, ...diff });
  return getPrice(tx, id);
}

/** A price's billing terms in Stripe's shape (first currency in `unit_amount`, the rest in `currency_options`). */
export function priceTerms(price: Price) {
  return {
    recurring:
      price.recurring_interval && price.recurring_interval_count
        ? { interval: price.recurring_interval, interval_count: price.recurring_interval_count }
        : null,
    currency: price.currency,
    unit_amount: price.amounts[price.currency] ?? 0,
    currency_options: Object.fromEntries(
      Object.entries(price.amounts)
        .filter(([currency]) => currency !== price.currency)
        .map(([currency, unit_amount]) => [currency, { unit_amount }]),
    ),
    trial_period_days: price.trial_days,
    trial_requires_payment_method: price.trial_requires_payment_method,
  };
}
