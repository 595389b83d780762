import type { SupabaseClient } from "@supabase/supabase-js";
import { type ApiFailure, callApi, type Organization } from "./api";
import { h, message, show } from "./dom";

/** The signed-in landing page: your organisations, and creating one. */
export async function showHome(supabase: SupabaseClient, email: string): Promise<void> {
  const signOut = h("button", { type: "button", class: "link" }, "Sign out");
  signOut.addEventListener("click", () => void supabase.auth.signOut());
  const list = h("ul", { class: "organizations", "aria-label": "Your organizations" });
  const status = h("div", { "aria-live": "polite" });
  const name = h("input", { name: "name", required: "", maxlength: "200", "aria-label": "Organization name" });
  const create = h("form", { class: "inline" }, name, h("button", { type: "submit" }, "Create organization"));
  create.addEventListener("submit", async (event) => {
    event.preventDefault();
    try {
      await callApi<Organization>(supabase, "/v1/organizations", { body: { name: name.value } });
      name.value = "";
      await refresh();
    } catch (error) {
      status.replaceChildren(message((error as ApiFailure).message, "error"));
    }
  });
  const refresh = async () => {
    const { data } = await callApi<{ data: Organization[] }>(supabase, "/v1/organizations");
    list.replaceChildren(...data.map((org) => h("li", {}, h("strong", {}, org.name), ` — ${org.role ?? "member"}`)));
    if (data.length === 0) list.replaceChildren(h("li", {}, "You do not belong to an organization yet."));
  };
  show(
    h("header", {}, h("span", { class: "who" }, `Signed in as ${email}`), signOut),
    h("section", { class: "card" }, h("h1", {}, "Your organizations"), list, create, status),
  );
  await refresh().catch((error: ApiFailure) => status.replaceChildren(message(error.message, "error")));
}
