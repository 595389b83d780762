import { css } from "lit";

export const styles = css`
  :host {
    display: block;
    min-height: 100vh;
    background: var(--_color-surface);
  }
  .test-banner {
    background: var(--_color-warning);
    /* the page's background colour reads on the warning colour in both themes */
    color: var(--_color-background);
    font-size: 0.8125rem;
    font-weight: 500;
    text-align: center;
    padding: 4px 12px;
  }
  .skip {
    position: absolute;
    left: 8px;
    top: -48px;
    z-index: 30;
    padding: 8px 12px;
    border-radius: var(--_radius-control);
    background: var(--_color-background);
    box-shadow: var(--_shadow);
  }
  .skip:focus {
    top: 8px;
  }
  main:focus {
    outline: none;
  }
  .frame {
    display: grid;
    grid-template-columns: 232px minmax(0, 1fr);
    min-height: 100vh;
  }
  .nav {
    position: sticky;
    top: 0;
    align-self: start;
    height: 100vh;
    overflow-y: auto;
    padding: 16px 12px;
    border-inline-end: 1px solid var(--_color-border);
    background: var(--_color-background);
  }
  .brand {
    display: block;
    padding: 6px 10px 18px;
    font-weight: 700;
    font-size: 1.0625rem;
    letter-spacing: -0.01em;
    color: var(--_color-text);
  }
  .nav ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 2px;
  }
  .nav li a {
    display: flex;
    align-items: center;
    gap: 10px;
    padding: 7px 10px;
    border-radius: var(--_radius-control);
    color: var(--_color-text-muted);
    font-size: 0.9rem;
    font-weight: 500;
  }
  .nav li a:hover {
    background: var(--_color-surface);
    color: var(--_color-text);
    text-decoration: none;
  }
  .nav li a[aria-current="page"] {
    background: color-mix(in srgb, var(--_color-accent) 12%, transparent);
    color: var(--_color-accent);
  }
  .column {
    min-width: 0;
    display: flex;
    flex-direction: column;
  }
  .topbar {
    position: sticky;
    top: 0;
    z-index: 5;
    display: flex;
    align-items: center;
    gap: 12px;
    height: 56px;
    padding: 0 24px;
    border-bottom: 1px solid var(--_color-border);
    background: var(--_color-background);
  }
  .spacer {
    flex: 1;
  }
  .nav-toggle {
    display: none;
    padding: 0 8px;
  }
  .org-select {
    max-width: 260px;
    min-height: 34px;
    padding: 4px 28px 4px 10px;
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius-control);
    background: var(--_color-background);
    color: var(--_color-text);
    font: inherit;
    font-weight: 600;
    font-size: 0.9rem;
    text-overflow: ellipsis;
  }
  .mode {
    display: inline-flex;
    align-items: center;
    gap: 8px;
    border: 0;
    background: none;
    color: var(--_color-text-muted);
    font: inherit;
    font-size: 0.875rem;
    font-weight: 500;
    cursor: pointer;
    padding: 4px;
    white-space: nowrap;
  }
  .mode.test {
    color: var(--_color-warning);
  }
  .track {
    position: relative;
    width: 30px;
    height: 18px;
    border-radius: 999px;
    background: var(--_color-border);
    transition: background 0.15s;
  }
  .thumb {
    position: absolute;
    top: 2px;
    left: 2px;
    width: 14px;
    height: 14px;
    border-radius: 50%;
    background: #fff;
    box-shadow: 0 1px 2px rgb(0 0 0 / 0.3);
    transition: transform 0.15s;
  }
  .mode.test .track {
    background: var(--_color-warning);
  }
  .mode.test .thumb {
    transform: translateX(12px);
  }
  .user {
    position: relative;
  }
  .user summary {
    list-style: none;
    cursor: pointer;
    border-radius: 50%;
  }
  .user summary::-webkit-details-marker {
    display: none;
  }
  .avatar {
    display: grid;
    place-items: center;
    width: 32px;
    height: 32px;
    border-radius: 50%;
    background: var(--_color-accent);
    color: var(--_color-accent-contrast);
    font-weight: 600;
    font-size: 0.875rem;
  }
  .menu {
    position: absolute;
    right: 0;
    top: calc(100% + 8px);
    width: 260px;
    display: grid;
    gap: 12px;
    padding: 14px;
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-background);
    box-shadow: var(--_shadow);
    font-size: 0.875rem;
    z-index: 10;
  }
  .who strong {
    overflow-wrap: anywhere;
  }
  .themes {
    border: 0;
    margin: 0;
    padding: 0;
    display: flex;
    gap: 12px;
    flex-wrap: wrap;
  }
  .themes legend {
    padding: 0;
    margin-bottom: 6px;
    font-weight: 500;
  }
  .themes label {
    display: inline-flex;
    gap: 4px;
    align-items: center;
  }
  main {
    width: 100%;
    max-width: 1200px;
    margin: 0 auto;
    padding: 32px;
  }
  .scrim {
    display: none;
  }
  @media (max-width: 899px) {
    .frame {
      grid-template-columns: minmax(0, 1fr);
    }
    .nav {
      position: fixed;
      z-index: 20;
      inset: 0 auto 0 0;
      width: 264px;
      max-width: 85vw;
      transform: translateX(-100%);
      visibility: hidden;
      transition: transform 0.2s, visibility 0.2s;
      box-shadow: var(--_shadow);
    }
    .nav.open {
      transform: none;
      visibility: visible;
    }
    .scrim {
      display: block;
      position: fixed;
      inset: 0;
      z-index: 15;
      background: rgb(0 0 0 / 0.35);
    }
    .nav-toggle {
      display: inline-flex;
    }
    .topbar {
      padding: 0 12px;
      gap: 8px;
    }
    .org {
      min-width: 0;
      flex: 0 1 auto;
    }
    .org-select {
      max-width: 100%;
    }
    main {
      padding: 20px 16px;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .nav,
    .track,
    .thumb {
      transition: none;
    }
  }
`;
