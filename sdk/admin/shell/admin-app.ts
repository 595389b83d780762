import { ContextProvider } from "@lit/context";
import { Router } from "@lit-labs/router";
import type { SupabaseClient } from "@supabase/supabase-js";
import { css, html, type PropertyValues, type TemplateResult } from "lit";
import { keyed } from "lit/directives/keyed.js";
import type { Theme } from "../../internal/context";
import { tokenStyles } from "../../internal/tokens";
import { adminStyles } from "../elements/admin.styles";
import { AdminElement } from "../elements/admin-element";
import { adminPages, listOfRecordPage } from "../pages/index";
import { errorMessage, type Mode, type Organization } from "../session/admin-api";
import { type AdminSession, adminContext } from "../session/admin-session";
import type { AuthConfig } from "../session/auth-config";
import { preferences } from "../session/preferences";
import { readScope, writeScope } from "../session/url-state";
import {
  buildSession,
  loadOrganizations,
  pickOrganization,
  type SessionActions,
  type SessionParts,
  type SignedInUser,
  userApiOf,
  withOrganization,
} from "./session-store";

type Phase =
  | { name: "starting" }
  | { name: "signed-out" }
  | { name: "failed"; message: string }
  | { name: "no-organization"; user: SignedInUser }
  | { name: "ready"; session: AdminSession };

const INVITATION_PATH = "/admin/accept-invitation";

/**
 * The admin: signs the merchant user in with supabase-js, loads their organisations, and renders
 * the page for the URL (@lit-labs/router: deep links, back/forward) inside the layout, sharing the
 * session (user, organisation, mode, theme, typed API client) with every page through context.
 *
 * @tagname billing-admin-app
 */
export class AdminApp extends AdminElement {
  static override styles = [
    tokenStyles,
    adminStyles,
    css`
      :host {
        min-height: 100vh;
        background: var(--_color-surface);
      }
      .center {
        display: grid;
        place-items: center;
        min-height: 100vh;
        padding: 16px;
      }
      .center > * {
        width: min(440px, 100%);
      }
    `,
  ];
  static override properties = {
    ...AdminElement.properties,
    supabase: { attribute: false },
    config: { attribute: false },
    phase: { state: true },
    pageLoadError: { state: true },
  };

  /** Set by main.ts from the Auth settings in the page. */
  declare supabase: SupabaseClient | undefined;
  declare config: AuthConfig | undefined;
  declare phase: Phase;
  /** Why the page's own script (its folder's define.ts) could not be loaded; shown in its place. */
  declare pageLoadError: string | undefined;
  /** Replaces `fetch` for API calls (tests). */
  fetcher: typeof fetch | undefined;
  #userId: string | undefined;
  /** The user whose organisations are being loaded. */
  #loadingFor: string | undefined;

  readonly #provider = new ContextProvider(this, { context: adminContext });
  readonly router = new Router(
    this,
    [
      ...adminPages.map(({ path, render, load }) => ({
        path: `/admin/${path}`,
        render,
        ...(load ? { enter: () => this.#loadPage(load) } : {}),
      })),
      { path: "/admin/organizations/new", render: () => this.#newOrganization() },
      { path: INVITATION_PATH, render: () => this.#invitation() },
    ],
    { fallback: { render: () => html`<billing-admin-not-found></billing-admin-not-found>` } },
  );

  constructor() {
    super();
    this.phase = { name: "starting" };
  }

  override connectedCallback(): void {
    super.connectedCallback();
    const theme = preferences.theme;
    this.theme = theme;
    this.#applyPageTheme(theme);
  }

  /** Every render follows the address (the router asks for one after each navigation). */
  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (this.phase.name === "ready") this.#followAddress(this.phase.session);
  }

  /** main.ts sets `supabase` from the Auth settings in the page; from then on the auth state drives the app. */
  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const supabase = this.supabase;
    if (!changed.has("supabase") || !supabase) return;
    supabase.auth.onAuthStateChange((_event, auth) => {
      // supabase-js holds a lock while it calls listeners: work on the session after it returns.
      setTimeout(() => void this.#authChanged(auth?.user ? { id: auth.user.id, email: auth.user.email ?? "" } : undefined));
    });
  }

  /** The router's `enter` for a page split off the first load: its elements are defined before it is shown. */
  async #loadPage(load: () => Promise<unknown>): Promise<boolean> {
    try {
      await load();
      this.pageLoadError = undefined;
    } catch (error) {
      this.pageLoadError = errorMessage(error);
    }
    return true;
  }

  async #authChanged(user: SignedInUser | undefined): Promise<void> {
    // supabase-js tells a restored session twice (INITIAL_SESSION, then SIGNED_IN): load once.
    if (user && user.id === this.#loadingFor) return;
    if (user?.id === this.#userId && this.phase.name !== "starting") return;
    this.#userId = user?.id;
    if (!user) {
      this.phase = { name: "signed-out" };
      return;
    }
    this.#loadingFor = user.id;
    try {
      await this.#open(user, readScope().org ?? preferences.org);
    } finally {
      this.#loadingFor = undefined;
    }
  }

  /** Loads the user's organisations and opens `wanted` (or the last used, or the first). */
  async #open(user: SignedInUser, wanted: string | null): Promise<void> {
    const supabase = this.supabase as SupabaseClient;
    try {
      const organizations = await loadOrganizations(userApiOf(supabase, this.fetcher));
      const organization = pickOrganization(organizations, wanted);
      if (!organization) {
        this.phase = { name: "no-organization", user };
        return;
      }
      const mode = readScope().mode ?? (this.phase.name === "ready" ? this.phase.session.mode : preferences.mode);
      this.#setSession({ user, organizations, organization, mode, theme: this.theme ?? "auto" });
    } catch (error) {
      this.phase = { name: "failed", message: errorMessage(error) };
    }
  }

  /** The organisation and mode in use are remembered in this browser and written into the address. */
  #setSession(parts: SessionParts): void {
    preferences.org = parts.organization.id;
    preferences.mode = parts.mode;
    writeScope({ org: parts.organization.id, mode: parts.mode });
    const session = buildSession(this.supabase as SupabaseClient, parts, this.actions(), this.fetcher);
    this.#provider.setValue(session);
    this.phase = { name: "ready", session };
  }

  actions(): SessionActions {
    return {
      navigate: (path: string, options: { replace?: boolean } = {}) => {
        if (options.replace) history.replaceState(history.state, "", path);
        else history.pushState({}, "", path);
        void this.router.goto(new URL(path, location.origin).pathname);
      },
      selectOrganization: async (id: string, options: { reload?: boolean } = {}) => {
        const phase = this.phase;
        const user = phase.name === "ready" ? phase.session.user : phase.name === "no-organization" ? phase.user : undefined;
        if (!user) return;
        if (options.reload || phase.name !== "ready") return this.#open(user, id);
        const organization = phase.session.organizations.find((org) => org.id === id);
        if (!organization) return;
        this.#setSession({ ...phase.session, organization });
      },
      organizationUpdated: (organization: Organization) => {
        const phase = this.phase;
        if (phase.name === "ready") this.#setSession(withOrganization(phase.session, organization));
      },
      setMode: (mode: Mode, options: { stay?: boolean } = {}) => {
        const phase = this.phase;
        if (phase.name !== "ready") return;
        // A record lives in one mode: from its page, the switch opens the other mode's list (as
        // Stripe's does; the address then switches the mode) and back returns to the record.
        const list = options.stay ? undefined : listOfRecordPage(location.pathname);
        if (list) this.actions().navigate(`${list}?${new URLSearchParams({ org: phase.session.organization.id, mode })}`);
        else this.#setSession({ ...phase.session, mode });
      },
      setTheme: (theme: Theme) => {
        preferences.theme = theme;
        this.theme = theme;
        this.#applyPageTheme(theme);
        const phase = this.phase;
        if (phase.name === "ready") this.#setSession({ ...phase.session, theme });
      },
    };
  }

  /**
   * After a navigation (a link, back/forward, a pasted address): the organisation and mode the
   * address names win; an address without them gets the ones in use.
   */
  #followAddress(session: AdminSession): void {
    const scope = readScope();
    const organization = session.organizations.find((org) => org.id === scope.org) ?? session.organization;
    const mode = scope.mode ?? session.mode;
    if (organization.id !== session.organization.id || mode !== session.mode) this.#setSession({ ...session, organization, mode });
    else writeScope({ org: organization.id, mode });
  }

  /** The page behind the app (scrollbars, overscroll) follows the chosen theme too. */
  #applyPageTheme(theme: Theme): void {
    document.documentElement.style.colorScheme = theme === "auto" ? "light dark" : theme;
  }

  #organizationCreated = (event: Event) => {
    const org = (event as CustomEvent<Organization>).detail;
    void this.actions()
      .selectOrganization(org.id, { reload: true })
      .then(() => this.actions().navigate("/admin/", { replace: true }));
  };

  #newOrganization(): TemplateResult {
    const supabase = this.supabase as SupabaseClient;
    return html`<billing-admin-new-organization .api=${userApiOf(supabase, this.fetcher)}
      @billing-admin-organization-created=${this.#organizationCreated}></billing-admin-new-organization>`;
  }

  #invitation(): TemplateResult {
    const supabase = this.supabase as SupabaseClient;
    const token = new URLSearchParams(location.search).get("token") ?? "";
    return html`<billing-admin-invitation .api=${userApiOf(supabase, this.fetcher)} token=${token}
      @billing-admin-invitation-accepted=${(event: CustomEvent<{ organization: string }>) =>
        void this.actions().selectOrganization(event.detail.organization, { reload: true })}></billing-admin-invitation>`;
  }

  protected override render() {
    const phase = this.phase;
    const inviting = location.pathname === INVITATION_PATH;
    switch (phase.name) {
      case "starting":
        return html`<div class="center" role="status"><p class="muted">Loading…</p></div>`;
      case "signed-out":
        return html`<div class="center"><billing-admin-sign-in .supabase=${this.supabase} .config=${this.config}
          intro=${inviting ? "Sign in with the address the invitation was sent to, to accept it." : "Sign in to run your billing."}></billing-admin-sign-in></div>`;
      case "failed":
        return html`<div class="center"><div class="card" role="alert">
          <p><strong>The admin could not load your organizations.</strong></p>
          <p class="muted">${phase.message}</p>
          <button class="button" type="button" @click=${() => location.reload()}>Reload</button>
        </div></div>`;
      case "no-organization":
        return html`<div class="center">${inviting ? this.#invitation() : this.#newOrganization()}</div>`;
      case "ready": {
        const { session } = phase;
        const page = this.pageLoadError
          ? html`<div class="card" role="alert">
              <p><strong>This page could not be loaded.</strong></p>
              <p class="muted">${this.pageLoadError}</p>
              <button class="button" type="button" @click=${() => location.reload()}>Reload</button>
            </div>`
          : this.router.outlet();
        return html`<billing-admin-layout .supabase=${this.supabase} .path=${location.pathname}>
          ${keyed(`${session.organization.id}:${session.mode}`, page)}
        </billing-admin-layout>`;
      }
    }
  }
}
