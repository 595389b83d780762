import { css } from "lit";

/** Settings forms (with formStyles): a readable width, bare fieldsets and legends (checkboxes: formStyles). */
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
  .row {
    display: grid;
    gap: 12px;
    grid-template-columns: repeat(auto-fit, minmax(180px, 1fr));
    align-items: start;
  }
`;
