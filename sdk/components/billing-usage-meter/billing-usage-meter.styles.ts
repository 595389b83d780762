import { css } from "lit";

export const styles = css`
  @layer billing {
    :host {
      display: block;
      --_bar: var(--_color-accent);
    }
    :host(:state(warning)) {
      --_bar: var(--_color-warning);
    }
    :host(:state(over)),
    :host(:state(limit-reached)) {
      --_bar: var(--_color-danger);
    }
    .full {
      box-sizing: border-box;
      /* Meters side by side in a grid row are as tall as the tallest. */
      block-size: 100%;
      display: flex;
      flex-direction: column;
      gap: calc(var(--_space) * 2.5);
      padding: calc(var(--_space) * 5);
      border: 1px solid var(--_color-border);
      border-radius: var(--_radius);
      background: var(--_color-background);
    }
    .compact {
      display: grid;
      grid-template-columns: minmax(0, 1fr) auto;
      align-items: center;
      gap: calc(var(--_space) * 1.5) calc(var(--_space) * 4);
      font-size: 0.875rem;
    }
    .compact .head {
      display: contents;
    }
    .compact .track,
    .compact .skeleton {
      grid-column: 1 / -1;
    }
    .head,
    .foot {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      justify-content: space-between;
      gap: calc(var(--_space) * 1) calc(var(--_space) * 3);
    }
    .label {
      font-weight: 600;
      overflow-wrap: anywhere;
    }
    .value {
      color: var(--_color-text-muted);
      font-variant-numeric: tabular-nums;
    }
    .full .value {
      color: var(--_color-text);
      font-weight: 550;
    }
    .track {
      position: relative;
      block-size: 8px;
      overflow: hidden;
      border-radius: 999px;
      background: var(--_color-surface);
      box-shadow: inset 0 0 0 1px var(--_color-border);
    }
    .compact .track {
      block-size: 6px;
    }
    .fill {
      block-size: 100%;
      inline-size: 0;
      border-radius: inherit;
      background: var(--_bar);
      transition: inline-size 300ms ease-out;
    }
    .foot {
      color: var(--_color-text-muted);
      font-size: 0.8125rem;
      font-variant-numeric: tabular-nums;
    }
    .note {
      margin: 0;
      padding: calc(var(--_space) * 2) calc(var(--_space) * 3);
      border-radius: var(--_radius-control);
      background: color-mix(in srgb, var(--_bar) 10%, transparent);
      color: var(--_color-text);
      font-size: 0.8125rem;
    }
    .empty,
    .error {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: calc(var(--_space) * 3);
      margin: 0;
      color: var(--_color-text-muted);
      font-size: 0.875rem;
    }
    .error {
      color: var(--_color-danger);
    }
    .link {
      padding: 0;
      border: 0;
      background: none;
      color: var(--_color-accent);
      font: inherit;
      font-weight: 550;
      text-decoration: underline;
      text-underline-offset: 2px;
      cursor: pointer;
    }
    .link:focus-visible {
      outline: 2px solid var(--_color-accent);
      outline-offset: 2px;
      border-radius: 2px;
    }
    .skeleton {
      display: flex;
      flex-direction: column;
      gap: calc(var(--_space) * 3);
    }
    .bar {
      display: block;
      block-size: 12px;
      inline-size: 40%;
      border-radius: 6px;
      background: var(--_color-skeleton);
      animation: pulse 1.4s ease-in-out infinite;
    }
    .bar.track-bar {
      block-size: 8px;
      inline-size: 100%;
    }
    @keyframes pulse {
      50% {
        opacity: 0.5;
      }
    }
    @media (prefers-reduced-motion: reduce) {
      .bar,
      .fill {
        animation: none;
        transition: none;
      }
    }
    .visually-hidden {
      position: absolute;
      inline-size: 1px;
      block-size: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
  }
`;
