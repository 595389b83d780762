import { z } from "@hono/zod-openapi";
import { defineRoute, forMembers, forMerchant } from "../../auth/access";
import { type ErrorCode, STRIPE_REFUSALS } from "../../shared/error-codes";
import { jsonBody, jsonResponse } from "../../shared/schemas";
import { CatalogueDocumentSchema, ChangesSchema, SyncReportSchema } from "./catalogue.schemas";

const tags = ["Catalogue"];

export const listCurrencies = defineRoute({
  method: "get",
  path: "/v1/currencies",
  tags,
  summary: "Currencies prices can be sold in, with the number of decimals their unit_amount counts",
  access: forMerchant("catalogue:read"),
  responses: {
    200: jsonResponse(
      "Every supported currency.",
      z
        .object({
          object: z.literal("list"),
          data: z.array(
            z.object({
              object: z.literal("currency"),
              code: z.string().describe("ISO 4217, lower case."),
              exponent: z.union([z.literal(0), z.literal(2), z.literal(3)]).describe("Decimals in unit_amount: 2 means cents."),
              amount_multiple: z
                .number()
                .int()
                .describe("unit_amount must be a multiple of this (10 for three-decimal currencies, 100 for ISK)."),
            }),
          ),
          has_more: z.literal(false),
          url: z.string(),
        })
        .openapi("CurrencyList"),
    ),
  },
});

export const exportCatalogue = defineRoute({
  method: "get",
  path: "/v1/catalogue/export",
  tags,
  summary: "Export this mode's whole catalogue as JSON (features, products, current grants and prices)",
  access: forMerchant("catalogue:read"),
  responses: { 200: jsonResponse("The catalogue.", CatalogueDocumentSchema) },
});

/** An import (and a copy to live, which imports the test catalogue) refuses keys that clash. */
const CATALOGUE_IMPORT_ERRORS: ErrorCode[] = [
  "duplicate_key",
  "feature_type_conflict",
  "price_conflict",
  "feature_key_taken",
  "lookup_key_taken",
];

export const importCatalogue = defineRoute({
  method: "post",
  path: "/v1/catalogue/import",
  tags,
  summary: "Make this mode's catalogue match an exported document (validated in full before any write; idempotent)",
  access: forMerchant("catalogue:write"),
  errors: CATALOGUE_IMPORT_ERRORS,
  request: { body: jsonBody(z.strictObject({ catalogue: CatalogueDocumentSchema, dry_run: z.boolean().default(false) })) },
  responses: { 200: jsonResponse("What changed (or would change, with dry_run).", ChangesSchema) },
});

export const copyToLive = defineRoute({
  method: "post",
  path: "/v1/catalogue/copy_to_live",
  tags,
  summary: "Copy the test-mode catalogue to live mode (idempotent; dry_run lists the changes and writes nothing)",
  description: "Called by a merchant user in test mode (BillingOS-Mode: test) whose role may write the catalogue.",
  access: forMembers("catalogue:write"),
  errors: ["test_mode_required", ...CATALOGUE_IMPORT_ERRORS],
  request: { body: jsonBody(z.strictObject({ dry_run: z.boolean().default(false) })) },
  responses: { 200: jsonResponse("What changed in live mode (or would change, with dry_run).", ChangesSchema) },
});

export const syncCatalogue = defineRoute({
  method: "post",
  path: "/v1/catalogue/sync",
  tags,
  summary: "Push every product and price not yet on Stripe and repair what drifted there",
  description:
    "Pushes `pending` and `failed` objects to the connected account of this mode, compares `synced` ones with Stripe " +
    "(name, description, images, active; a price's amounts, currencies and interval) and puts ours back: updated in place, " +
    "or, for what Stripe never lets change, a replacement Stripe price with the drifted one deactivated.",
  access: forMerchant("catalogue:write"),
  errors: STRIPE_REFUSALS,
  responses: { 200: jsonResponse("What was pushed, repaired and still fails.", SyncReportSchema) },
});
