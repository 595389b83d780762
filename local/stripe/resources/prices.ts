import type Stripe from "stripe";
import { emit, nowSeconds, saveWithEvent } from "../events/events";
import type { Route, ScopeContext } from "../http/context";
import { errors } from "../http/errors";
import { includables } from "../http/expand";
import { mergeMetadata, type Parsed, parseParams } from "../http/params";
import { newId } from "../store/ids";
import { matchesQuery, paginate, searchResult, withoutPagination } from "../store/list";
import { wireDecimal } from "../store/wire";
import { mustGet, save } from "./lookup";

const recurringShape = {
  object: {
    interval: { enum: ["day", "week", "month", "year"] },
    interval_count: "integer",
    usage_type: { enum: ["licensed", "metered"] },
    trial_period_days: "integer",
  },
} as const;
export const priceDataShape = {
  currency: "string",
  unit_amount: "integer",
  recurring: recurringShape,
  tax_behavior: { enum: ["exclusive", "inclusive", "unspecified"] },
  currency_options: "any",
  metadata: "metadata",
} as const;
const shape = {
  ...priceDataShape,
  product: "string",
  product_data: { object: { name: "string", metadata: "metadata", active: "boolean" } },
  active: "boolean",
  nickname: "string",
  lookup_key: "string",
  transfer_lookup_key: "boolean",
  billing_scheme: { enum: ["per_unit"] },
} as const;

type PriceParams = Parsed<typeof shape>;

/** Stripe refuses intervals longer than three years (`interval_count` 36 months, 156 weeks, 1095 days). */
const MAX_INTERVAL_COUNT: Record<string, number> = { day: 1095, week: 156, month: 36, year: 3 };

function checkAmount(value: number | null | undefined, param: string) {
  if (value === undefined || value === null) throw errors.missingParam(param);
  if (value < 0) throw errors.invalidParam(param, "This value must be greater than or equal to 0.", "parameter_invalid_integer");
  if (value > 99_999_999)
    throw errors.invalidParam(param, "This value must be less than or equal to 99999999.", "parameter_invalid_integer");
}

function currencyOptions(raw: unknown, base: string, param: string): Record<string, Stripe.Price.CurrencyOptions> | undefined {
  if (raw === undefined || raw === null) return undefined;
  if (typeof raw !== "object" || Array.isArray(raw)) throw errors.invalidParam(param, "Invalid hash", "parameter_invalid");
  const out: Record<string, Stripe.Price.CurrencyOptions> = {};
  for (const [currency, option] of Object.entries(raw as Record<string, Record<string, string>>)) {
    const key = `${param}[${currency}]`;
    const allowed = ["unit_amount", "tax_behavior"];
    for (const name of Object.keys(option)) if (!allowed.includes(name)) throw errors.unknownParam(`${key}[${name}]`);
    if (!/^\d+$/.test(option.unit_amount ?? "")) throw errors.missingParam(`${key}[unit_amount]`);
    const amount = Number(option.unit_amount);
    checkAmount(amount, `${key}[unit_amount]`);
    out[currency.toLowerCase()] = {
      custom_unit_amount: null,
      tax_behavior: (option.tax_behavior as Stripe.Price.CurrencyOptions.TaxBehavior | undefined) ?? "unspecified",
      unit_amount: amount,
      unit_amount_decimal: wireDecimal(amount),
    };
  }
  return { [base]: { custom_unit_amount: null, tax_behavior: "unspecified", unit_amount: null, unit_amount_decimal: null }, ...out };
}

export function createPrice(ctx: ScopeContext, params: PriceParams, prefix = ""): Stripe.Price {
  const name = (param: string) => (prefix ? `${prefix}[${param}]` : param);
  if (!params.currency) throw errors.missingParam(name("currency"));
  checkAmount(params.unit_amount, name("unit_amount"));
  let product = params.product;
  if (!product && params.product_data) {
    if (!params.product_data.name) throw errors.missingParam("product_data[name]");
    product = newId("prod", 14);
    const now = nowSeconds();
    const created: Stripe.Product = {
      id: product,
      object: "product",
      active: params.product_data.active ?? true,
      created: now,
      default_price: null,
      description: null,
      images: [],
      livemode: ctx.livemode,
      marketing_features: [],
      metadata: mergeMetadata({}, params.product_data.metadata),
      name: params.product_data.name,
      package_dimensions: null,
      shippable: null,
      statement_descriptor: null,
      tax_code: null,
      tax_details: null,
      type: "service",
      unit_label: null,
      updated: now,
      url: null,
    };
    save(ctx, "products", created);
    emit(ctx, "product.created", created);
  }
  if (!product) throw errors.missingParam(name("product"));
  mustGet(ctx, "products", product, "product", name("product"));
  const recurring = params.recurring;
  if (recurring) {
    if (!recurring.interval) throw errors.missingParam(name("recurring[interval]"));
    const count = recurring.interval_count ?? 1;
    if (count < 1 || count > (MAX_INTERVAL_COUNT[recurring.interval] ?? 1))
      throw errors.invalidParam(
        name("recurring[interval_count]"),
        "Invalid recurring interval_count: the maximum interval is three years.",
        "parameter_invalid_integer",
      );
  }
  const currency = params.currency.toLowerCase();
  if (params.lookup_key) {
    const taken = ctx.emulator.store.all<Stripe.Price>(ctx.scope, "prices").find((price) => price.lookup_key === params.lookup_key);
    if (taken && !params.transfer_lookup_key)
      throw errors.badRequest(`A price (\`${taken.id}\`) already uses that lookup key.`, "lookup_key_already_exists", "lookup_key");
    if (taken) save(ctx, "prices", { ...taken, lookup_key: null });
  }
  const options = currencyOptions(params.currency_options, currency, name("currency_options"));
  if (options?.[currency]) {
    options[currency] = {
      ...options[currency],
      unit_amount: params.unit_amount ?? 0,
      unit_amount_decimal: wireDecimal(params.unit_amount ?? 0),
    };
  }
  const price: Stripe.Price = {
    id: newId("price", 24),
    object: "price",
    active: params.active ?? true,
    billing_scheme: "per_unit",
    created: nowSeconds(),
    currency,
    ...(options ? { currency_options: options } : {}),
    custom_unit_amount: null,
    livemode: ctx.livemode,
    lookup_key: params.lookup_key ?? null,
    metadata: mergeMetadata({}, params.metadata),
    nickname: params.nickname ?? null,
    product,
    recurring: recurring
      ? {
          interval: recurring.interval ?? "month",
          interval_count: recurring.interval_count ?? 1,
          meter: null,
          trial_period_days: recurring.trial_period_days ?? null,
          usage_type: recurring.usage_type ?? "licensed",
        }
      : null,
    tax_behavior: params.tax_behavior ?? "unspecified",
    tiers_mode: null,
    transform_quantity: null,
    type: recurring ? "recurring" : "one_time",
    unit_amount: params.unit_amount ?? 0,
    unit_amount_decimal: wireDecimal(params.unit_amount ?? 0),
  };
  save(ctx, "prices", price);
  emit(ctx, "price.created", price);
  return price;
}

/** As in Stripe, `expand[]=currency_options` answers for every price, listing at least its own currency. */
includables.price = {
  currency_options: (_ctx, object) => {
    const price = object as unknown as Stripe.Price;
    const own: Stripe.Price.CurrencyOptions = {
      custom_unit_amount: null,
      tax_behavior: price.tax_behavior ?? "unspecified",
      unit_amount: price.unit_amount,
      unit_amount_decimal: price.unit_amount_decimal,
    };
    return { ...price.currency_options, [price.currency]: own };
  },
};

export const priceRoutes: Route[] = [
  { method: "POST", path: "/v1/prices", handler: (ctx) => createPrice(ctx, parseParams(ctx.input, shape)) },
  {
    method: "GET",
    path: "/v1/prices/search",
    handler(ctx) {
      const params = parseParams(ctx.input, { query: "string", limit: "integer", page: "string" }, ["query"]);
      const all = ctx.emulator.store.all<Stripe.Price>(ctx.scope, "prices");
      return searchResult(
        all.filter((price) => matchesQuery(price as unknown as Record<string, unknown>, params.query ?? "")),
        "/v1/prices/search",
        params.limit ?? 10,
      );
    },
  },
  { method: "GET", path: "/v1/prices/:id", handler: (ctx) => mustGet<Stripe.Price>(ctx, "prices", ctx.args[0] ?? "", "price") },
  {
    method: "POST",
    path: "/v1/prices/:id",
    handler(ctx) {
      const before = mustGet<Stripe.Price>(ctx, "prices", ctx.args[0] ?? "", "price");
      const params = parseParams(ctx.input, {
        active: "boolean",
        nickname: "string",
        lookup_key: "string",
        metadata: "metadata",
        transfer_lookup_key: "boolean",
        tax_behavior: shape.tax_behavior,
      });
      const after: Stripe.Price = structuredClone(before);
      if (params.active !== undefined && params.active !== null) after.active = params.active;
      if (params.nickname !== undefined) after.nickname = params.nickname;
      if (params.lookup_key !== undefined) after.lookup_key = params.lookup_key;
      after.metadata = mergeMetadata(before.metadata, params.metadata);
      return saveWithEvent(ctx, "prices", before, after, "price.updated");
    },
  },
  {
    method: "GET",
    path: "/v1/prices",
    handler(ctx) {
      const params = parseParams(withoutPagination(ctx.input), {
        active: "boolean",
        product: "string",
        currency: "string",
        type: { enum: ["one_time", "recurring"] },
        lookup_keys: { array: "string" },
        recurring: "any",
        created: "any",
      });
      const all = ctx.emulator.store
        .all<Stripe.Price>(ctx.scope, "prices")
        .filter((price) => params.active === undefined || params.active === null || price.active === params.active)
        .filter((price) => !params.product || price.product === params.product)
        .filter((price) => !params.currency || price.currency === params.currency)
        .filter((price) => !params.type || price.type === params.type)
        .filter((price) => !params.lookup_keys || (price.lookup_key !== null && params.lookup_keys.includes(price.lookup_key)));
      return paginate(all, ctx.input, "/v1/prices", "price");
    },
  },
];
