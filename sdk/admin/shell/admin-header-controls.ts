import type { SupabaseClient } from "@supabase/supabase-js";
import { html, nothing } from "lit";
import type { Theme } from "../../internal/context";
import type { AdminSession } from "../session/admin-session";

const NEW_ORGANIZATION = "__new__";

/** The organisation switcher: a native select (keyboard and phones for free), with "New organization…" last. */
export function organizationSwitcher(session: AdminSession) {
  const changed = (event: Event) => {
    const select = event.target as HTMLSelectElement;
    if (select.value === NEW_ORGANIZATION) {
      select.value = session.organization.id;
      session.navigate("/admin/organizations/new");
    } else void session.selectOrganization(select.value).then(() => session.navigate("/admin/"));
  };
  return html`<span class="org">
    <select class="org-select" aria-label="Organization" @change=${changed}>
      ${session.organizations.map(
        (org) => html`<option value=${org.id} ?selected=${org.id === session.organization.id}>${org.name}</option>`,
      )}
      <option value=${NEW_ORGANIZATION}>＋ New organization…</option>
    </select>
  </span>`;
}

/** Test/live, always in view: a switch (role="switch") that reads "Test mode" while on. */
export function modeSwitch(session: AdminSession) {
  const test = session.mode === "test";
  return html`<button class=${`mode ${test ? "test" : "live"}`} type="button" role="switch" aria-checked=${test ? "true" : "false"}
    @click=${() => session.setMode(test ? "live" : "test")}>
    <span class="track" aria-hidden="true"><span class="thumb"></span></span>
    <span>Test mode</span>
  </button>`;
}

const THEMES: Array<{ value: Theme; label: string }> = [
  { value: "auto", label: "System" },
  { value: "light", label: "Light" },
  { value: "dark", label: "Dark" },
];

/** The user menu (a disclosure: keyboard and screen readers know it): who is signed in, appearance, sign out. */
export function userMenu(session: AdminSession, supabase: SupabaseClient | undefined) {
  const initial = (session.user.email[0] ?? "?").toUpperCase();
  return html`<details class="user">
    <summary aria-label=${`Account: ${session.user.email}`}><span class="avatar" aria-hidden="true">${initial}</span></summary>
    <div class="menu">
      <p class="who"><span class="muted">Signed in as</span><br /><strong>${session.user.email}</strong></p>
      <p class="muted role">Role in ${session.organization.name}: ${session.role}</p>
      <fieldset class="themes">
        <legend>Appearance</legend>
        ${THEMES.map(
          (theme) => html`<label><input type="radio" name="theme" value=${theme.value} ?checked=${session.theme === theme.value}
            @change=${() => session.setTheme(theme.value)} />${theme.label}</label>`,
        )}
      </fieldset>
      ${supabase ? html`<button class="button sign-out" type="button" @click=${() => void supabase.auth.signOut()}>Sign out</button>` : nothing}
    </div>
  </details>`;
}
