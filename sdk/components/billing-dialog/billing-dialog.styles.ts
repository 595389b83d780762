import { css } from "lit";

export const styles = css`
  @layer billing {
    :host {
      display: contents;
    }
    /* Above the page, below Stripe.js's 3-D Secure frame (z-index 2147483647). */
    .backdrop {
      position: fixed;
      inset: 0;
      z-index: 2147483000;
      background: rgb(15 23 42 / 0.5);
      backdrop-filter: blur(2px);
    }
    dialog {
      position: fixed;
      inset: 0;
      margin: auto;
      z-index: 2147483001;
      block-size: fit-content;
      overflow: auto;
      inline-size: min(var(--width, 560px), calc(100vw - 32px));
      max-block-size: calc(100dvh - 32px);
      padding: 0;
      border: 1px solid var(--_color-border);
      border-radius: var(--_radius);
      background: var(--_color-background);
      color: var(--_color-text);
      box-shadow: 0 24px 64px rgb(0 0 0 / 0.25);
    }
    .panel {
      display: flex;
      flex-direction: column;
    }
    .header {
      display: flex;
      align-items: center;
      justify-content: space-between;
      gap: calc(var(--_space) * 3);
      padding-block: calc(var(--_space) * 4);
      padding-inline: calc(var(--_space) * 6) calc(var(--_space) * 4);
      border-block-end: 1px solid var(--_color-border);
    }
    h2 {
      margin: 0;
      font-size: 1.0625rem;
      font-weight: 600;
    }
    button {
      display: grid;
      place-items: center;
      inline-size: 32px;
      block-size: 32px;
      border: 0;
      border-radius: var(--_radius-control);
      background: transparent;
      color: var(--_color-text-muted);
      cursor: pointer;
    }
    button:hover {
      background: var(--_color-surface);
      color: var(--_color-text);
    }
    button:focus-visible {
      outline: 2px solid var(--_color-accent);
      outline-offset: 2px;
    }
    svg path {
      stroke: currentColor;
      stroke-width: 1.75;
      stroke-linecap: round;
    }
    [part="body"] {
      padding: calc(var(--_space) * 6);
      overflow: auto;
    }
  }
`;
