import type { Theme } from "../../internal/context";
import type { Mode } from "./admin-api";

/**
 * What the admin remembers in this browser between visits: the last organisation, the mode and
 * the theme. Per browser, like Stripe's dashboard; nothing here is a credential.
 */
const KEYS = { org: "billingos.admin.org", mode: "billingos.admin.mode", theme: "billingos.admin.theme" } as const;

function read(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null; // storage blocked (private mode, policy): start from the defaults
  }
}

function write(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    // not remembered; the choice still applies to this page
  }
}

export const preferences = {
  get org(): string | null {
    return read(KEYS.org);
  },
  set org(value: string | null) {
    if (value) write(KEYS.org, value);
  },
  get mode(): Mode {
    return read(KEYS.mode) === "live" ? "live" : "test";
  },
  set mode(value: Mode) {
    write(KEYS.mode, value);
  },
  get theme(): Theme {
    const value = read(KEYS.theme);
    return value === "light" || value === "dark" ? value : "auto";
  },
  set theme(value: Theme) {
    write(KEYS.theme, value);
  },
};
