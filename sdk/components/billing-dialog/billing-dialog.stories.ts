import type { Meta, StoryObj } from "@storybook/web-components-vite";
import { html } from "lit";
import "./define";

interface Args {
  label: string;
  open: boolean;
  theme: "auto" | "light" | "dark";
}

const meta: Meta<Args> = {
  title: "Elements/billing-dialog",
  component: "billing-dialog",
  args: { label: "Pro plan", open: true, theme: "auto" },
  argTypes: { theme: { control: "inline-radio", options: ["auto", "light", "dark"] } },
  render: (args) => html`<billing-dialog label=${args.label} ?open=${args.open} theme=${args.theme}>
    <p>Content stays in the page's light DOM, so Stripe's Payment Element can mount in it.</p>
  </billing-dialog>`,
};
export default meta;

export const Playground: StoryObj<Args> = {};
export const Dark: StoryObj<Args> = { args: { theme: "dark" } };
