import { afterAll, describe, expect, it } from "vitest";
import { addMember, adminSql, api, newApiKey, newOrganization, newUser } from "../../test/fixtures";

const admin = adminSql();
afterAll(() => admin.end());

interface Branding {
  object: string;
  theme: string | null;
  colors: Record<string, string | null>;
  radius: number | null;
  font_family: string | null;
  updated: number | null;
  error: { code: string; param?: string };
}
interface Pricing {
  appearance: { theme: string | null; tokens: Record<string, string> };
}

const EMPTY_COLORS = { accent: null, background: null, surface: null, text: null, text_muted: null, border: null };

async function brandedOrganization(name: string) {
  const org = await newOrganization(name);
  const as = { auth: org.owner.token, org: org.orgId };
  const publishable = (await newApiKey(admin, org.orgId, { type: "publishable" })).key;
  const livePublishable = (await newApiKey(admin, org.orgId, { type: "publishable", livemode: true })).key;
  return {
    ...org,
    get: () => api<Branding>("/v1/branding", as),
    set: (body: unknown) => api<Branding>("/v1/branding", { ...as, body }),
    pricing: async (live = false) => (await api<Pricing>("/v1/pricing", { auth: live ? livePublishable : publishable })).body.appearance,
  };
}

const brandingAudits = async (orgId: string) =>
  (
    await admin<
      { count: number }[]
    >`select count(*)::int from audit_log where org_id = ${orgId} and action = 'organization.branding_updated'`
  )[0]?.count;

describe("/v1/branding", () => {
  it("stores the merchant's appearance and serves it in the pricing document as the elements' token defaults", async () => {
    const org = await brandedOrganization("Branded Co");
    expect((await org.get()).body).toEqual({
      object: "branding",
      theme: null,
      colors: EMPTY_COLORS,
      radius: null,
      font_family: null,
      updated: null,
    });
    expect(await org.pricing()).toEqual({ theme: null, tokens: {} });

    const saved = await org.set({
      theme: "dark",
      colors: { accent: "#0F766E", background: "#fff", text_muted: "#475569" },
      radius: 16,
      font_family: '"Inter", system-ui, sans-serif',
    });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({
      theme: "dark",
      colors: { ...EMPTY_COLORS, accent: "#0f766e", background: "#ffffff", text_muted: "#475569" },
      radius: 16,
      font_family: '"Inter", system-ui, sans-serif',
    });
    expect((await org.get()).body).toEqual(saved.body);
    const appearance = {
      theme: "dark",
      tokens: {
        "color-accent": "#0f766e",
        "color-background": "#ffffff",
        "color-text-muted": "#475569",
        radius: "16px",
        "radius-control": "11px",
        "font-family": '"Inter", system-ui, sans-serif',
      },
    };
    expect(await org.pricing()).toEqual(appearance);
    expect(await org.pricing(true)).toEqual(appearance);

    // Absent fields are kept; null resets one to the SDK's default, and the next pricing request shows it.
    const reset = await org.set({ colors: { accent: null }, radius: null });
    expect(reset.body).toMatchObject({ theme: "dark", colors: { accent: null, background: "#ffffff" }, radius: null });
    expect((await org.pricing()).tokens).toEqual({
      "color-background": "#ffffff",
      "color-text-muted": "#475569",
      "font-family": '"Inter", system-ui, sans-serif',
    });
    expect(await brandingAudits(org.orgId)).toBe(2);
    expect((await org.set({ theme: "dark" })).status).toBe(200);
    expect(await brandingAudits(org.orgId)).toBe(2);
  });

  it("refuses what is not a colour, a radius in bounds or a plain font list, with its param, and writes nothing", async () => {
    const org = await brandedOrganization("Strict Branding Co");
    for (const [body, param] of [
      [{ colors: { accent: "red" } }, "colors[accent]"],
      [{ colors: { accent: "#12345" } }, "colors[accent]"],
      [{ colors: { accent: "#0f766e; background: url(https://evil.example)" } }, "colors[accent]"],
      [{ colors: { primary: "#000000" } }, "colors[primary]"],
      [{ radius: 33 }, "radius"],
      [{ radius: -1 }, "radius"],
      [{ radius: 4.5 }, "radius"],
      [{ font_family: "Inter; } body { display: none" }, "font_family"],
      [{ font_family: "" }, "font_family"],
      [{ font_family: "x".repeat(201) }, "font_family"],
      [{ theme: "blue" }, "theme"],
      [{ logo: "https://x.example/logo.png" }, "logo"],
    ] as const) {
      const refused = await org.set(body);
      expect(refused.status, JSON.stringify(body)).toBe(400);
      expect(refused.body.error.param, JSON.stringify(body)).toBe(param);
    }
    expect(await admin`select 1 from organization_branding where org_id = ${org.orgId}`).toHaveLength(0);
    expect(await brandingAudits(org.orgId)).toBe(0);
    expect(await org.pricing()).toEqual({ theme: null, tokens: {} });
  });

  it("is set by owners, admins and secret keys, read by every member, and stays in its organisation", async () => {
    const org = await brandedOrganization("Roles Branding Co");
    const other = await brandedOrganization("Other Branding Co");
    for (const role of ["member", "viewer"] as const) {
      const user = await newUser();
      await addMember(admin, org.orgId, user, role);
      expect((await api<Branding>("/v1/branding", { auth: user.token, org: org.orgId })).status).toBe(200);
      const refused = await api<Branding>("/v1/branding", { auth: user.token, org: org.orgId, body: { radius: 4 } });
      expect(refused.status).toBe(403);
    }
    const secret = (await newApiKey(admin, org.orgId)).key;
    expect((await api<Branding>("/v1/branding", { auth: secret, body: { colors: { accent: "#111111" } } })).status).toBe(200);
    const publishable = (await newApiKey(admin, org.orgId, { type: "publishable" })).key;
    expect((await api("/v1/branding", { auth: publishable, body: { radius: 0 } })).status).toBe(403);
    expect((await org.get()).body.colors.accent).toBe("#111111");
    expect((await other.get()).body.colors.accent).toBeNull();
    expect((await other.pricing()).tokens).toEqual({});
  });
});
