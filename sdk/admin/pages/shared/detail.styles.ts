import { css } from "lit";

/** Record pages: cards of facts (a definition list in two columns, one on phones) and sections. */
export const detailStyles = css`
  .stack {
    display: grid;
    gap: 20px;
  }
  .grid {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 320px), 1fr));
    gap: 20px;
    align-items: start;
  }
  .section-title {
    margin-bottom: 12px;
  }
  .card h2 {
    margin-bottom: 12px;
  }
  .card-head {
    display: flex;
    justify-content: space-between;
    align-items: center;
    gap: 12px;
    margin-bottom: 12px;
    flex-wrap: wrap;
  }
  .card-head h2 {
    margin: 0;
  }
  dl {
    display: grid;
    grid-template-columns: minmax(110px, max-content) 1fr;
    gap: 8px 16px;
    margin: 0;
    font-size: 0.875rem;
  }
  dt {
    color: var(--_color-text-muted);
  }
  dd {
    margin: 0;
    min-width: 0;
    overflow-wrap: anywhere;
  }
  .list {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    font-size: 0.875rem;
  }
  .list li {
    display: flex;
    justify-content: space-between;
    align-items: center;
    gap: 12px;
    padding: 10px 0;
    border-top: 1px solid var(--_color-border);
    flex-wrap: wrap;
  }
  .list li:first-child {
    border-top: 0;
  }
  .list .main {
    min-width: 0;
    display: grid;
    gap: 2px;
  }
  .sub {
    font-size: 0.8125rem;
    color: var(--_color-text-muted);
  }
  .row-actions {
    display: flex;
    gap: 6px;
    flex-wrap: wrap;
  }
  .badges {
    display: inline-flex;
    gap: 4px;
    flex-wrap: wrap;
  }
  .state {
    padding: 24px;
    text-align: center;
    display: grid;
    gap: 8px;
    justify-items: center;
  }
  .skeleton {
    height: 120px;
    border-radius: var(--_radius);
    background: var(--_color-surface);
  }
  @media (max-width: 560px) {
    dl {
      grid-template-columns: 1fr;
      gap: 2px;
    }
    dd {
      margin-bottom: 8px;
    }
  }
`;
