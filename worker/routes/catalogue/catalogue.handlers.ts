import type { RouteHandler } from "@hono/zod-openapi";
import { requestContext } from "../../app/request-context";
import { switchTenant, withTenant } from "../../db/tenant";
import { exportCatalogue } from "../../domain/catalogue/catalogue-document";
import { importCatalogue } from "../../domain/catalogue/catalogue-import";
import { syncCatalogue } from "../../domain/catalogue-sync/catalogue-sync";
import { notConnected } from "../../domain/connect";
import { amountMultiple, currencyExponent, SUPPORTED_CURRENCIES } from "../../shared/currencies";
import type { AppEnv } from "../../shared/env";
import { InvalidRequestError } from "../../shared/errors";
import { mirrorPending, syncTargetOf } from "./catalogue.mirror";
import type * as routes from "./catalogue.routes";

export const currencies: RouteHandler<typeof routes.listCurrencies, AppEnv> = (c) =>
  c.json(
    {
      object: "list" as const,
      data: SUPPORTED_CURRENCIES.map((code) => ({
        object: "currency" as const,
        code,
        exponent: currencyExponent(code),
        amount_multiple: amountMultiple(code),
      })),
      has_more: false as const,
      url: "/v1/currencies",
    },
    200,
  );

export const exportAll: RouteHandler<typeof routes.exportCatalogue, AppEnv> = async (c) => {
  const { tenant } = requestContext(c).context;
  const document = await withTenant(c.var.db(), tenant, exportCatalogue);
  return c.json({ object: "catalogue" as const, livemode: tenant.livemode, ...document }, 200);
};

export const importAll: RouteHandler<typeof routes.importCatalogue, AppEnv> = async (c) => {
  const context = requestContext(c).context;
  const { catalogue, dry_run } = c.req.valid("json");
  const changes = await withTenant(c.var.db(), context.tenant, (tx) =>
    importCatalogue(tx, context, catalogue, { dryRun: dry_run, param: "catalogue" }),
  );
  if (!dry_run) await mirrorPending(c);
  return c.json({ object: "catalogue_changes" as const, livemode: context.tenant.livemode, dry_run, changes }, 200);
};

/** One transaction reads the test catalogue, then switches to live and applies it: all or nothing. */
export const copyToLive: RouteHandler<typeof routes.copyToLive, AppEnv> = async (c) => {
  const context = requestContext(c).context;
  if (context.tenant.livemode) {
    throw new InvalidRequestError("test_mode_required", "Copy to live from test mode (BillingOS-Mode: test).", "BillingOS-Mode");
  }
  const { dry_run } = c.req.valid("json");
  const live = { ...context, tenant: { ...context.tenant, livemode: true } };
  const changes = await withTenant(c.var.db(), context.tenant, async (tx) => {
    const document = await exportCatalogue(tx);
    await switchTenant(tx, live.tenant);
    return importCatalogue(tx, live, document, { dryRun: dry_run, param: "catalogue" });
  });
  if (!dry_run) await mirrorPending(c, live.tenant);
  return c.json({ object: "catalogue_changes" as const, livemode: true, dry_run, changes }, 200);
};

export const sync: RouteHandler<typeof routes.syncCatalogue, AppEnv> = async (c) => {
  const { tenant } = requestContext(c).context;
  const target = await syncTargetOf(c);
  if (!target) throw notConnected();
  const report = await syncCatalogue(target, { checkDrift: true });
  return c.json({ object: "catalogue_sync" as const, livemode: tenant.livemode, ...report }, 200);
};
