import { css } from "lit";

/** uPlot's own stylesheet (uPlot.min.css, the parts we use), in the element's shadow root, on our tokens. */
export const styles = css`
  :host {
    display: block;
    min-width: 0;
  }
  .uplot,
  .uplot * {
    box-sizing: border-box;
  }
  .uplot {
    font-family: inherit;
    line-height: 1.5;
    width: 100%;
  }
  .u-wrap {
    position: relative;
    user-select: none;
  }
  .u-over,
  .u-under {
    position: absolute;
  }
  .u-under {
    overflow: hidden;
  }
  .uplot canvas {
    display: block;
    position: relative;
    width: 100%;
    height: 100%;
  }
  .u-axis {
    position: absolute;
  }
  .u-legend {
    font-size: 0.8125rem;
    margin: 8px 0 0;
    text-align: start;
    color: var(--_color-text-muted);
  }
  .u-inline {
    display: block;
  }
  .u-inline * {
    display: inline-block;
  }
  .u-inline tr {
    margin-right: 16px;
  }
  .u-legend th {
    font-weight: 500;
  }
  .u-legend th > * {
    vertical-align: middle;
    display: inline-block;
  }
  .u-legend .u-marker {
    width: 10px;
    height: 10px;
    border-radius: 2px;
    margin-right: 6px;
    background-clip: padding-box !important;
  }
  .u-inline.u-live th::after {
    content: ":";
    vertical-align: middle;
  }
  .u-inline:not(.u-live) .u-value {
    display: none;
  }
  .u-series > * {
    padding: 2px;
  }
  .u-legend .u-off > * {
    opacity: 0.3;
  }
  .u-select {
    background: color-mix(in srgb, var(--_color-accent) 10%, transparent);
    position: absolute;
    pointer-events: none;
  }
  .u-cursor-x,
  .u-cursor-y {
    position: absolute;
    left: 0;
    top: 0;
    pointer-events: none;
    will-change: transform;
  }
  .u-hz .u-cursor-x {
    height: 100%;
    border-right: 1px dashed var(--_color-text-muted);
  }
  .u-hz .u-cursor-y {
    display: none;
  }
  .u-cursor-pt {
    position: absolute;
    top: 0;
    left: 0;
    border-radius: 50%;
    border: 0 solid;
    pointer-events: none;
    will-change: transform;
    background-clip: padding-box !important;
  }
  .u-axis.u-off,
  .u-select.u-off,
  .u-cursor-x.u-off,
  .u-cursor-y.u-off,
  .u-cursor-pt.u-off {
    display: none;
  }
  /* Its width comes from the container, never from the canvas drawn at the last width: a wide
     canvas would otherwise hold a grid track open and the chart would never be told to shrink. */
  .plot {
    min-height: var(--height, 240px);
    contain: inline-size;
  }
  .empty {
    display: grid;
    place-items: center;
    min-height: var(--height, 240px);
    color: var(--_color-text-muted);
    font-size: 0.875rem;
  }
`;
