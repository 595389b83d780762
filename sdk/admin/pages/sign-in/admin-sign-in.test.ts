import { expect, fixture, html, waitUntil } from "@open-wc/testing";
import type { SupabaseClient } from "@supabase/supabase-js";
import "../../define";
import type { AdminSignIn } from "./admin-sign-in";

/** The part of supabase-js's auth the page calls, recording each call and answering `error` when set. */
function fakeAuth(error: string | null = null) {
  const calls: Array<[string, unknown]> = [];
  const answer = async (name: string, args: unknown) => {
    calls.push([name, args]);
    return { data: {}, error: error ? { message: error } : null };
  };
  const auth = {
    signInWithOtp: (args: unknown) => answer("signInWithOtp", args),
    verifyOtp: (args: unknown) => answer("verifyOtp", args),
    signInWithOAuth: (args: unknown) => answer("signInWithOAuth", args),
  };
  return { supabase: { auth } as unknown as SupabaseClient, calls };
}

async function mount(error: string | null = null) {
  const { supabase, calls } = fakeAuth(error);
  const element = await fixture<AdminSignIn>(
    html`<billing-admin-sign-in .supabase=${supabase} intro="Sign in to run your billing."></billing-admin-sign-in>`,
  );
  const root = element.shadowRoot as ShadowRoot;
  const submit = async (selector: string, value: string) => {
    const input = root.querySelector(selector) as HTMLInputElement;
    input.value = value;
    input.form?.requestSubmit();
    await waitUntil(() => !element.pending && calls.length > 0, "submitted");
    await element.updateComplete;
  };
  return { element, root, calls, submit };
}

describe("<billing-admin-sign-in>", () => {
  it("is accessible, with a labelled e-mail field", async () => {
    const { element, root } = await mount();
    await expect(element).to.be.accessible();
    expect(root.querySelector("label[for=email]")?.textContent).to.equal("E-mail address");
  });

  it("sends a magic link that comes back to this very address, then asks for the code from the same mail", async () => {
    const { element, root, calls, submit } = await mount();
    await submit("#email", "owner@acme.test");
    expect(calls[0]).to.deep.equal(["signInWithOtp", { email: "owner@acme.test", options: { emailRedirectTo: location.href } }]);
    expect(root.querySelector("[role=status]")?.textContent).to.equal("We sent a link and a code to owner@acme.test.");
    await submit("#code", "123456");
    expect(calls[1]).to.deep.equal(["verifyOtp", { email: "owner@acme.test", token: "123456", type: "email" }]);
    await expect(element).to.be.accessible();
  });

  it("shows Auth's error as text and stays on the step", async () => {
    const xss = `<img src=x onerror="window.__adminXss=1">`;
    const { root, submit } = await mount(xss);
    const region = root.querySelector(".card > [role=alert]") as HTMLElement;
    // Empty, the announced region is in the page but out of the card's grid: no gap under the form.
    expect(getComputedStyle(region).position).to.equal("absolute");
    await submit("#email", "owner@acme.test");
    expect(getComputedStyle(region).position).to.equal("static");
    expect(region.getBoundingClientRect().height).to.be.greaterThan(0);
    expect(root.querySelector("[role=alert] .alert")?.textContent).to.equal(xss);
    expect(root.querySelector("img")).to.equal(null);
    expect(root.querySelector("#email")).to.not.equal(null);
  });
});
