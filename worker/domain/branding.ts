import type { TransactionSql } from "postgres";
import { changedFields, recordAudit } from "./audit";
import type { ActionContext } from "./context";

export const COLOR_TOKENS = ["accent", "background", "surface", "text", "text_muted", "border"] as const;
export type ColorToken = (typeof COLOR_TOKENS)[number];
export const MAX_RADIUS = 32;

export interface Branding {
  theme: "auto" | "light" | "dark" | null;
  colors: Record<ColorToken, string | null>;
  radius: number | null;
  font_family: string | null;
  updated: Date | null;
}

/** A partial change: an absent field is kept, null resets it to the SDK's default. */
export interface BrandingPatch {
  theme?: Branding["theme"];
  colors?: Partial<Record<ColorToken, string | null>>;
  radius?: number | null;
  font_family?: string | null;
}

type Row = Record<`color_${ColorToken}`, string | null> & Pick<Branding, "theme" | "radius" | "font_family"> & { updated: Date };

const column = (token: ColorToken) => `color_${token}` as const;

const fromRow = (row: Row | undefined): Branding => ({
  theme: row?.theme ?? null,
  colors: Object.fromEntries(COLOR_TOKENS.map((token) => [token, row?.[column(token)] ?? null])) as Branding["colors"],
  radius: row?.radius ?? null,
  font_family: row?.font_family ?? null,
  updated: row?.updated ?? null,
});

/** The organisation's branding (all null until it saves one). */
export async function getBranding(tx: TransactionSql): Promise<Branding> {
  const [row] = await tx<Row[]>`select * from organization_branding where org_id = tenant.org_id()`;
  return fromRow(row);
}

/** Applies a patch in one upsert, with an audit entry naming what changed. */
export async function updateBranding(tx: TransactionSql, context: ActionContext, patch: BrandingPatch): Promise<Branding> {
  const current = await getBranding(tx);
  const flat = (branding: Omit<Branding, "updated">) => ({
    theme: branding.theme,
    radius: branding.radius,
    font_family: branding.font_family,
    ...Object.fromEntries(COLOR_TOKENS.map((token) => [column(token), branding.colors[token]])),
  });
  const next = flat({
    theme: patch.theme === undefined ? current.theme : patch.theme,
    radius: patch.radius === undefined ? current.radius : patch.radius,
    font_family: patch.font_family === undefined ? current.font_family : patch.font_family,
    colors: { ...current.colors, ...patch.colors },
  });
  const diff = changedFields(flat(current), next);
  if (!diff.changed) return current;
  const [row] = await tx<Row[]>`
    insert into organization_branding ${tx({ org_id: context.tenant.orgId, ...next } as unknown as Record<string, never>)}
    on conflict (org_id) do update set ${tx(next as unknown as Record<string, never>)}, updated = now()
    returning *`;
  await recordAudit(tx, context, {
    action: "organization.branding_updated",
    target: { type: "organization", id: context.tenant.orgId },
    before: diff.before,
    after: diff.after,
  });
  return fromRow(row);
}

/**
 * The branding as the SDK applies it: `--billing-<token>` values (only those set) and the theme. The
 * radius sets cards and, at most 2/3 of it, controls, as the SDK's defaults relate (12px and 8px).
 */
export function appearanceOf(branding: Branding) {
  const tokens: Record<string, string> = {};
  for (const token of COLOR_TOKENS) {
    const value = branding.colors[token];
    if (value) tokens[`color-${token.replace("_", "-")}`] = value;
  }
  if (branding.radius !== null) {
    tokens.radius = `${branding.radius}px`;
    tokens["radius-control"] = `${Math.round((branding.radius * 2) / 3)}px`;
  }
  if (branding.font_family) tokens["font-family"] = branding.font_family;
  return { theme: branding.theme, tokens };
}
