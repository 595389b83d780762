import { css } from "lit";

/** Settings forms (with formStyles): a readable width, bare fieldsets, checkboxes and legends. */
export const settingsFormStyles = css`
  form {
    max-width: 720px;
  }
  fieldset {
    border: 0;
    padding: 0;
    margin: 0;
    min-width: 0;
    display: grid;
    gap: 16px;
  }
  fieldset.choices {
    gap: 8px;
  }
  legend {
    padding: 0;
    margin-bottom: 8px;
    font-size: 0.875rem;
    font-weight: 500;
  }
  /* The hint lines up with the label's text, after the box. */
  .field.check .hint {
    padding-inline-start: 24px;
  }
  .field.check label {
    display: flex;
    align-items: center;
    gap: 8px;
  }
  input[type="checkbox"],
  input[type="radio"] {
    width: auto;
    min-height: 0;
    margin: 0;
    accent-color: var(--_color-accent);
  }
  .row {
    display: grid;
    gap: 12px;
    grid-template-columns: repeat(auto-fit, minmax(180px, 1fr));
    align-items: start;
  }
`;
