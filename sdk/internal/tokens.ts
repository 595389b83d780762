import { css, unsafeCSS } from "lit";

/**
 * Design tokens. Pages theme every element by setting `--billing-…` custom properties on any ancestor
 * (they inherit through shadow roots); elements read them through private `--_…` copies with
 * these defaults. The merchant's saved branding (`appearance` in the pricing document) sits between
 * the two as `--_saved-…` on the host: the page's CSS wins over it, it wins over the defaults. Dark defaults apply under `prefers-color-scheme: dark` unless the element (or its
 * provider) says `theme="light"`, and always with `theme="dark"`.
 */
export const LIGHT = {
  "color-accent": "#4f46e5",
  "color-accent-contrast": "#ffffff",
  "color-background": "#ffffff",
  "color-surface": "#f8fafc",
  "color-text": "#0f172a",
  "color-text-muted": "#64748b",
  "color-border": "#e2e8f0",
  "color-success": "#166534",
  "color-warning": "#b45309",
  "color-danger": "#b91c1c",
  "color-skeleton": "#e2e8f0",
  shadow: "0 1px 2px rgb(15 23 42 / 0.04), 0 4px 16px rgb(15 23 42 / 0.06)",
} as const;

export const DARK: Record<keyof typeof LIGHT, string> = {
  "color-accent": "#818cf8",
  "color-accent-contrast": "#0b0d17",
  "color-background": "#0b0d12",
  "color-surface": "#151821",
  "color-text": "#e5e7eb",
  "color-text-muted": "#9ca3af",
  "color-border": "#262b36",
  "color-success": "#4ade80",
  "color-warning": "#fbbf24",
  "color-danger": "#f87171",
  "color-skeleton": "#1f2430",
  shadow: "0 1px 2px rgb(0 0 0 / 0.4), 0 8px 24px rgb(0 0 0 / 0.35)",
};

/** Tokens that do not change between light and dark. */
export const SHAPE = {
  "font-family": 'ui-sans-serif, system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  "font-size": "15px",
  radius: "12px",
  "radius-control": "8px",
  space: "4px",
} as const;

const declarations = (tokens: Record<string, string>) =>
  Object.entries(tokens)
    .map(([name, value]) => `--_${name}: var(--billing-${name}, var(--_saved-${name}, ${value}));`)
    .join("\n");

/** Shared by every element: token defaults, light/dark switching, base typography. */
export const tokenStyles = css`
  @layer billing {
    :host {
      ${unsafeCSS(declarations({ ...LIGHT, ...SHAPE }))}
      color-scheme: light;
      font-family: var(--_font-family);
      font-size: var(--_font-size);
      line-height: 1.5;
      color: var(--_color-text);
      -webkit-font-smoothing: antialiased;
    }
    @media (prefers-color-scheme: dark) {
      :host(:not(:state(light))) {
        ${unsafeCSS(declarations(DARK))}
        color-scheme: dark;
      }
    }
    :host(:state(dark)) {
      ${unsafeCSS(declarations(DARK))}
      color-scheme: dark;
    }
    :host([hidden]) {
      display: none;
    }
  }
`;
