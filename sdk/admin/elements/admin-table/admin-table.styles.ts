import { css } from "lit";

export const styles = css`
  .frame {
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-background);
    overflow: hidden;
    container-type: inline-size;
  }
  .scroll {
    overflow-x: auto;
  }
  table {
    width: 100%;
    border-collapse: collapse;
    font-size: 0.875rem;
  }
  th {
    text-align: start;
    font-weight: 500;
    font-size: 0.75rem;
    text-transform: uppercase;
    letter-spacing: 0.04em;
    color: var(--_color-text-muted);
    background: var(--_color-surface);
    padding: 8px 16px;
    border-bottom: 1px solid var(--_color-border);
    white-space: nowrap;
  }
  td {
    padding: 11px 16px;
    border-bottom: 1px solid var(--_color-border);
    vertical-align: middle;
  }
  tbody tr:last-child td {
    border-bottom: 0;
  }
  .end {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  /* Amounts and dates stay on one line; the long ids under a name (sub_…) break instead, so the table fits a phone. */
  td.end {
    white-space: nowrap;
  }
  td .muted {
    overflow-wrap: anywhere;
  }
  tr.linked {
    cursor: pointer;
  }
  tr.linked:hover td {
    background: var(--_color-surface);
  }
  /* The row's own link (rowHref) reads as the row's name; a record linked inside a cell keeps the link colour. */
  td a.row-link {
    color: var(--_color-text);
    font-weight: 500;
  }
  .skeleton .bar {
    display: block;
    height: 10px;
    width: 70%;
    border-radius: 4px;
    background: var(--_color-skeleton);
    animation: pulse 1.4s ease-in-out infinite;
  }
  @keyframes pulse {
    50% {
      opacity: 0.5;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .skeleton .bar {
      animation: none;
    }
  }
  .state {
    display: grid;
    justify-items: center;
    gap: 8px;
    padding: 40px 16px;
    text-align: center;
  }
  .pager {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 8px;
    padding: 10px 16px;
    border-top: 1px solid var(--_color-border);
    font-size: 0.875rem;
  }
  .pager-buttons {
    display: flex;
    gap: 8px;
  }
  @container (max-width: 560px) {
    .secondary {
      display: none;
    }
    th,
    td {
      padding-inline: 12px;
    }
  }
`;
