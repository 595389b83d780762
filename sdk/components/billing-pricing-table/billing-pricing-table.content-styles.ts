import { css } from "lit";

/** The pricing table's seats, buttons, features, comparison and states; the same cascade layer as `styles`, after it. */
export const contentStyles = css`
  @layer billing {
    /* Seats */
    .seats {
      display: grid;
      grid-template-columns: auto auto;
      align-items: center;
      justify-content: space-between;
      gap: calc(var(--_space) * 2);
      padding: calc(var(--_space) * 3);
      border-radius: var(--_radius-control);
      background: var(--_color-surface);
      font-size: 0.875rem;
    }
    .stepper {
      display: inline-flex;
      border: 1px solid var(--_color-border);
      border-radius: var(--_radius-control);
      background: var(--_color-background);
      overflow: hidden;
    }
    .stepper button {
      inline-size: 32px;
      border: 0;
      background: transparent;
      color: var(--_color-text);
      font: inherit;
      cursor: pointer;
    }
    .stepper button:disabled {
      color: var(--_color-text-muted);
      cursor: default;
    }
    .stepper input {
      inline-size: 56px;
      block-size: 32px;
      border: 0;
      border-inline: 1px solid var(--_color-border);
      background: transparent;
      color: var(--_color-text);
      font: inherit;
      text-align: center;
      -moz-appearance: textfield;
    }
    .stepper input::-webkit-inner-spin-button {
      display: none;
    }
    .stepper :focus-visible {
      outline: 2px solid var(--_color-accent);
      outline-offset: -2px;
    }
    .total {
      grid-column: 1 / -1;
      color: var(--_color-text-muted);
    }

    /* Buttons */
    .cta {
      margin-block: calc(var(--_space) * 2);
      align-self: end;
    }
    .button {
      inline-size: 100%;
      min-block-size: 42px;
      padding-inline: 16px;
      border: 1px solid var(--_color-border);
      border-radius: var(--_radius-control);
      background: var(--_color-background);
      color: var(--_color-text);
      font: inherit;
      font-size: 0.9375rem;
      font-weight: 550;
      cursor: pointer;
      transition: background 120ms, border-color 120ms, filter 120ms;
    }
    .button:hover:not(:disabled) {
      background: var(--_color-surface);
    }
    .button.primary {
      border-color: var(--_color-accent);
      background: var(--_color-accent);
      color: var(--_color-accent-contrast);
    }
    .button.primary:hover:not(:disabled) {
      background: var(--_color-accent);
      filter: brightness(1.08);
    }
    .button:disabled {
      color: var(--_color-text-muted);
      cursor: default;
    }
    .button:focus-visible,
    .link:focus-visible {
      outline: 2px solid var(--_color-accent);
      outline-offset: 2px;
    }

    /* Features */
    .features {
      display: flex;
      flex-direction: column;
      gap: calc(var(--_space) * 2.5);
      margin: 0;
      padding: 0;
      padding-block-start: calc(var(--_space) * 4);
      border-block-start: 1px solid var(--_color-border);
      list-style: none;
      font-size: 0.875rem;
    }
    .features li,
    .features ::slotted(li) {
      display: flex;
      gap: calc(var(--_space) * 2.5);
      align-items: flex-start;
      overflow-wrap: anywhere;
    }
    .check {
      flex: none;
      margin-block-start: 3px;
      color: var(--_color-accent);
    }
    .check path {
      fill: none;
      stroke: currentColor;
      stroke-width: 2;
      stroke-linecap: round;
      stroke-linejoin: round;
    }
    .overage {
      display: block;
      color: var(--_color-text-muted);
      font-size: 0.8125rem;
    }

    /* Comparison */
    .compare {
      display: flex;
      justify-content: center;
    }
    .link {
      padding-block: 8px;
      padding-inline: 16px;
      border: 1px solid var(--_color-border);
      border-radius: 999px;
      background: var(--_color-background);
      color: var(--_color-accent);
      font: inherit;
      font-size: 0.875rem;
      font-weight: 550;
      cursor: pointer;
    }
    .comparison {
      overflow-x: auto;
      border: 1px solid var(--_color-border);
      border-radius: var(--_radius);
      background: var(--_color-background);
    }
    .comparison:focus-visible {
      outline: 2px solid var(--_color-accent);
    }
    table {
      inline-size: 100%;
      border-collapse: collapse;
      font-size: 0.875rem;
    }
    th,
    td {
      padding-block: 12px;
      padding-inline: 16px;
      border-block-end: 1px solid var(--_color-border);
      text-align: center;
      vertical-align: top;
      overflow-wrap: anywhere;
    }
    th[scope="row"],
    thead th:first-child {
      text-align: start;
      font-weight: 500;
    }
    thead th {
      font-weight: 600;
      background: var(--_color-surface);
    }
    tbody tr:last-child > * {
      border-block-end: 0;
    }
    td .check {
      margin: 0;
    }
    .no {
      color: var(--_color-text-muted);
    }

    /* States */
    .plans:has(.skeleton) {
      row-gap: calc(var(--_space) * 4);
    }
    .skeleton {
      display: flex;
      grid-row: auto;
      flex-direction: column;
      gap: calc(var(--_space) * 3);
      padding: calc(var(--_space) * 6);
      box-shadow: none;
    }
    .bar {
      display: block;
      block-size: 12px;
      border-radius: 6px;
      background: var(--_color-skeleton);
      animation: pulse 1.4s ease-in-out infinite;
    }
    .bar.tall {
      block-size: 32px;
    }
    .bar.button {
      block-size: 42px;
      margin-block: 8px;
    }
    .w40 { inline-size: 40%; }
    .w50 { inline-size: 50%; }
    .w60 { inline-size: 60%; }
    .w70 { inline-size: 70%; }
    .w80 { inline-size: 80%; }
    @keyframes pulse {
      50% {
        opacity: 0.5;
      }
    }
    @media (prefers-reduced-motion: reduce) {
      .bar {
        animation: none;
      }
    }
    .empty,
    .error {
      margin: 0;
      padding: calc(var(--_space) * 10);
      border: 1px dashed var(--_color-border);
      border-radius: var(--_radius);
      background: var(--_color-background);
      color: var(--_color-text-muted);
      text-align: center;
    }
    .error {
      display: flex;
      flex-direction: column;
      align-items: center;
      gap: calc(var(--_space) * 4);
      border-style: solid;
      color: var(--_color-danger);
    }
    .error p {
      margin: 0;
    }
    .error .button {
      inline-size: auto;
    }
  }
`;
