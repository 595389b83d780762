import { expect } from "@open-wc/testing";
import { AUTH_SETTINGS_ID, readAuthConfig } from "./auth-config";

/** A page as the worker writes it (worker/routes/admin): the settings block with every `<` as `\u003c`. */
const page = (block: string) =>
  new DOMParser().parseFromString(
    `<!doctype html><html><head></head><body>${block}<billing-admin-app></billing-admin-app></body></html>`,
    "text/html",
  );
const settingsBlock = (settings: unknown) =>
  `<script type="application/json" id="${AUTH_SETTINGS_ID}">${JSON.stringify(settings).replaceAll("<", "\\u003c")}</script>`;

describe("readAuthConfig", () => {
  it("reads the Auth URL and anon key from the page's settings block, without a request", () => {
    const doc = page(settingsBlock({ supabase_url: "https://auth.example", supabase_anon_key: "anon.key" }));
    expect(readAuthConfig(doc)).to.deep.equal({ supabase_url: "https://auth.example", supabase_anon_key: "anon.key" });
  });

  it("reads back a value with </script> and markup unchanged, which stayed inside the block", () => {
    const hostile = { supabase_url: "https://x.test/</script><img src=x onerror=alert(1)>", supabase_anon_key: "<!--k-->" };
    const doc = page(settingsBlock(hostile));
    expect(readAuthConfig(doc)).to.deep.equal(hostile);
    expect(doc.querySelectorAll("script")).to.have.length(1);
    expect(doc.querySelector("img")).to.equal(null);
  });

  it("says clearly when the page has no settings, malformed ones or ones without the key", () => {
    expect(() => readAuthConfig(page(""))).to.throw("The admin's settings are missing from the page.");
    expect(() => readAuthConfig(page(`<script type="application/json" id="${AUTH_SETTINGS_ID}">{nope</script>`))).to.throw(
      "The admin's settings on the page are not valid JSON.",
    );
    expect(() => readAuthConfig(page(settingsBlock({ supabase_url: "https://auth.example" })))).to.throw(
      "The admin's settings on the page lack the Auth URL or key.",
    );
  });
});
