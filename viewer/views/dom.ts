// DOM helpers. Data (labels, quotes, source text) only ever enters the page as text nodes: textContent and
// createTextNode, never innerHTML, so a label such as `<img src=x onerror=…>` shows as those characters.

export type Child = Node | string | null | undefined | false;

export interface ElementOptions {
  className?: string;
  text?: string;
  attrs?: Record<string, string>;
}

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  options: ElementOptions | string = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  const { className, text, attrs } = typeof options === "string" ? { text: options } : options;
  if (className) element.className = className;
  if (text !== undefined) element.textContent = text;
  for (const [name, value] of Object.entries(attrs ?? {})) element.setAttribute(name, value);
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    element.append(typeof child === "string" ? document.createTextNode(child) : child);
  }
  return element;
}

/** Only a web address becomes a link: a graph opened from a file could carry any text (`javascript:`) as a URL. */
export function safeUrl(url: string | undefined): string | undefined {
  return url !== undefined && /^https?:\/\//i.test(url) ? url : undefined;
}

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`the viewer's page has no #${id}; index.html and the viewer code disagree`);
  return element as T;
}

export function button(text: string, onClick: (event: MouseEvent) => void, className?: string): HTMLButtonElement {
  const element = h("button", { text, attrs: { type: "button" }, ...(className ? { className } : {}) });
  element.addEventListener("click", onClick);
  return element;
}

/** "1 passage", "3 passages". */
export function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${n.toLocaleString("en-GB")} ${n === 1 ? singular : plural}`;
}

/** Offers a Blob as a download under `name`. */
export function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = h("a", { attrs: { href: url, download: name } });
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
