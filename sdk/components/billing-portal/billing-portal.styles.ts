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
      .portal {
        display: grid;
        gap: calc(var(--_space) * 6);
      }
      .section {
        border: 1px solid var(--_color-border);
        border-radius: var(--_radius);
        background: var(--_color-background);
        box-shadow: var(--_shadow);
        padding: calc(var(--_space) * 5) calc(var(--_space) * 6);
      }
      .section-head {
        display: flex;
        align-items: center;
        justify-content: space-between;
        gap: calc(var(--_space) * 3);
        margin-block-end: calc(var(--_space) * 2);
      }
      h2 {
        margin: 0;
        font-size: 0.8rem;
        font-weight: 600;
        letter-spacing: 0.04em;
        text-transform: uppercase;
        color: var(--_color-text-muted);
      }
      h3 {
        margin: 0;
        font-size: 1.125em;
        font-weight: 600;
      }
      h2:focus,
      h3:focus {
        outline: none;
      }
      p {
        margin: 0;
      }
      .list {
        list-style: none;
        margin: 0;
        padding: 0;
      }
      .item {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        justify-content: space-between;
        gap: calc(var(--_space) * 3) calc(var(--_space) * 6);
        padding-block: calc(var(--_space) * 4);
      }
      .item + .item {
        border-block-start: 1px solid var(--_color-border);
      }
      .item-main {
        display: grid;
        gap: calc(var(--_space) * 1);
        min-inline-size: 0;
        flex: 1 1 16rem;
      }
      .price,
      .detail,
      .muted,
      .empty,
      .hint {
        color: var(--_color-text-muted);
        font-size: 0.925em;
      }
      .badge {
        justify-self: start;
        font-size: 0.8em;
        font-weight: 600;
        border-radius: 999px;
        padding: calc(var(--_space) * 0.5) calc(var(--_space) * 2.5);
        color: var(--_tone);
        background: color-mix(in srgb, var(--_tone) 12%, transparent);
        --_tone: var(--_color-success);
      }
      .badge.warn {
        --_tone: #92400e;
      }
      :host(:state(dark)) .badge.warn {
        --_tone: #fbbf24;
      }
      .badge.bad {
        --_tone: var(--_color-danger);
      }
      .badge.muted {
        --_tone: var(--_color-text-muted);
      }
      .actions,
      .dialog-actions {
        display: flex;
        flex-wrap: wrap;
        gap: calc(var(--_space) * 2);
      }
      .dialog-actions {
        justify-content: flex-end;
        margin-block-start: calc(var(--_space) * 2);
      }
      .link {
        color: var(--_color-accent);
        font-weight: 500;
        text-decoration: none;
        padding: calc(var(--_space) * 2) calc(var(--_space) * 1.5);
        border-radius: var(--_radius-control);
      }
      .link:hover {
        text-decoration: underline;
      }
      .button {
        font: inherit;
        font-size: 0.925em;
        font-weight: 500;
        cursor: pointer;
        border-radius: var(--_radius-control);
        padding: calc(var(--_space) * 2) calc(var(--_space) * 3.5);
        border: 1px solid var(--_color-border);
        background: var(--_color-background);
        color: var(--_color-text);
        white-space: nowrap;
      }
      .button:hover:not(:disabled) {
        background: var(--_color-surface);
      }
      .primary {
        background: var(--_color-accent);
        border-color: var(--_color-accent);
        color: var(--_color-accent-contrast);
      }
      .primary:hover:not(:disabled) {
        background: var(--_color-accent);
        filter: brightness(1.08);
      }
      .quiet {
        border-color: transparent;
        background: transparent;
        color: var(--_color-text-muted);
      }
      .danger {
        background: var(--_color-danger);
        border-color: var(--_color-danger);
        color: var(--_color-background);
      }
      .danger:hover:not(:disabled) {
        background: var(--_color-danger);
        filter: brightness(1.08);
      }
      .button:disabled {
        cursor: default;
        opacity: 0.6;
      }
      :focus-visible {
        outline: 2px solid var(--_color-accent);
        outline-offset: 2px;
      }
      .notice:empty {
        display: none;
      }
      .notice,
      .problem,
      .error:not(:empty) {
        border-radius: var(--_radius-control);
        padding: calc(var(--_space) * 3) calc(var(--_space) * 4);
        border: 1px solid color-mix(in srgb, var(--_tone) 35%, transparent);
        background: color-mix(in srgb, var(--_tone) 8%, transparent);
        --_tone: var(--_color-success);
      }
      .notice.bad,
      .problem,
      .error,
      .error:not(:empty) {
        --_tone: var(--_color-danger);
        color: var(--_color-danger);
      }
      .problem {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        justify-content: space-between;
        gap: calc(var(--_space) * 3);
      }
      .error:empty {
        display: none;
      }
      .error-text {
        color: var(--_color-danger);
      }
      .skeleton {
        border-radius: var(--_radius-control);
        background: var(--_color-skeleton);
        block-size: calc(var(--_space) * 10);
        margin-block: calc(var(--_space) * 3);
        animation: pulse 1.4s ease-in-out infinite;
      }
      .skeleton.short {
        inline-size: 60%;
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
      .dialog-form {
        display: grid;
        gap: calc(var(--_space) * 4);
      }
      fieldset {
        border: 0;
        margin: 0;
        padding: 0;
        display: grid;
        gap: calc(var(--_space) * 2);
      }
      legend,
      .field {
        font-size: 0.9em;
        font-weight: 500;
        margin-block-end: calc(var(--_space) * 2);
      }
      .field {
        display: grid;
        gap: calc(var(--_space) * 1.5);
      }
      .choice {
        display: flex;
        align-items: center;
        gap: calc(var(--_space) * 3);
        border: 1px solid var(--_color-border);
        border-radius: var(--_radius-control);
        padding: calc(var(--_space) * 3) calc(var(--_space) * 4);
        cursor: pointer;
      }
      .choice:has(:checked) {
        border-color: var(--_color-accent);
        box-shadow: 0 0 0 1px var(--_color-accent);
      }
      .choice-name {
        flex: 1;
        font-weight: 500;
      }
      .choice-price {
        color: var(--_color-text-muted);
        font-size: 0.9em;
        font-variant-numeric: tabular-nums;
      }
      .tag {
        font-size: 0.75em;
        font-weight: 600;
        color: var(--_color-text-muted);
        border: 1px solid var(--_color-border);
        border-radius: 999px;
        padding: 0 calc(var(--_space) * 2);
        margin-inline-start: calc(var(--_space) * 1.5);
      }
      input,
      select,
      textarea {
        font: inherit;
        font-weight: 400;
        color: inherit;
        background: var(--_color-background);
        border: 1px solid var(--_color-border);
        border-radius: var(--_radius-control);
        padding: calc(var(--_space) * 2) calc(var(--_space) * 3);
      }
      input[type="radio"] {
        accent-color: var(--_color-accent);
        margin: 0;
      }
      .lines {
        list-style: none;
        margin: 0;
        padding: 0;
        display: grid;
        gap: calc(var(--_space) * 2);
        font-size: 0.925em;
      }
      .row {
        display: flex;
        justify-content: space-between;
        gap: calc(var(--_space) * 4);
        align-items: baseline;
      }
      .totals {
        margin: 0;
        display: grid;
        gap: calc(var(--_space) * 2);
        border-block-start: 1px solid var(--_color-border);
        padding-block-start: calc(var(--_space) * 3);
      }
      dt,
      dd {
        margin: 0;
      }
      .amount,
      dd {
        font-variant-numeric: tabular-nums;
        white-space: nowrap;
      }
      .total {
        font-weight: 700;
        font-size: 1.1em;
      }
      .meters {
        display: grid;
        gap: calc(var(--_space) * 2);
      }
      .card-brand {
        text-transform: capitalize;
        font-weight: 600;
      }
      .frame {
        min-block-size: calc(var(--_space) * 12);
      }
      table {
        inline-size: 100%;
        border-collapse: collapse;
        font-size: 0.925em;
      }
      th {
        text-align: start;
        font-weight: 500;
        color: var(--_color-text-muted);
        padding-block: calc(var(--_space) * 2);
      }
      td {
        white-space: nowrap;
        padding-block: calc(var(--_space) * 3);
        border-block-start: 1px solid var(--_color-border);
        font-variant-numeric: tabular-nums;
      }
      td:last-child,
      th:last-child {
        text-align: end;
      }
      .links {
        display: inline-flex;
        gap: calc(var(--_space) * 2);
      }
      .visually-hidden {
        position: absolute;
        inline-size: 1px;
        block-size: 1px;
        overflow: hidden;
        clip-path: inset(50%);
        white-space: nowrap;
      }
      @container (max-width: 480px) {
        .section {
          padding: calc(var(--_space) * 4);
        }
        .actions {
          inline-size: 100%;
        }
        .actions .button:not(.quiet) {
          flex: 1;
        }
        .hide-narrow {
          display: none;
        }
      }
    }
  `,
];
