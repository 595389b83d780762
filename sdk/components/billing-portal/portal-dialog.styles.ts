import { css } from "lit";

// The portal's dialogs (forms, plan choices, proration totals) and its card and invoice lists.
export const dialogStyles = css`
    @layer billing {
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
      /* A meter spans its row: the bar shows the share of the whole width, not of the label's. */
      .meters billing-usage-meter {
        flex: 1 1 auto;
        min-inline-size: 0;
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
    }
  `;
