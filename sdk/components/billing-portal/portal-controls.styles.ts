import { css } from "lit";

// The portal's buttons, notices, errors and loading placeholders.
export const controlStyles = css`
    @layer billing {
      .actions,
      .dialog-actions {
        display: flex;
        flex-wrap: wrap;
        gap: calc(var(--_space) * 2);
      }
      .dialog-actions {
        justify-content: flex-end;
        margin-block-start: calc(var(--_space) * 2);
      }
      .link {
        color: var(--_color-accent);
        font-weight: 500;
        text-decoration: none;
        padding: calc(var(--_space) * 2) calc(var(--_space) * 1.5);
        border-radius: var(--_radius-control);
      }
      .link:hover {
        text-decoration: underline;
      }
      .button {
        font: inherit;
        font-size: 0.925em;
        font-weight: 500;
        cursor: pointer;
        border-radius: var(--_radius-control);
        padding: calc(var(--_space) * 2) calc(var(--_space) * 3.5);
        border: 1px solid var(--_color-border);
        background: var(--_color-background);
        color: var(--_color-text);
        white-space: nowrap;
      }
      .button:hover:not(:disabled) {
        background: var(--_color-surface);
      }
      .primary {
        background: var(--_color-accent);
        border-color: var(--_color-accent);
        color: var(--_color-accent-contrast);
      }
      .primary:hover:not(:disabled) {
        background: var(--_color-accent);
        filter: brightness(1.08);
      }
      .quiet {
        border-color: transparent;
        background: transparent;
        color: var(--_color-text-muted);
      }
      .danger {
        background: var(--_color-danger);
        border-color: var(--_color-danger);
        color: var(--_color-background);
      }
      .danger:hover:not(:disabled) {
        background: var(--_color-danger);
        filter: brightness(1.08);
      }
      .button:disabled {
        cursor: default;
        opacity: 0.6;
      }
      :focus-visible {
        outline: 2px solid var(--_color-accent);
        outline-offset: 2px;
      }
      .notice:empty {
        display: none;
      }
      .notice,
      .problem,
      .error:not(:empty) {
        border-radius: var(--_radius-control);
        padding: calc(var(--_space) * 3) calc(var(--_space) * 4);
        border: 1px solid color-mix(in srgb, var(--_tone) 35%, transparent);
        background: color-mix(in srgb, var(--_tone) 8%, transparent);
        --_tone: var(--_color-success);
      }
      .notice.bad,
      .problem,
      .error,
      .error:not(:empty) {
        --_tone: var(--_color-danger);
        color: var(--_color-danger);
      }
      .problem {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        justify-content: space-between;
        gap: calc(var(--_space) * 3);
      }
      .error:empty {
        display: none;
      }
      .error-text {
        color: var(--_color-danger);
      }
      .skeleton {
        border-radius: var(--_radius-control);
        background: var(--_color-skeleton);
        block-size: calc(var(--_space) * 10);
        margin-block: calc(var(--_space) * 3);
        animation: pulse 1.4s ease-in-out infinite;
      }
      .skeleton.short {
        inline-size: 60%;
      }
      @keyframes pulse {
        50% {
          opacity: 0.55;
        }
      }
      @media (prefers-reduced-motion: reduce) {
        .skeleton {
          animation: none;
        }
      }
    }
  `;
