import { z } from "@hono/zod-openapi";
import { feeRule } from "../../domain/fees/org-fee";
import { BILLING_TIERS, type OrganizationRow } from "../../domain/organizations";
import { currencyExponent } from "../../shared/currencies";
import { PERMISSIONS, type Permission, ROLES, type Role, rolePermissions } from "../../shared/permissions";
import { Email, PlainText, Timestamp, toTimestamp } from "../../shared/schemas";

const Origin = z
  .string()
  .max(255)
  .regex(/^https?:\/\/[a-z0-9.-]+(:\d{1,5})?$/, "must be an origin such as https://app.example.com (scheme, host, optional port)");
const HttpsUrl = z
  .string()
  .max(2048)
  .url()
  .regex(/^https:\/\//, "must be an https URL");

export const OrganizationDetailsSchema = z.strictObject({
  name: PlainText(200).min(1).optional(),
  slug: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]{1,62}$/, "2-63 lower-case letters, digits or dashes")
    .optional(),
  legal_name: PlainText(200).nullable().optional(),
  country: z
    .string()
    .regex(/^[A-Z]{2}$/, "ISO 3166-1 alpha-2, e.g. DE")
    .nullable()
    .optional(),
  support_email: Email.nullable().optional(),
  website: HttpsUrl.nullable().optional(),
  default_currency: z
    .string()
    .regex(/^[a-z]{3}$/, "ISO 4217 in lower case, e.g. usd")
    .optional(),
  allowed_origins: z.array(Origin).max(50).optional(),
  logo_url: HttpsUrl.nullable().optional(),
});

export const CreateOrganizationSchema = OrganizationDetailsSchema.extend({ name: PlainText(200).min(1) });

export const DeleteOrganizationSchema = z.strictObject({
  confirm: z.string().max(100).describe("The organization's slug, repeated to confirm."),
});

export const OrganizationSchema = z
  .object({
    id: z.string(),
    object: z.literal("organization"),
    name: z.string(),
    slug: z.string(),
    legal_name: z.string().nullable(),
    country: z.string().nullable(),
    support_email: z.string().nullable(),
    website: z.string().nullable(),
    default_currency: z.string(),
    allowed_origins: z.array(z.string()),
    logo_url: z.string().nullable(),
    billing_tier: z
      .enum(BILLING_TIERS)
      .describe("Its BillingOS plan (Settings › Billing): `standard` pays the transaction fee on each payment, a paid tier pays none."),
    transaction_fee: z
      .object({
        basis_points: z.number().int().describe("BillingOS's share of each payment, in hundredths of a percent (50 = 0.5 %)."),
        fixed_amount: z.number().int().describe("Plus this fixed part per payment, in minor units of `currency`."),
        currency: z.string().describe("The organisation's default currency (the fixed part differs per currency)."),
        currency_exponent: z.number().int(),
      })
      .describe("BillingOS's fee on a payment in the default currency now, for its tier (0 and 0 on a paid tier)."),
    role: z.enum(ROLES).optional().describe("Your role, when called by a merchant user."),
    permissions: z
      .array(z.enum(PERMISSIONS as [Permission, ...Permission[]]))
      .optional()
      .describe("What your role allows here (`resource:read`, `resource:write`, `organization:delete`), when called by a merchant user."),
    created: Timestamp,
  })
  .openapi("Organization");

export function serializeOrganization(row: OrganizationRow & { role?: Role }) {
  return {
    id: row.id,
    object: "organization" as const,
    name: row.name,
    slug: row.slug,
    legal_name: row.legal_name,
    country: row.country,
    support_email: row.support_email,
    website: row.website,
    default_currency: row.default_currency,
    allowed_origins: row.allowed_origins,
    logo_url: row.logo_url,
    billing_tier: row.billing_tier,
    transaction_fee: {
      ...feeRule(row.billing_tier, row.default_currency),
      currency: row.default_currency,
      currency_exponent: currencyExponent(row.default_currency),
    },
    ...(row.role ? { role: row.role, permissions: rolePermissions(row.role) } : {}),
    created: toTimestamp(row.created) as number,
  };
}
