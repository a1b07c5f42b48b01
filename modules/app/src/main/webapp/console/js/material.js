// A course's material as the server stores it (HTML it has already sanitised), shown without ever
// parsing it into the live page: DOMParser builds an inert document (nothing in it runs or loads),
// and only the server's allow-list of elements and attributes is copied over, node by node. A
// change on the server that let more through would still show as plain text here.
const ELEMENTS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'br', 'hr', 'ul', 'ol', 'li', 'a', 'img', 'em',
  'strong', 'b', 'i', 'u', 's', 'blockquote', 'code', 'pre', 'sub', 'sup']);
const ATTRIBUTES = { a: ['href', 'title'], img: ['src', 'alt', 'title', 'width', 'height'], ol: ['start'] };
const SCHEMES = { href: /^(https?:|mailto:)/i, src: /^(https:|data:image\/(png|jpeg|gif|webp);base64,)/i };

function copy(node) {
  if (node.nodeType === Node.TEXT_NODE) return document.createTextNode(node.textContent);
  if (node.nodeType !== Node.ELEMENT_NODE) return null;
  const name = node.localName;
  if (!ELEMENTS.has(name)) return document.createTextNode(node.textContent);
  const el = document.createElement(name);
  for (const attribute of ATTRIBUTES[name] || []) {
    const value = node.getAttribute(attribute);
    if (value === null || (SCHEMES[attribute] && !SCHEMES[attribute].test(value.trim()))) continue;
    el.setAttribute(attribute, value);
  }
  // An image whose source did not survive shows nothing; one without alt text is taken as decorative.
  if (name === 'img') {
    if (!el.hasAttribute('src')) return null;
    if (!el.hasAttribute('alt')) el.setAttribute('alt', '');
  }
  if (name === 'a') {
    el.setAttribute('rel', 'noopener noreferrer');
    el.setAttribute('target', '_blank');
  }
  for (const child of node.childNodes) {
    const copied = copy(child);
    if (copied) el.appendChild(copied);
  }
  return el;
}

/** The nodes of one section's sanitised HTML, safe to append. */
export function materialNodes(sanitisedHtml) {
  const inert = new DOMParser().parseFromString(sanitisedHtml || '', 'text/html');
  return [...inert.body.childNodes].map(copy).filter(Boolean);
}
