import { css } from "lit";

/** List pages: the filter bar of `ListFilters.bar()` above the table, wrapping on narrow screens. */
export const listStyles = css`
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: 12px;
    align-items: flex-end;
    margin-bottom: 16px;
  }
  .filters .field {
    display: grid;
    gap: 4px;
    min-width: 120px;
    flex: 1 1 120px;
  }
  /* At 1280 px the search, two selects, two dates and the sort share one row, each wide enough for its text. */
  .filters .field.date {
    /* A date input will not shrink below its text and picker button. */
    min-width: 145px;
    flex-basis: 145px;
  }
  .filters .field[data-filter="sort"] {
    flex-basis: 135px;
  }
  .filters .field.search {
    flex: 2 1 235px;
  }
  .filters label {
    font-size: 0.75rem;
    font-weight: 500;
    color: var(--_color-text-muted);
  }
  .filters input,
  .filters select {
    width: 100%;
    /* One height for all: a date input is otherwise a pixel or two taller than its neighbours. */
    height: 36px;
    padding: 6px 10px;
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius-control);
    background: var(--_color-background);
    color: var(--_color-text);
    font: inherit;
    font-size: 0.875rem;
  }
  /* On wide screens the folded group is just part of the row. */
  .filters .more {
    display: contents;
  }
  .filters-toggle {
    display: none;
  }
  .filters .reset {
    flex: 0 0 auto;
  }
  .badges {
    display: inline-flex;
    gap: 4px;
    flex-wrap: wrap;
  }
  .sub {
    display: block;
    font-size: 0.8125rem;
    color: var(--_color-text-muted);
  }
  @media (max-width: 560px) {
    .filters-toggle {
      display: inline-flex;
    }
    .filters:not(.open) .more {
      display: none;
    }
    .filters.open .more {
      display: flex;
      flex-wrap: wrap;
      gap: 12px;
      width: 100%;
    }
    .filters .field {
      flex: 1 1 45%;
      min-width: 0;
    }
    .filters .field.search {
      flex-basis: 100%;
    }
  }
`;
