import type { SupabaseClient } from "@supabase/supabase-js";
import { html, nothing, type PropertyValues } from "lit";
import { tokenStyles } from "../../internal/tokens";
import { adminStyles } from "../elements/admin.styles";
import { AdminElement } from "../elements/admin-element";
import { icons } from "../pages/icons";
import { adminPages } from "../pages/index";
import type { AdminSession } from "../session/admin-session";
import { modeSwitch, organizationSwitcher, userMenu } from "./admin-header-controls";
import { styles } from "./admin-layout.styles";

/**
 * The frame around every page: the navigation (a sidebar; a drawer under 900 px), the header with
 * the organisation switcher, the test/live switch and the user menu, a banner while in test mode,
 * and the page itself (slotted).
 *
 * @tagname billing-admin-layout
 * @slot - The current page.
 */
export class AdminLayout extends AdminElement {
  static override styles = [tokenStyles, adminStyles, styles];
  static override properties = {
    ...AdminElement.properties,
    supabase: { attribute: false },
    path: { attribute: false },
    navOpen: { state: true },
  };

  declare supabase: SupabaseClient | undefined;
  /** The current pathname (the shell sets it on every navigation): marks the current page in the navigation. */
  declare path: string;
  declare navOpen: boolean;

  constructor() {
    super();
    this.path = "/admin/";
    this.navOpen = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener("keydown", this.#keydown);
    document.addEventListener("click", this.#outside);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener("click", this.#outside);
  }

  get #menu(): HTMLDetailsElement | null | undefined {
    return this.shadowRoot?.querySelector<HTMLDetailsElement>("details.user");
  }

  /** A click anywhere else closes the user menu, as menus do. */
  #outside = (event: MouseEvent) => {
    const menu = this.#menu;
    if (menu?.open && !event.composedPath().includes(menu)) menu.open = false;
  };

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Navigating from the drawer closes it.
    if (changed.has("path")) this.navOpen = false;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // After a client-side navigation, focus goes to the new page (as after a page load), not
    // to the link that was clicked in the navigation.
    if (changed.has("path") && changed.get("path") !== undefined) this.#main()?.focus({ preventScroll: false });
  }

  #main(): HTMLElement | null | undefined {
    return this.shadowRoot?.querySelector("main");
  }

  /** A button rather than a #main link: the target is in this shadow root, where fragment links cannot reach. */
  #skip(): void {
    this.#main()?.focus();
  }

  #keydown = (event: KeyboardEvent) => {
    const menu = this.#menu;
    if (event.key === "Escape" && menu?.open) {
      menu.open = false;
      menu.querySelector("summary")?.focus();
      return;
    }
    if (event.key === "Escape" && this.navOpen) {
      this.navOpen = false;
      this.shadowRoot?.querySelector<HTMLElement>(".nav-toggle")?.focus();
    }
  };

  #navigation(session: AdminSession) {
    const path = this.path;
    const items = adminPages
      .filter((page) => page.nav && (!page.requires || session.canWrite(page.requires)))
      .sort((a, b) => (a.nav?.order ?? 0) - (b.nav?.order ?? 0));
    return html`<nav id="nav" class=${this.navOpen ? "nav open" : "nav"} aria-label="Main">
      <a class="brand" href="/admin/">BillingOS</a>
      <ul>
        ${items.map((page) => {
          const href = `/admin/${page.path}`;
          const current = path === href || (page.nav?.prefix !== undefined && path.startsWith(`/admin/${page.nav.prefix}`));
          return html`<li><a href=${href} aria-current=${current ? "page" : "false"}>
            ${page.nav?.icon}<span>${page.nav?.label}</span></a></li>`;
        })}
      </ul>
    </nav>`;
  }

  protected override render() {
    const session = this.session;
    if (!session) return nothing;
    return html`${
      session.mode === "test" ? html`<div class="test-banner" part="test-banner">Test mode: you are viewing test data.</div>` : nothing
    }
      <button class="skip button" type="button" @click=${this.#skip}>Skip to content</button>
      <div class="frame">
        ${this.#navigation(session)}
        ${this.navOpen ? html`<div class="scrim" @click=${() => (this.navOpen = false)}></div>` : nothing}
        <div class="column">
          <header class="topbar">
            <button class="button quiet nav-toggle" type="button" aria-controls="nav" aria-expanded=${this.navOpen ? "true" : "false"}
              aria-label="Menu" @click=${() => (this.navOpen = !this.navOpen)}>${this.navOpen ? icons.close : icons.menu}</button>
            ${organizationSwitcher(session)}
            <span class="spacer"></span>
            ${modeSwitch(session)} ${userMenu(session, this.supabase)}
          </header>
          <main id="main" tabindex="-1"><slot></slot></main>
        </div>
      </div>`;
  }
}
