import { css } from "lit";

/**
 * The admin's shared look for content inside pages: buttons, fields, cards, badges, links. Pages
 * add `[tokenStyles, adminStyles, ...their own]`; everything reads the SDK's `--_…` tokens, so
 * light/dark and a merchant's theme apply here as in the customer-facing elements.
 */
export const adminStyles = css`
  :host {
    display: block;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  h1,
  h2,
  h3 {
    margin: 0;
    line-height: 1.25;
    font-weight: 600;
  }
  h2 {
    font-size: 1rem;
  }
  p {
    margin: 0;
  }
  a {
    color: var(--_color-accent);
    text-decoration: none;
  }
  a:hover {
    text-decoration: underline;
  }
  :focus-visible {
    outline: 2px solid var(--_color-accent);
    outline-offset: 2px;
  }
  .muted {
    color: var(--_color-text-muted);
  }
  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 6px;
    min-height: 36px;
    padding: 0 14px;
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius-control);
    background: var(--_color-background);
    color: var(--_color-text);
    font: inherit;
    font-size: 0.875rem;
    font-weight: 500;
    cursor: pointer;
    white-space: nowrap;
    text-decoration: none;
  }
  .button:hover {
    background: var(--_color-surface);
    text-decoration: none;
  }
  .button.primary {
    background: var(--_color-accent);
    border-color: var(--_color-accent);
    color: var(--_color-accent-contrast);
  }
  .button.primary:hover {
    filter: brightness(1.08);
  }
  .button.danger {
    background: var(--_color-danger);
    border-color: var(--_color-danger);
    color: #fff;
  }
  .button.quiet {
    border-color: transparent;
    background: transparent;
  }
  .button:disabled {
    opacity: 0.55;
    cursor: not-allowed;
  }
  .card {
    background: var(--_color-background);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    padding: 20px;
  }
  .badge {
    display: inline-flex;
    align-items: center;
    gap: 4px;
    padding: 1px 8px;
    border-radius: 999px;
    font-size: 0.75rem;
    font-weight: 500;
    background: var(--_color-surface);
    border: 1px solid var(--_color-border);
    color: var(--_color-text-muted);
    white-space: nowrap;
  }
  .badge.success {
    color: var(--_color-success);
    border-color: color-mix(in srgb, var(--_color-success) 35%, transparent);
    background: color-mix(in srgb, var(--_color-success) 10%, transparent);
  }
  .badge.warning {
    /* Amber on its own tint is 4.4:1 in light mode: a fifth of the text colour takes it past 4.5:1 in both themes. */
    color: color-mix(in srgb, var(--_color-warning) 80%, var(--_color-text));
    border-color: color-mix(in srgb, var(--_color-warning) 35%, transparent);
    background: color-mix(in srgb, var(--_color-warning) 10%, transparent);
  }
  .badge.danger {
    color: var(--_color-danger);
    border-color: color-mix(in srgb, var(--_color-danger) 35%, transparent);
    background: color-mix(in srgb, var(--_color-danger) 10%, transparent);
  }
  .alert {
    padding: 10px 12px;
    border-radius: var(--_radius-control);
    border: 1px solid color-mix(in srgb, var(--_color-danger) 40%, transparent);
    background: color-mix(in srgb, var(--_color-danger) 8%, transparent);
    color: var(--_color-danger);
  }
  /* recordError(): the reason, what it may mean, and the way out, spaced apart. */
  .record-error {
    display: grid;
    gap: 8px;
    justify-items: start;
  }
  .notice {
    padding: 10px 12px;
    border-radius: var(--_radius-control);
    border: 1px solid var(--_color-border);
    background: var(--_color-surface);
  }
  dl.fields {
    display: grid;
    grid-template-columns: minmax(120px, max-content) minmax(0, 1fr);
    gap: 10px 24px;
    margin: 0;
    font-size: 0.875rem;
  }
  dl.fields dt {
    color: var(--_color-text-muted);
  }
  dl.fields dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  @media (max-width: 480px) {
    dl.fields {
      grid-template-columns: minmax(0, 1fr);
      gap: 2px;
    }
    dl.fields dd {
      margin-bottom: 8px;
    }
  }
  code,
  .mono {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-size: 0.8125rem;
  }
`;
