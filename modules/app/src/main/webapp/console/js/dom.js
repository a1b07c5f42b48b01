// A tiny DOM builder for htm (tagged templates, no build step): html`<p class=${c}>${text}</p>`
// makes real DOM nodes. Event handlers are on* properties; no inline style (the CSP forbids it).
import htm from '/console/vendor/htm/mini/index.module.js';

const BOOLEAN = new Set(['disabled', 'checked', 'selected', 'required', 'hidden', 'readonly', 'multiple', 'open']);

export function h(type, props, ...children) {
  if (typeof type === 'function') return type({ ...(props || {}), children });
  const el = document.createElement(type);
  for (const [name, value] of Object.entries(props || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') {
      el.addEventListener(name.slice(2).toLowerCase(), value);
    } else if (name === 'ref' && typeof value === 'function') {
      value(el);
    } else if (name === 'value' && (type === 'input' || type === 'textarea' || type === 'select')) {
      el.value = value;
      if (type === 'select') el.dataset.value = value;
    } else if (BOOLEAN.has(name)) {
      el[name] = true;
      el.setAttribute(name, '');
    } else if (name === 'style') {
      throw new Error('no inline style: use a class');
    } else {
      el.setAttribute(name === 'className' ? 'class' : name, value === true ? '' : String(value));
    }
  }
  append(el, children);
  if (type === 'select' && el.dataset.value !== undefined && [...el.options].some((o) => o.value === el.dataset.value)) {
    el.value = el.dataset.value;
  }
  return el;
}

function append(el, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false || child === true) continue;
    if (Array.isArray(child)) append(el, child);
    else if (child instanceof Node) el.appendChild(child);
    else el.appendChild(document.createTextNode(String(child)));
  }
}

export const html = htm.bind(h);

/** Replaces the content of an element. */
export function mount(target, ...nodes) {
  target.replaceChildren();
  append(target, nodes);
  return target;
}

/** The values of a form's named controls as an object (empty strings left out). */
export function formValues(form) {
  const values = {};
  for (const [k, v] of new FormData(form).entries()) {
    if (typeof v === 'string' && v.trim() !== '') values[k] = v.trim();
  }
  return values;
}

let idSeq = 0;
export function uid(prefix = 'f') {
  idSeq += 1;
  return `${prefix}-${idSeq}`;
}
