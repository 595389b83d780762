import { css } from "lit";

export const styles = css`
  @layer billing {
    :host {
      display: block;
    }
    /* The plans side by side, as on a pricing page; page CSS on billing-dialog still wins. */
    ::slotted(billing-dialog[data-plans]) {
      --width: 1080px;
    }
    .prompt {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: calc(var(--_space) * 3) calc(var(--_space) * 5);
      padding: calc(var(--_space) * 4) calc(var(--_space) * 5);
      border: 1px solid var(--_color-border);
      border-radius: var(--_radius);
      background: var(--_color-surface);
    }
    p {
      flex: 1 1 16rem;
      margin: 0;
      color: var(--_color-text);
      font-size: 0.9375rem;
    }
    .button {
      flex: none;
      padding: 8px 16px;
      border: 1px solid transparent;
      border-radius: var(--_radius-control);
      background: var(--_color-accent);
      color: var(--_color-accent-contrast);
      font: inherit;
      font-size: 0.875rem;
      font-weight: 600;
      cursor: pointer;
      transition: filter 120ms;
    }
    .button:hover {
      filter: brightness(1.08);
    }
    .button:focus-visible {
      outline: 2px solid var(--_color-accent);
      outline-offset: 2px;
    }
  }
`;
