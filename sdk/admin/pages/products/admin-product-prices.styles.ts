import { css } from "lit";

/** `<billing-admin-product-prices>`: versions, their prices and actions. */
export const pricesStyles = css`
  section.card {
    display: grid;
    gap: 16px;
  }
  .version {
    display: grid;
    gap: 4px;
  }
  .version-head {
    border-top: 1px solid var(--_color-border);
    padding-top: 16px;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 8px;
  }
  h3,
  h4 {
    margin: 0;
    display: flex;
    flex-wrap: wrap;
    row-gap: 2px;
    align-items: center;
    gap: 8px;
  }
  ul.prices {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
  }
  ul.prices li {
    display: flex;
    flex-wrap: wrap;
    gap: 8px 12px;
    align-items: center;
    justify-content: space-between;
    padding: 10px 0;
    border-bottom: 1px solid var(--_color-border);
  }
  ul.prices li:last-child {
    border-bottom: none;
  }
  .amounts {
    display: flex;
    flex-wrap: wrap;
    gap: 4px 12px;
    align-items: baseline;
  }
  .amount {
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }
  .title,
  .subscribers {
    white-space: nowrap;
  }
  .subscribers {
    font-size: 0.875rem;
    font-weight: 400;
    color: var(--_color-text-muted);
  }
  summary {
    cursor: pointer;
    color: var(--_color-text-muted);
    font-size: 0.875rem;
    padding: 6px 0;
  }
  .price-actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 8px;
  }
`;
