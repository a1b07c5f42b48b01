// Privacy requests: the queue with its clocks, acknowledge, verify identity, resume a stopped clock, extend, fulfil,
// download the archive an access request produced while its window lasts.
import { html } from '../dom.js';
import { t, fmtDate, fmtDateTime } from '../i18n.js';
import { post, download } from '../api.js';
import { pageHeader, card, pagedList, table, statusBadge, button, dialog, field, input, select, link, short, async } from '../ui.js';
import { showProblem, clearProblem, problemBox } from '../problem.js';
import { clock } from './home.js';

const TABS = ['open', 'overdue', 'done'];
/** The server fulfils these only after a successful identity check. */
const NEEDS_VERIFIED_IDENTITY = ['ACCESS', 'ERASURE'];
const METHODS = ['ID_DOCUMENT', 'KNOWN_DETAILS', 'AUTHENTICATED_ACCOUNT', 'OTHER'];

export function render(_params, ctx) {
  const status = new URLSearchParams(window.location.search).get('status') || 'open';
  const tabs = html`<nav class="tabs" aria-label=${t('privacy.filter')}>${TABS.map((s) => html`<a href=${`/console/privacy?status=${s}`} aria-current=${s === status ? 'page' : null} class=${s === status ? 'tab active' : 'tab'} data-tab=${s}>${t(`privacy.tab.${s}`)}</a>`)}</nav>`;
  const queue = pagedList('/privacy-requests', { status }, (items) => table([
    { label: t('privacy.customer'), cell: (r) => link(`/console/customers/${encodeURIComponent(r.customerId)}`, short(r.customerId)) },
    { label: t('privacy.type'), cell: (r) => t(`privacy.types.${r.type}`) },
    { label: t('privacy.rulePack'), cell: (r) => r.rulePack },
    { label: t('privacy.received'), cell: (r) => fmtDate(r.receivedAt) },
    { label: t('privacy.due'), cell: (r) => html`<span>${fmtDate(r.dueAt)}${r.extendedDueAt ? html` <span class="muted">(${t('privacy.extended')})</span>` : null}</span>` },
    { label: t('privacy.clock'), cell: (r) => html`<span>${clock(r)}${r.acknowledgmentOverdue ? html` <span class="clock clock-overdue" data-test="acknowledgment-overdue">${t('privacy.acknowledgmentOverdue', { due: fmtDate(r.acknowledgeDueAt) })}</span>` : null}</span>` },
    { label: t('privacy.status'), cell: (r) => statusBadge(r.status) },
    { label: html`<span class="sr-only">${t('common.actions')}</span>`, cell: (r) => actions(r, ctx) },
  ], items, { empty: t('privacy.none'), rowClass: (r) => (r.overdue ? 'row-overdue' : '') }), 25);
  return html`<div>
    ${pageHeader(t('privacy.title'), t('privacy.subtitle'))}
    ${card(t('privacy.queue'), tabs, queue)}
  </div>`;
}

function actions(r, ctx) {
  if (r.status === 'DONE') {
    return r.archive ? archiveCell(r) : '';
  }
  const act = (path) => async () => {
    await post(`/privacy-requests/${encodeURIComponent(r.id)}/${path}`);
    ctx.rerender();
  };
  if (r.status !== 'OPEN') {
    return html`<div class="row-actions">${button(t('privacy.resumeClock'), act('resume-clock'), 'secondary', { 'data-resume': r.id })}</div>`;
  }
  const verified = r.identityVerification?.result === 'VERIFIED';
  return html`<div class="row-actions">
    ${r.acknowledgeDueAt && !r.acknowledgedAt ? button(t('privacy.acknowledge'), act('acknowledge'), 'secondary', { 'data-acknowledge': r.id }) : null}
    ${NEEDS_VERIFIED_IDENTITY.includes(r.type) && !verified ? button(t('privacy.verifyIdentity'), () => verifyDialog(r, ctx), 'secondary', { 'data-verify': r.id }) : null}
    ${r.extendedDueAt ? null : button(t('privacy.extend'), () => extendDialog(r, ctx), 'secondary', { 'data-extend': r.id })}
    ${button(t('privacy.fulfil'), () => fulfilDialog(r, ctx), 'primary', { 'data-fulfil': r.id })}
  </div>`;
}

/** The archive's download while its window lasts (the server says 410 after it), else when it was erased. */
function archiveCell(r) {
  if (r.archive.erasedAt || new Date(r.archive.expiresAt) <= new Date()) {
    return html`<span class="muted" data-test="archive-erased">${t('privacy.archiveErased', { at: fmtDate(r.archive.erasedAt || r.archive.expiresAt) })}</span>`;
  }
  const result = html`<span></span>`;
  return html`<div class="stack">
    ${button(t('privacy.download'), () => downloadArchive(r.id).catch((e) => result.replaceChildren(problemBox(e))), 'secondary', { 'data-download': r.id })}
    <span class="muted">${t('privacy.archiveUntil', { at: fmtDate(r.archive.expiresAt) })}</span>
    ${result}
  </div>`;
}

/** Fetched with the in-memory token, saved from a Blob: a plain link would carry no credentials. */
function downloadArchive(id) {
  return download(`/privacy-requests/${encodeURIComponent(id)}/archive`, {}, `access-request-${id}.zip`, 'application/zip');
}

function extendDialog(r, ctx) {
  const form = html`<form class="stack" novalidate onSubmit=${async (e) => {
    e.preventDefault();
    clearProblem(form);
    try {
      await post(`/privacy-requests/${encodeURIComponent(r.id)}/extend`, { reason: form.reason.value });
      dlg.close();
      ctx.rerender();
    } catch (error) {
      showProblem(form, error);
    }
  }}>
    <div class="form-problem"></div>
    <p>${t('privacy.extendIntro', { due: fmtDate(r.dueAt) })}</p>
    ${field(t('privacy.reason'), html`<textarea name="reason" rows="3" required></textarea>`)}
    <div class="actions"><button type="submit" class="btn btn-primary">${t('privacy.extend')}</button></div>
  </form>`;
  const dlg = dialog(t('privacy.extendTitle'), form);
}

function verifyDialog(r, ctx) {
  const form = html`<form class="stack" novalidate onSubmit=${async (e) => {
    e.preventDefault();
    clearProblem(form);
    try {
      await post(`/privacy-requests/${encodeURIComponent(r.id)}/verify-identity`, {
        method: form.method.value, result: form.result.value, note: form.note.value || null,
      });
      dlg.close();
      ctx.rerender();
    } catch (error) {
      showProblem(form, error);
    }
  }}>
    <div class="form-problem"></div>
    <p>${t('privacy.verifyIntro')}</p>
    ${field(t('privacy.verifyMethod'), select('method', METHODS.map((m) => [m, t(`privacy.methods.${m}`)])))}
    ${field(t('privacy.verifyResult'), select('result', [['VERIFIED', t('privacy.results.VERIFIED')], ['FAILED', t('privacy.results.FAILED')]]))}
    ${field(t('privacy.note'), html`<textarea name="note" rows="2" maxlength="500"></textarea>`)}
    <div class="actions"><button type="submit" class="btn btn-primary">${t('privacy.verifyIdentity')}</button></div>
  </form>`;
  const dlg = dialog(t('privacy.verifyTitle'), form);
}

function fulfilDialog(r, ctx) {
  const extra = r.type === 'RECTIFICATION'
    ? field(t('privacy.changes'), html`<textarea name="changes" rows="4" placeholder='{"email": "new@example.com"}'></textarea>`, t('privacy.changesHint'))
    : r.type === 'OPT_OUT' ? field(t('privacy.purposes'), input('purposes', { placeholder: 'MARKETING, PROFILING' }), t('privacy.purposesHint')) : null;
  const done = html`<div></div>`;
  const form = html`<form class="stack" novalidate onSubmit=${async (e) => {
    e.preventDefault();
    clearProblem(form);
    const body = {};
    try {
      if (form.changes?.value.trim()) body.changes = JSON.parse(form.changes.value);
      if (form.purposes?.value.trim()) body.purposes = form.purposes.value.split(',').map((p) => p.trim()).filter(Boolean);
    } catch {
      showProblem(form, { status: 400, problem: { title: t('privacy.badJson'), errors: [{ field: 'changes', message: t('privacy.badJson') }] } });
      return;
    }
    try {
      const fulfilled = await post(`/privacy-requests/${encodeURIComponent(r.id)}/fulfil`, body);
      form.remove();
      done.replaceChildren(html`<div class="stack"><p class="notice notice-ok">${t('privacy.fulfilled', { at: fmtDateTime(fulfilled.fulfilledAt) })}</p>
        ${fulfilled.archive ? button(t('privacy.download'), () => downloadArchive(r.id).catch((e) => done.append(problemBox(e))), 'primary', { 'data-test': 'download-bundle' }) : null}
      </div>`);
    } catch (error) {
      showProblem(form, error);
    }
  }}>
    <div class="form-problem"></div>
    <p>${t(`privacy.fulfilIntro.${r.type}`)}</p>
    ${extra}
    <div class="actions"><button type="submit" class="btn btn-primary">${t('privacy.fulfil')}</button></div>
  </form>`;
  dialog(t('privacy.fulfilTitle'), html`<div>${form}${done}</div>`, () => ctx.rerender());
}
