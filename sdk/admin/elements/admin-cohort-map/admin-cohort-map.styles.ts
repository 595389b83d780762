import { css } from "lit";

export const styles = css`
  .head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 8px;
    margin-bottom: 12px;
    font-size: 0.8125rem;
  }
  .measure {
    display: inline-flex;
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius-control);
    overflow: hidden;
  }
  .measure button {
    font: inherit;
    font-size: 0.8125rem;
    padding: 6px 12px;
    border: 0;
    background: var(--_color-background);
    color: var(--_color-text-muted);
    cursor: pointer;
  }
  .measure button[aria-pressed="true"] {
    background: var(--_color-surface);
    color: var(--_color-text);
    font-weight: 600;
  }
  .scroll {
    overflow-x: auto;
    max-width: 100%;
  }
  table {
    border-collapse: separate;
    border-spacing: 2px;
    font-size: 0.8125rem;
    font-variant-numeric: tabular-nums;
  }
  caption {
    text-align: start;
    caption-side: top;
    color: var(--_color-text-muted);
    padding-bottom: 6px;
  }
  th {
    font-weight: 500;
    color: var(--_color-text-muted);
    white-space: nowrap;
    padding: 6px 8px;
  }
  thead th {
    text-align: center;
  }
  tbody th {
    text-align: start;
    position: sticky;
    left: 0;
    background: var(--_color-background);
  }
  td {
    min-width: 56px;
    padding: 6px 8px;
    text-align: center;
    white-space: nowrap;
    border-radius: 4px;
    /* At most 60 % of the accent: the text colour stays readable (4.5:1) on every shade, light and dark. */
    background: color-mix(in srgb, var(--_color-accent) calc(var(--shade, 0%) * 0.6), var(--_color-background));
    color: var(--_color-text);
  }
  td.size {
    background: none;
    color: var(--_color-text-muted);
    text-align: end;
  }
  td.none {
    background: none;
    color: var(--_color-text-muted);
  }
  .legend {
    display: flex;
    align-items: center;
    gap: 8px;
    margin-top: 8px;
    font-size: 0.75rem;
    color: var(--_color-text-muted);
  }
  .ramp {
    width: 96px;
    height: 10px;
    border-radius: 3px;
    background: linear-gradient(
      to right,
      var(--_color-background),
      color-mix(in srgb, var(--_color-accent) 60%, var(--_color-background))
    );
    border: 1px solid var(--_color-border);
  }
`;
