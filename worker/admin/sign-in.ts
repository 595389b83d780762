import type { SupabaseClient } from "@supabase/supabase-js";
import { h, message, show } from "./dom";

/** E-mail sign-in: a magic link, or the 6-digit code from the same e-mail. */
export function showSignIn(supabase: SupabaseClient, intro: string): void {
  const email = h("input", { type: "email", name: "email", required: "", autocomplete: "email", "aria-label": "E-mail address" });
  const status = h("div", { "aria-live": "polite" });
  const form = h(
    "form",
    { class: "card" },
    h("h1", {}, "Sign in to BillingOS"),
    h("p", {}, intro),
    email,
    h("button", { type: "submit" }, "Email me a sign-in link"),
    status,
  );
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const { error } = await supabase.auth.signInWithOtp({ email: email.value, options: { emailRedirectTo: window.location.href } });
    if (error) return void status.replaceChildren(message(error.message, "error"));
    status.replaceChildren(message(`We sent a link and a code to ${email.value}.`), codeForm(supabase, email.value));
  });
  show(form);
  email.focus();
}

function codeForm(supabase: SupabaseClient, email: string): HTMLFormElement {
  const code = h("input", {
    name: "code",
    inputmode: "numeric",
    pattern: "[0-9]{6}",
    "aria-label": "6-digit code",
    autocomplete: "one-time-code",
  });
  const status = h("div", { "aria-live": "polite" });
  const form = h("form", {}, h("label", {}, "Or enter the 6-digit code: ", code), h("button", { type: "submit" }, "Verify code"), status);
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const { error } = await supabase.auth.verifyOtp({ email, token: code.value, type: "email" });
    if (error) status.replaceChildren(message(error.message, "error"));
  });
  return form;
}
