import { css } from "lit";
import { tokenStyles } from "../../internal/tokens";

export const styles = [
  tokenStyles,
  css`
    @layer billing {
      :host {
        display: block;
        container-type: inline-size;
      }
      h2 {
        font-size: 0.8rem;
        font-weight: 600;
        letter-spacing: 0.04em;
        text-transform: uppercase;
        color: var(--_color-text-muted);
        margin: 0 0 calc(var(--_space) * 4);
      }
      .layout {
        display: grid;
        grid-template-columns: minmax(0, 1fr);
        gap: calc(var(--_space) * 6);
        align-items: start;
      }
      /* Phones and narrow dialogs: tighter padding so amounts keep their line. */
      @container (max-width: 400px) {
        .summary {
          padding: calc(var(--_space) * 4);
        }
        .total {
          font-size: 1.125em;
        }
      }
      @container (min-width: 640px) {
        .layout {
          grid-template-columns: minmax(0, 1fr) minmax(0, 1.15fr);
          gap: calc(var(--_space) * 10);
        }
      }
      .summary {
        background: var(--_color-surface);
        border: 1px solid var(--_color-border);
        border-radius: var(--_radius);
        padding: calc(var(--_space) * 6);
      }
      .lines {
        list-style: none;
        margin: 0;
        padding: 0;
      }
      .line,
      .row {
        display: flex;
        justify-content: space-between;
        gap: calc(var(--_space) * 4);
        align-items: baseline;
      }
      .line {
        font-weight: 600;
        font-size: 1.05em;
        padding-block-end: calc(var(--_space) * 4);
      }
      .line-note {
        display: block;
        font-size: 0.85em;
        font-weight: 400;
        color: var(--_color-text-muted);
        margin-block-start: calc(var(--_space) * 0.5);
      }
      .amount,
      dd {
        font-variant-numeric: tabular-nums;
        white-space: nowrap;
      }
      .totals {
        margin: 0;
        border-block-start: 1px solid var(--_color-border);
        padding-block-start: calc(var(--_space) * 3);
        display: grid;
        gap: calc(var(--_space) * 2);
      }
      dt,
      dd {
        margin: 0;
      }
      .discount {
        color: var(--_color-success);
      }
      .total {
        font-weight: 700;
        font-size: 1.25em;
      }
      .terms {
        color: var(--_color-text-muted);
        font-size: 0.9em;
        margin: calc(var(--_space) * 3) 0 0;
      }
      .terms strong {
        color: var(--_color-text);
      }
      .muted {
        color: var(--_color-text-muted);
        font-weight: 400;
      }
      .promotion {
        margin-block-start: calc(var(--_space) * 5);
        padding-block-start: calc(var(--_space) * 4);
        border-block-start: 1px dashed var(--_color-border);
      }
      summary {
        cursor: pointer;
        color: var(--_color-accent);
        font-size: 0.9em;
        font-weight: 500;
        inline-size: fit-content;
      }
      summary:focus-visible {
        outline: 2px solid var(--_color-accent);
        outline-offset: 2px;
        border-radius: 2px;
      }
      details[open] summary {
        margin-block-end: calc(var(--_space) * 3);
      }
      label {
        display: block;
        font-size: 0.85em;
        font-weight: 500;
        margin-block-end: calc(var(--_space) * 1.5);
      }
      .inline {
        display: flex;
        gap: calc(var(--_space) * 2);
      }
      input {
        flex: 1;
        min-inline-size: 0;
        font: inherit;
        color: inherit;
        background: var(--_color-background);
        border: 1px solid var(--_color-border);
        border-radius: var(--_radius-control);
        padding: calc(var(--_space) * 2) calc(var(--_space) * 3);
        text-transform: uppercase;
      }
      input[aria-invalid="true"] {
        border-color: var(--_color-danger);
      }
      button {
        font: inherit;
        cursor: pointer;
        border-radius: var(--_radius-control);
        padding: calc(var(--_space) * 2) calc(var(--_space) * 4);
        border: 1px solid var(--_color-border);
        background: var(--_color-background);
        color: var(--_color-text);
      }
      button:focus-visible,
      input:focus-visible {
        outline: 2px solid var(--_color-accent);
        outline-offset: 2px;
      }
      .pay {
        inline-size: 100%;
        margin-block-start: calc(var(--_space) * 4);
        padding: calc(var(--_space) * 3.5);
        font-weight: 600;
        font-size: 1.05em;
        border: 0;
        background: var(--_color-accent);
        color: var(--_color-accent-contrast);
        box-shadow: var(--_shadow);
        transition: filter 0.15s;
      }
      .pay:hover:not(:disabled) {
        filter: brightness(1.08);
      }
      .pay:disabled {
        cursor: default;
        opacity: 0.6;
      }
      .error {
        color: var(--_color-danger);
        font-size: 0.9em;
        margin: calc(var(--_space) * 2) 0 0;
      }
      .error:empty {
        display: none;
      }
      .payment .error {
        padding: calc(var(--_space) * 2.5) calc(var(--_space) * 3);
        border-radius: var(--_radius-control);
        border: 1px solid color-mix(in srgb, var(--_color-danger) 35%, transparent);
        background: color-mix(in srgb, var(--_color-danger) 8%, transparent);
      }
      .no-card {
        margin: 0;
        color: var(--_color-text-muted);
      }
      .secure {
        color: var(--_color-text-muted);
        font-size: 0.8em;
        text-align: center;
        margin: calc(var(--_space) * 3) 0 0;
      }
      .skeleton {
        border-radius: var(--_radius);
        background: var(--_color-skeleton);
        block-size: calc(var(--_space) * 12);
        animation: pulse 1.4s ease-in-out infinite;
      }
      .skeleton.tall {
        block-size: calc(var(--_space) * 48);
      }
      @keyframes pulse {
        50% {
          opacity: 0.55;
        }
      }
      @media (prefers-reduced-motion: reduce) {
        .skeleton {
          animation: none;
        }
      }
      .notice {
        text-align: center;
        padding: calc(var(--_space) * 8) calc(var(--_space) * 4);
      }
      .notice .error {
        font-size: 1em;
        margin-block-end: calc(var(--_space) * 4);
      }
      .complete {
        text-align: center;
        padding: calc(var(--_space) * 10) calc(var(--_space) * 4);
      }
      .complete h2 {
        font-size: 1.4em;
        text-transform: none;
        letter-spacing: normal;
        color: var(--_color-text);
        margin: calc(var(--_space) * 4) 0 calc(var(--_space) * 2);
      }
      .complete p {
        color: var(--_color-text-muted);
        margin: 0;
      }
      .check {
        display: inline-grid;
        place-items: center;
        inline-size: 3rem;
        block-size: 3rem;
        border-radius: 50%;
        background: var(--_color-success);
        color: var(--_color-background);
        font-size: 1.5rem;
        font-weight: 700;
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
  `,
];
