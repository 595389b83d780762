import { z } from "@hono/zod-openapi";
import { requestContext } from "../../app/request-context";
import { createRouter, type Router } from "../../app/router";
import { defineRoute } from "../../auth/access";
import { type Branding, COLOR_TOKENS, getBranding, MAX_RADIUS, updateBranding } from "../../domain/branding";
import { jsonBody, jsonResponse, Timestamp, toTimestamp } from "../../shared/schemas";

const tags = ["Organizations"];

/** `#rrggbb` (or `#rgb`, expanded), stored in lower case: a colour and nothing else a stylesheet could run. */
const HexColor = z
  .string()
  .regex(/^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/, "a hex colour, #rrggbb or #rgb")
  .transform((hex) => (hex.length === 4 ? `#${[...hex.slice(1)].map((digit) => digit + digit).join("")}` : hex).toLowerCase())
  .openapi({ example: "#0f766e" });

const FontFamily = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[A-Za-z0-9 ,'"-]+$/, "font names separated by commas: letters, digits, spaces, quotes and hyphens only")
  .openapi({ example: '"Inter", system-ui, sans-serif' });

const Theme = z.enum(["auto", "light", "dark"]);

const Colors = Object.fromEntries(COLOR_TOKENS.map((token) => [token, HexColor.nullable().optional()])) as Record<
  (typeof COLOR_TOKENS)[number],
  z.ZodOptional<z.ZodNullable<typeof HexColor>>
>;

const BrandingSchema = z
  .object({
    object: z.literal("branding"),
    theme: Theme.nullable(),
    colors: z.object(
      Object.fromEntries(COLOR_TOKENS.map((token) => [token, z.string().nullable()])) as Record<string, z.ZodNullable<z.ZodString>>,
    ),
    radius: z.number().int().nullable().describe("Card corner radius in CSS pixels; controls use 2/3 of it."),
    font_family: z.string().nullable(),
    updated: Timestamp.nullable(),
  })
  .openapi("Branding");

const serialize = (branding: Branding) => ({
  object: "branding" as const,
  theme: branding.theme,
  colors: branding.colors,
  radius: branding.radius,
  font_family: branding.font_family,
  updated: toTimestamp(branding.updated),
});

export const retrieveBranding = defineRoute({
  method: "get",
  path: "/v1/branding",
  tags,
  summary: "The default appearance of the organisation's elements",
  access: { principals: ["user", "secret_key"], permission: "organization:read", scope: "org" },
  request: { query: z.strictObject({}) },
  responses: { 200: jsonResponse("The branding; null fields use the SDK's defaults.", BrandingSchema) },
});

export const updateBrandingRoute = defineRoute({
  method: "post",
  path: "/v1/branding",
  tags,
  summary: "Set the default appearance of the organisation's elements (absent fields are kept, null resets one)",
  description:
    "Served to the elements in the pricing document (`appearance`) as `--billing-…` token defaults; CSS the page sets still wins. " +
    "Applies to both modes.",
  access: { principals: ["user", "secret_key"], permission: "organization:write", scope: "org" },
  request: {
    body: jsonBody(
      z.strictObject({
        theme: Theme.nullable().optional(),
        colors: z.strictObject(Colors).optional(),
        radius: z.number().int().min(0).max(MAX_RADIUS).nullable().optional().describe(`CSS pixels, 0 to ${MAX_RADIUS}.`),
        font_family: FontFamily.nullable().optional(),
      }),
    ),
  },
  responses: { 200: jsonResponse("The branding now.", BrandingSchema) },
});

export const brandingRouter: Router = createRouter()
  .openapi(retrieveBranding, async (c) => c.json(serialize(await requestContext(c).inTenant(getBranding)), 200))
  .openapi(updateBrandingRoute, async (c) => {
    const { context, inTenant } = requestContext(c);
    const patch = c.req.valid("json");
    return c.json(serialize(await inTenant((tx) => updateBranding(tx, context, patch))), 200);
  });
