import { css } from "lit";

export const styles = css`
  @layer billing {
    :host {
      display: contents;
    }
  }
`;
