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
  // The page behind: the dialog itself is fixed over it (opened non-modally, see billing-dialog.ts).
  render: (args) => html`<p>The merchant's page, behind the dialog.</p>
    <billing-dialog label=${args.label} ?open=${args.open} theme=${args.theme}>
    <p>Content stays in the page's light DOM, so Stripe's Payment Element can mount in it.</p>
  </billing-dialog>`,
};
export default meta;

export const Playground: StoryObj<Args> = {};
export const Dark: StoryObj<Args> = { args: { theme: "dark" } };
