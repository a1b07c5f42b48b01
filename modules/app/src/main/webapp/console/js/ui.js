// Building blocks every screen uses: page header, labelled fields, tables, paging, badges.
import { html, uid } from './dom.js';
import { t } from './i18n.js';
import { get } from './api.js';
import { problemBox } from './problem.js';

export function pageHeader(title, subtitle, actions) {
  return html`<header class="page-header">
    <div><h1 tabindex="-1" class="page-title">${title}</h1>${subtitle ? html`<p class="page-subtitle">${subtitle}</p>` : null}</div>
    ${actions ? html`<div class="page-actions">${actions}</div>` : null}
  </header>`;
}

export function card(title, ...body) {
  const id = uid('card');
  return html`<section class="card" aria-labelledby=${id}>
    <h2 class="card-title" id=${id}>${title}</h2>
    ${body}
  </section>`;
}

/** A labelled control; `control` is built with the generated id. */
export function field(label, control, hint) {
  const id = control.id || uid('field');
  control.id = id;
  const hintId = hint ? `${id}-hint` : null;
  if (hintId) control.setAttribute('aria-describedby', hintId);
  return html`<div class="field">
    <label for=${id}>${label}</label>
    ${control}
    ${hint ? html`<p class="hint" id=${hintId}>${hint}</p>` : null}
  </div>`;
}

export function input(name, props = {}) {
  return html`<input name=${name} ...${{ type: 'text', ...props }} />`;
}

export function select(name, options, props = {}) {
  return html`<select name=${name} ...${props}>
    ${options.map(([value, label]) => html`<option value=${value} selected=${String(props.value ?? '') === String(value)}>${label}</option>`)}
  </select>`;
}

export function button(label, onClick, kind = 'secondary', props = {}) {
  return html`<button type="button" class=${`btn btn-${kind}`} onClick=${onClick} ...${props}>${label}</button>`;
}

export function badge(text, kind = 'neutral') {
  return html`<span class=${`badge badge-${kind}`}>${text}</span>`;
}

const STATUS_KIND = {
  ACTIVE: 'ok', CURRENT: 'ok', DONE: 'ok', ALLOW: 'ok', GRANTED: 'ok', KEEP: 'ok', CLOSED: 'neutral',
  PENDING: 'info', OPEN: 'info', AWAITING_IDENTITY_VERIFICATION: 'info', AWAITING_CLARIFICATION: 'info', DUE: 'warn', SUSPENDED: 'warn', WITHDRAWN: 'warn',
  EXPIRED: 'bad', REVOKED: 'bad', OFFBOARDED: 'bad', DENY: 'bad', DENIED: 'bad', REVOKE: 'bad', OVERDUE: 'bad',
};

export function statusBadge(status) {
  if (!status) return '';
  return badge(t(`status.${status}`), STATUS_KIND[status] || 'neutral');
}

/** A table: columns [{label, cell: (row) => node|string, className}], rows, and an empty message. */
export function table(columns, rows, { caption, empty, rowClass } = {}) {
  if (!rows.length) return html`<p class="empty">${empty || t('common.empty')}</p>`;
  return html`<div class="table-wrap"><table class="data">
    ${caption ? html`<caption>${caption}</caption>` : null}
    <thead><tr>${columns.map((c) => html`<th scope="col" class=${c.className || ''}>${c.label}</th>`)}</tr></thead>
    <tbody>${rows.map((row) => html`<tr class=${rowClass ? rowClass(row) || '' : ''}>${columns.map((c) => html`<td class=${c.className || ''}>${c.cell(row)}</td>`)}</tr>`)}</tbody>
  </table></div>`;
}

/**
 * A paged list over an API path answering {items, nextCursor}: renders the first page and a
 * "more" button that appends the next one. `render(items)` makes the table of all items so far.
 */
export function pagedList(path, query, render, limit = 25) {
  const holder = html`<div class="paged" aria-live="polite"></div>`;
  const items = [];
  let cursor = null;
  async function load() {
    holder.setAttribute('aria-busy', 'true');
    try {
      const page = await get(path, { ...query, limit, cursor: cursor || undefined });
      items.push(...page.items);
      cursor = page.nextCursor || null;
      const more = cursor ? button(t('common.more'), load, 'secondary', { 'data-test': 'more' }) : null;
      holder.replaceChildren(render(items), html`<div class="pager">
        <span class="muted">${t('common.shown', { count: items.length })}</span>${more}</div>`);
    } catch (e) {
      holder.replaceChildren(problemBox(e));
    } finally {
      holder.removeAttribute('aria-busy');
    }
  }
  load();
  return holder;
}

export function loading() {
  return html`<p class="loading" role="status">${t('common.loading')}</p>`;
}

/** Renders what an async function makes, a loading line meanwhile and the problem if it fails. */
export function async(make) {
  const holder = html`<div class="async">${loading()}</div>`;
  Promise.resolve()
    .then(make)
    .then((node) => holder.replaceChildren(node))
    .catch((e) => holder.replaceChildren(problemBox(e)));
  return holder;
}

export function link(href, label, props = {}) {
  return html`<a href=${href} ...${props}>${label}</a>`;
}

/** The distinguishing end of an id (ids sharing a time prefix differ at the end). */
export function short(id) { return id ? `…${String(id).slice(-8)}` : ''; }

/** A modal dialog (the native <dialog>): focus is kept inside and Escape closes it. */
export function dialog(title, body, onClose) {
  const titleId = uid('dlg');
  const el = html`<dialog class="dialog" aria-labelledby=${titleId}>
    <div class="dialog-head"><h2 id=${titleId}>${title}</h2>
      <button type="button" class="btn btn-ghost" aria-label=${t('common.close')} onClick=${() => el.close()}>✕</button></div>
    <div class="dialog-body">${body}</div>
  </dialog>`;
  el.addEventListener('close', () => { el.remove(); onClose?.(); });
  document.body.appendChild(el);
  el.showModal();
  return el;
}

/** The gate that refused an audited decision: `gate` of a refusal, or the first failed one of an access decision's `gates`. */
export function refusingGate(entry) {
  return entry.details?.gate || (entry.details?.gates || []).find((g) => !g.passed)?.gate || null;
}
