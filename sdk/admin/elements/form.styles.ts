import { css } from "lit";

/** Fields rendered by `field()`: label above, hint and API error below. */
export const formStyles = css`
  form {
    display: grid;
    gap: 16px;
  }
  .field {
    display: grid;
    gap: 6px;
    /* In a row of fields, one with a hint is taller: the others keep label and control at the top. */
    align-content: start;
  }
  label {
    font-size: 0.875rem;
    font-weight: 500;
  }
  input,
  select,
  textarea {
    width: 100%;
    min-height: 38px;
    padding: 7px 10px;
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius-control);
    background: var(--_color-background);
    color: var(--_color-text);
    font: inherit;
    font-size: 0.9375rem;
  }
  /* Checkboxes and radios keep their own size (checkbox(): the box, then its label on one line). */
  input[type="checkbox"],
  input[type="radio"] {
    width: auto;
    min-height: 0;
    margin: 0;
    accent-color: var(--_color-accent);
  }
  .field.check label {
    display: flex;
    align-items: center;
    gap: 8px;
  }
  /* The hint lines up with the label's text, after the box. */
  .field.check .hint {
    padding-inline-start: 24px;
  }
  input:focus-visible,
  select:focus-visible,
  textarea:focus-visible {
    outline: 2px solid var(--_color-accent);
    outline-offset: 0;
    border-color: var(--_color-accent);
  }
  [aria-invalid="true"] {
    border-color: var(--_color-danger);
  }
  .hint {
    font-size: 0.8125rem;
    color: var(--_color-text-muted);
  }
  .field-error {
    font-size: 0.8125rem;
    color: var(--_color-danger);
  }
  .actions {
    display: flex;
    gap: 8px;
    justify-content: flex-end;
    flex-wrap: wrap;
  }
`;
