import { css } from "lit";

export const styles = css`
  @layer billing {
    :host {
      display: block;
      container-type: inline-size;
    }
    [part="base"] {
      display: flex;
      flex-direction: column;
      gap: calc(var(--_space) * 8);
    }
    .visually-hidden {
      position: absolute;
      inline-size: 1px;
      block-size: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }

    /* Billing period and currency */
    .controls {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: center;
      gap: calc(var(--_space) * 3);
    }
    .switch {
      display: inline-flex;
      gap: 2px;
      margin: 0;
      padding: 3px;
      border: 1px solid var(--_color-border);
      border-radius: 999px;
      background: var(--_color-surface);
    }
    .switch label {
      position: relative;
      display: inline-flex;
      align-items: center;
      gap: calc(var(--_space) * 2);
      padding-block: 6px;
      padding-inline: 16px;
      border-radius: 999px;
      color: var(--_color-text-muted);
      font-size: 0.875rem;
      font-weight: 500;
      cursor: pointer;
      transition: background 120ms, color 120ms;
    }
    .switch label.on {
      background: var(--_color-background);
      color: var(--_color-text);
      box-shadow: 0 1px 2px rgb(15 23 42 / 0.08), 0 0 0 1px var(--_color-border);
    }
    .switch input {
      position: absolute;
      opacity: 0;
      inset: 0;
      margin: 0;
      cursor: pointer;
    }
    .switch label:has(input:focus-visible) {
      outline: 2px solid var(--_color-accent);
      outline-offset: 2px;
    }
    .saving {
      padding-block: 1px;
      padding-inline: 8px;
      border-radius: 999px;
      background: color-mix(in srgb, var(--_color-success) 14%, transparent);
      color: var(--_color-success);
      font-size: 0.75rem;
      font-weight: 600;
    }
    select {
      block-size: 38px;
      padding-inline: 12px 28px;
      border: 1px solid var(--_color-border);
      border-radius: 999px;
      background: var(--_color-background);
      color: var(--_color-text);
      font: inherit;
      font-size: 0.875rem;
    }
    select:focus-visible {
      outline: 2px solid var(--_color-accent);
      outline-offset: 2px;
    }

    /* Plan cards: 1 to 4 columns by the width the page gives the table */
    .plans {
      display: grid;
      grid-template-columns: minmax(0, 1fr);
      gap: calc(var(--_space) * 4);
      margin: 0;
      padding: 0;
      list-style: none;
    }
    @container (min-width: 560px) {
      .plans:not(.count-1) {
        grid-template-columns: repeat(2, minmax(0, 1fr));
      }
    }
    @container (min-width: 840px) {
      .plans.count-3,
      .plans.count-4 {
        grid-template-columns: repeat(3, minmax(0, 1fr));
      }
    }
    @container (min-width: 1100px) {
      .plans.count-4 {
        grid-template-columns: repeat(4, minmax(0, 1fr));
      }
    }
    .plans.count-1 {
      max-inline-size: 420px;
      inline-size: 100%;
      margin-inline: auto;
    }
    /* Cards line up row by row (name, description, price, button, features, footer) through subgrid. */
    .plan {
      position: relative;
      display: grid;
      grid-row: span 6;
      grid-template-rows: subgrid;
      border: 1px solid var(--_color-border);
      border-radius: var(--_radius);
      background: var(--_color-background);
      box-shadow: var(--_shadow);
    }
    .plan.highlighted {
      border-color: var(--_color-accent);
      box-shadow: 0 0 0 1px var(--_color-accent), var(--_shadow);
    }
    article {
      display: grid;
      grid-row: 1 / -1;
      grid-template-rows: subgrid;
      row-gap: calc(var(--_space) * 3);
      padding: calc(var(--_space) * 6);
    }
    .pricing {
      display: flex;
      flex-direction: column;
      gap: calc(var(--_space) * 2);
    }
    .head {
      display: flex;
      align-items: center;
      justify-content: space-between;
      gap: calc(var(--_space) * 2);
    }
    h3 {
      margin: 0;
      font-size: 1rem;
      font-weight: 600;
      overflow-wrap: anywhere;
    }
    .badge {
      flex: none;
      padding-block: 2px;
      padding-inline: 10px;
      border-radius: 999px;
      background: var(--_color-accent);
      color: var(--_color-accent-contrast);
      font-size: 0.75rem;
      font-weight: 600;
    }
    .badge.current {
      background: color-mix(in srgb, var(--_color-success) 14%, transparent);
      color: var(--_color-success);
    }
    .description {
      margin: 0;
      color: var(--_color-text-muted);
      font-size: 0.875rem;
      overflow-wrap: anywhere;
    }
    .price {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      gap: 6px;
      margin-block-start: calc(var(--_space) * 2);
    }
    .amount {
      font-size: 2.25rem;
      font-weight: 650;
      letter-spacing: -0.02em;
      line-height: 1.1;
      font-variant-numeric: tabular-nums;
    }
    .per,
    .note {
      color: var(--_color-text-muted);
      font-size: 0.875rem;
    }
    .note,
    .trial {
      margin: 0;
      font-size: 0.8125rem;
    }
    .trial {
      color: var(--_color-accent);
      font-weight: 500;
    }
  }
`;
