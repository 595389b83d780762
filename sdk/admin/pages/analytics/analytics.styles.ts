import { css } from "lit";

/** Inside an Analytics section: summary figures, data tables that scroll on narrow screens, a badge column. */
export const sectionStyles = css`
  .summary {
    display: flex;
    flex-wrap: wrap;
    gap: 8px 24px;
    margin: 0;
  }
  .summary div {
    display: grid;
    gap: 2px;
  }
  .summary dt {
    font-size: 0.75rem;
    color: var(--_color-text-muted);
  }
  .summary dd {
    margin: 0;
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }
  .table-scroll {
    overflow: auto;
    max-height: 320px;
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius-control);
  }
  table.numbers {
    width: 100%;
    border-collapse: collapse;
    font-size: 0.8125rem;
    font-variant-numeric: tabular-nums;
  }
  table.numbers th,
  table.numbers td {
    padding: 6px 10px;
    text-align: end;
    white-space: nowrap;
    border-bottom: 1px solid var(--_color-border);
  }
  table.numbers th:first-child,
  table.numbers td:first-child {
    text-align: start;
  }
  table.numbers thead th {
    position: sticky;
    top: 0;
    background: var(--_color-surface);
    color: var(--_color-text-muted);
    font-weight: 500;
  }
  table.numbers tbody tr:last-child td,
  table.numbers tbody tr:last-child th {
    border-bottom: 0;
  }
  table.numbers tbody th {
    font-weight: 500;
  }
  billing-admin-chart.small {
    --height: 160px;
  }
`;

/** The page: the toolbar of pickers, the cards and the grid of sections. */
export const pageStyles = css`
  .stack {
    display: grid;
    gap: 20px;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: 12px;
    align-items: end;
  }
  .toolbar .field {
    display: grid;
    gap: 4px;
    min-width: 0;
  }
  .toolbar label {
    font-size: 0.8125rem;
    font-weight: 500;
    color: var(--_color-text-muted);
  }
  .toolbar select,
  .toolbar input {
    font: inherit;
    font-size: 0.875rem;
    min-height: 36px;
    padding: 0 10px;
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius-control);
    background: var(--_color-background);
    color: var(--_color-text);
  }
  .toolbar input[aria-invalid="true"] {
    border-color: var(--_color-danger);
  }
  .field-error {
    font-size: 0.8125rem;
    color: var(--_color-danger);
  }
  .range-note {
    font-size: 0.8125rem;
    align-self: end;
    /* On the selects' text line. */
    padding-bottom: 9px;
  }
  .section-title {
    font-size: 0.875rem;
    font-weight: 600;
    color: var(--_color-text-muted);
    margin-bottom: -8px;
  }
  .metrics {
    display: grid;
    grid-template-columns: repeat(3, minmax(0, 1fr));
    gap: 16px;
  }
  @media (max-width: 640px) {
    .metrics {
      grid-template-columns: repeat(2, minmax(0, 1fr));
      gap: 12px;
    }
  }
  .sections {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 460px), 1fr));
    gap: 20px;
    align-items: stretch;
  }
  .sections > * {
    min-width: 0;
  }
  .sections .wide {
    grid-column: 1 / -1;
  }
  @media (max-width: 480px) {
    .toolbar .field {
      flex: 1 1 140px;
    }
    .toolbar select,
    .toolbar input {
      width: 100%;
    }
  }
`;
