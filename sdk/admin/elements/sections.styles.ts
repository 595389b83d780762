import { css } from "lit";

/**
 * Pages made of cards (API keys, Team, Fees, the pricing preview): `.stack` of `section.card`s;
 * `ul.items` lists rows (`.item` text, `.item-actions` buttons) inside a card; `.inline-fields`
 * sets a form's fields side by side, wrapping on narrow screens (`addRowForm()`).
 */
export const sectionStyles = css`
  .stack {
    display: grid;
    gap: 24px;
  }
  section.card {
    display: grid;
    gap: 12px;
  }
  ul.items {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  ul.items > li {
    display: flex;
    flex-wrap: wrap;
    gap: 8px 12px;
    align-items: center;
    justify-content: space-between;
    padding: 12px 0;
    border-bottom: 1px solid var(--_color-border);
  }
  ul.items > li:last-child {
    border-bottom: none;
  }
  .item {
    display: grid;
    gap: 2px;
    min-width: 0;
    overflow-wrap: anywhere;
  }
  .item-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 8px;
    align-items: center;
  }
  .item-actions select {
    width: auto;
  }
  .inline-fields {
    display: grid;
    gap: 12px;
    grid-template-columns: repeat(auto-fit, minmax(160px, 1fr));
  }
`;
