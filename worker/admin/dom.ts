/** Builds DOM from data without ever parsing it as markup (no innerHTML anywhere in the admin). */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  ...children: Array<Node | string>
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.append(...children);
  return element;
}

/** Replaces the page's content. */
export function show(...nodes: Node[]): void {
  document.getElementById("app")?.replaceChildren(...nodes);
}

export function message(text: string, kind: "info" | "error" = "info"): HTMLElement {
  return h("p", { class: `message ${kind}`, role: kind === "error" ? "alert" : "status" }, text);
}
