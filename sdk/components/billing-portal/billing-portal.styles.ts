import { css } from "lit";
import { tokenStyles } from "../../internal/tokens";
import { controlStyles } from "./portal-controls.styles";
import { dialogStyles } from "./portal-dialog.styles";

// Layout: sections, lists and status badges; the narrow-container rules come last so they win.
const layoutStyles = css`
    @layer billing {
      :host {
        display: block;
        container-type: inline-size;
      }
      .portal {
        display: grid;
        gap: calc(var(--_space) * 6);
      }
      .section {
        border: 1px solid var(--_color-border);
        border-radius: var(--_radius);
        background: var(--_color-background);
        box-shadow: var(--_shadow);
        padding: calc(var(--_space) * 5) calc(var(--_space) * 6);
      }
      .section-head {
        display: flex;
        align-items: center;
        justify-content: space-between;
        gap: calc(var(--_space) * 3);
        margin-block-end: calc(var(--_space) * 2);
      }
      h2 {
        margin: 0;
        font-size: 0.8rem;
        font-weight: 600;
        letter-spacing: 0.04em;
        text-transform: uppercase;
        color: var(--_color-text-muted);
      }
      h3 {
        margin: 0;
        font-size: 1.125em;
        font-weight: 600;
      }
      h2:focus,
      h3:focus {
        outline: none;
      }
      p {
        margin: 0;
      }
      .list {
        list-style: none;
        margin: 0;
        padding: 0;
      }
      .item {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        justify-content: space-between;
        gap: calc(var(--_space) * 3) calc(var(--_space) * 6);
        padding-block: calc(var(--_space) * 4);
      }
      .item + .item {
        border-block-start: 1px solid var(--_color-border);
      }
      .item-main {
        display: grid;
        gap: calc(var(--_space) * 1);
        min-inline-size: 0;
        flex: 1 1 16rem;
      }
      .price,
      .detail,
      .muted,
      .empty,
      .hint {
        color: var(--_color-text-muted);
        font-size: 0.925em;
      }
      .badge {
        justify-self: start;
        font-size: 0.8em;
        font-weight: 600;
        border-radius: 999px;
        padding: calc(var(--_space) * 0.5) calc(var(--_space) * 2.5);
        color: var(--_tone);
        background: color-mix(in srgb, var(--_tone) 12%, transparent);
        --_tone: var(--_color-success);
      }
      .badge.warn {
        --_tone: #92400e;
      }
      :host(:state(dark)) .badge.warn {
        --_tone: #fbbf24;
      }
      .badge.bad {
        --_tone: var(--_color-danger);
      }
      .badge.muted {
        --_tone: var(--_color-text-muted);
      }
      .visually-hidden {
        position: absolute;
        inline-size: 1px;
        block-size: 1px;
        overflow: hidden;
        clip-path: inset(50%);
        white-space: nowrap;
      }
    }
  `;

const narrowStyles = css`
    @layer billing {
      @container (max-width: 480px) {
        .section {
          padding: calc(var(--_space) * 4);
        }
        .actions {
          inline-size: 100%;
        }
        .actions .button:not(.quiet) {
          flex: 1;
        }
        .hide-narrow {
          display: none;
        }
      }
    }
  `;

export const styles = [tokenStyles, layoutStyles, controlStyles, dialogStyles, narrowStyles];
