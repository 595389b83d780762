import { css, html } from "lit";
import { ref } from "lit/directives/ref.js";

/** One section of Settings: its address under /admin/ and its label in the settings tabs. */
export interface SettingsTab {
  path: string;
  label: string;
}

/**
 * The sections of Settings, in the order the tabs show them. Each is its own page (and its own
 * entry in pages/index.ts, with `nav.prefix` left to the Settings item); add a section here when
 * its page exists — never a placeholder.
 */
export const settingsTabs: SettingsTab[] = [
  { path: "settings", label: "Business" },
  { path: "settings/stripe", label: "Stripe" },
  { path: "settings/failed-payments", label: "Failed payments" },
  { path: "settings/branding", label: "Branding" },
  { path: "settings/billing", label: "Billing" },
  { path: "settings/audit-log", label: "Audit log" },
];

/**
 * On phones the strip scrolls sideways: keep the current tab in view (never scrolling the page),
 * now and whenever the strip's width changes (rotation, a resized window).
 */
function revealCurrent(element: Element | undefined): void {
  if (!element) return;
  // Lit calls this before the tab is in its strip: look for the strip once it is.
  queueMicrotask(() => {
    const strip = element.parentElement;
    if (!strip || watched.has(strip)) return;
    const observer = new ResizeObserver(() => {
      const tab = element.getBoundingClientRect();
      const view = strip.getBoundingClientRect();
      if (tab.right > view.right) strip.scrollLeft += tab.right - view.right + 16;
      else if (tab.left < view.left) strip.scrollLeft -= view.left - tab.left + 16;
    });
    observer.observe(strip);
    watched.set(strip, observer);
  });
}
/** The strips being watched (the observer lives as long as its strip). */
const watched = new WeakMap<Element, ResizeObserver>();

/** The settings tabs, the current one marked: render it in each settings page's header slot. */
export function settingsNav(current: string) {
  return html`<nav class="settings-tabs" aria-label="Settings">
    ${settingsTabs.map((tab) =>
      tab.path === current
        ? html`<a href=${`/admin/${tab.path}`} aria-current="page" ${ref(revealCurrent)}>${tab.label}</a>`
        : html`<a href=${`/admin/${tab.path}`} aria-current="false">${tab.label}</a>`,
    )}
  </nav>`;
}

/** Styles for `settingsNav` (add to a settings page's `styles`). */
export const settingsNavStyles = css`
  .settings-tabs {
    display: flex;
    gap: 4px;
    overflow-x: auto;
    border-bottom: 1px solid var(--_color-border);
    margin: -8px 0 24px;
    scrollbar-width: none;
  }
  .settings-tabs a {
    flex: none;
    padding: 8px 12px;
    color: var(--_color-text-muted);
    text-decoration: none;
    border-bottom: 2px solid transparent;
    margin-bottom: -1px;
    font-size: 0.875rem;
    font-weight: 500;
  }
  .settings-tabs a:hover {
    color: var(--_color-text);
  }
  .settings-tabs a[aria-current="page"] {
    color: var(--_color-text);
    border-bottom-color: var(--_color-accent);
  }
  .settings-tabs a:focus-visible {
    outline: 2px solid var(--_color-accent);
    outline-offset: -2px;
  }
`;
