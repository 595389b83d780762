import { ContextConsumer } from "@lit/context";
import type { PropertyValues } from "lit";
import { BillingElement } from "../../internal/billing-element";
import { formatNumber } from "../../internal/localize";
import { type AdminSession, adminContext } from "../session/admin-session";

/**
 * Base class of the admin's elements and pages: the SDK's `BillingElement` (tokens, light/dark
 * states, money and date formatting, typed events) plus the admin session shared by the shell.
 * The theme follows the session (the user menu's choice) unless the element sets its own.
 */
export class AdminElement extends BillingElement {
  readonly #admin = new ContextConsumer(this, { context: adminContext, subscribe: true });

  /** The signed-in session; undefined only outside the shell (an element rendered on its own). */
  protected get session(): AdminSession | undefined {
    return this.#admin.value;
  }

  /** The session, for pages that the shell renders only when signed in to an organisation. */
  protected get signedIn(): AdminSession {
    const session = this.#admin.value;
    if (!session) throw new Error(`<${this.localName}> needs the admin shell's session (render it inside <billing-admin-app>).`);
    return session;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const theme = this.theme ?? this.session?.theme;
    if (!theme || theme === "auto") return;
    this.internals.states.delete(theme === "dark" ? "light" : "dark");
    this.internals.states.add(theme);
  }

  /** A date and time (Unix seconds) in the element's locale: "2 Dec 2026, 09:41". */
  protected formatDateTime(seconds: number): string {
    return new Intl.DateTimeFormat(this.resolvedLocale, { dateStyle: "medium", timeStyle: "short" }).format(new Date(seconds * 1000));
  }

  protected formatNumber(value: number): string {
    return formatNumber(value, this.resolvedLocale);
  }

  /** A ratio as a percentage ("4.2 %"); `signed` shows "+" on positive values (changes). */
  protected formatPercent(ratio: number, options: { signed?: boolean } = {}): string {
    return new Intl.NumberFormat(this.resolvedLocale, {
      style: "percent",
      maximumFractionDigits: 1,
      signDisplay: options.signed ? "exceptZero" : "auto",
    }).format(ratio);
  }
}
