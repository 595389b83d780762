// The mailbox page's script, served as a file so the page runs under a CSP without 'unsafe-inline'.
// Every value from a message goes through textContent or a checked href: never innerHTML.
const URL_IN_TEXT = /https?:\/\/[^\s<>"')\]]+/g;
const list = document.getElementById("messages");
const reader = document.getElementById("reader");
const filter = document.getElementById("to");
const empty = document.getElementById("empty");
let selectedId = null;
let lastPayload = "";

function element(tag, text, className) {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

function safeLink(href) {
  const anchor = element("a", href);
  try {
    const url = new URL(href);
    if (url.protocol === "http:" || url.protocol === "https:") anchor.href = url.toString();
  } catch {
    // not a URL: stays plain text
  }
  return anchor;
}

/** The message text with its URLs turned into links, built node by node. */
function textWithLinks(text) {
  const body = element("pre", undefined, "body");
  let last = 0;
  for (const match of text.matchAll(URL_IN_TEXT)) {
    body.append(document.createTextNode(text.slice(last, match.index)));
    body.append(safeLink(match[0]));
    last = match.index + match[0].length;
  }
  body.append(document.createTextNode(text.slice(last)));
  return body;
}

function show(message) {
  selectedId = message.id;
  reader.replaceChildren();
  reader.append(element("h2", message.subject, "subject"));
  reader.append(element("p", `To: ${message.to} · ${new Date(message.created_at).toLocaleString()}`, "meta"));
  reader.append(textWithLinks(message.text));
  if (message.links.length > 0) {
    reader.append(element("h3", "Links"));
    const links = element("ul", undefined, "links");
    for (const href of message.links) {
      const item = element("li");
      item.append(safeLink(href));
      links.append(item);
    }
    reader.append(links);
  }
  for (const row of list.querySelectorAll("li")) row.classList.toggle("selected", row.dataset.id === message.id);
}

const NO_MAIL = empty.textContent;

function render(messages) {
  list.replaceChildren();
  empty.hidden = messages.length > 0;
  const wanted = filter.value.trim();
  empty.textContent = wanted ? `No messages match ${wanted}.` : NO_MAIL;
  for (const message of messages) {
    const row = element("li");
    row.dataset.id = message.id;
    const button = element("button");
    button.type = "button";
    button.append(
      element("span", message.subject, "subject"),
      element("span", message.to, "to"),
      element("time", new Date(message.created_at).toLocaleTimeString(), "time"),
    );
    button.addEventListener("click", () => show(message));
    row.append(button);
    list.append(row);
  }
  const selected = messages.find((message) => message.id === selectedId);
  if (selected) show(selected);
  else {
    // The open message is filtered out (or gone): do not leave it showing beside a list without it.
    selectedId = null;
    reader.replaceChildren();
  }
}

async function refresh() {
  const query = filter.value.trim() ? `?to=${encodeURIComponent(filter.value.trim())}` : "";
  const response = await fetch(`/mailbox/messages${query}`, { cache: "no-store" });
  if (!response.ok) return;
  const payload = await response.text();
  if (payload === lastPayload) return;
  lastPayload = payload;
  render(JSON.parse(payload));
}

filter.value = new URLSearchParams(location.search).get("to") ?? "";
filter.addEventListener("input", () => {
  lastPayload = "";
  void refresh();
});
void refresh();
setInterval(() => void refresh().catch(() => {}), 2_000);
