import type { SupabaseClient } from "@supabase/supabase-js";
import { type ApiFailure, callApi } from "./api";
import { h, message, show } from "./dom";

/** Accepts the invitation in the link for the signed-in user, then offers the way in. */
export async function acceptInvitation(supabase: SupabaseClient, token: string): Promise<void> {
  try {
    const membership = await callApi<{ organization: string; role: string }>(supabase, "/v1/invitations/accept", { body: { token } });
    show(
      h(
        "section",
        { class: "card" },
        h("h1", {}, "Invitation accepted"),
        message(`You joined as ${membership.role}.`),
        h("a", { href: "/admin/" }, "Continue"),
      ),
    );
  } catch (error) {
    show(
      h(
        "section",
        { class: "card" },
        h("h1", {}, "Invitation"),
        message((error as ApiFailure).message, "error"),
        h("a", { href: "/admin/" }, "Go to BillingOS"),
      ),
    );
  }
}
