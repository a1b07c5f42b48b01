// Audit: search with filters, verify with its answer, export.
import { html, formValues } from '../dom.js';
import { t, fmtDateTime, fmtNumber } from '../i18n.js';
import { get, download } from '../api.js';
import { pageHeader, card, pagedList, table, statusBadge, field, input, select, button, short, badge, refusingGate } from '../ui.js';
import { problemBox } from '../problem.js';
import { staffList, byId } from '../data.js';

export function render() {
  const results = html`<div></div>`;
  const verifyResult = html`<div aria-live="polite"></div>`;
  let staff = new Map();
  function run(filters) {
    if (filters.from) filters.from = new Date(filters.from).toISOString();
    if (filters.to) filters.to = new Date(filters.to).toISOString();
    results.replaceChildren(pagedList('/audit', filters, (items) => table([
      { label: t('audit.seq'), cell: (e) => fmtNumber(e.seq), className: 'num' },
      { label: t('audit.at'), cell: (e) => fmtDateTime(e.at) },
      { label: t('audit.actor'), cell: (e) => staff.get(e.actorId)?.username || e.actorId },
      { label: t('audit.action'), cell: (e) => html`<code>${e.action}</code>` },
      { label: t('audit.target'), cell: (e) => `${e.targetType}${e.targetId ? ` ${short(e.targetId)}` : ''}` },
      { label: t('audit.decision'), cell: (e) => (e.decision ? statusBadge(e.decision) : '') },
      { label: t('audit.gate'), cell: (e) => (refusingGate(e) ? badge(t(`gate.${refusingGate(e)}.name`), 'bad') : '') },
    ], items, { empty: t('audit.none') }), 50));
  }
  const form = html`<form class="toolbar toolbar-wrap" role="search" onSubmit=${(e) => { e.preventDefault(); run(formValues(form)); }}>
    <div class="staff-pick"></div>
    ${field(t('audit.action'), input('action', { placeholder: 'customer.read', id: 'audit-action' }))}
    ${field(t('audit.customer'), input('customerId'))}
    ${field(t('audit.decision'), select('decision', [['', t('common.all')], ['ALLOW', t('status.ALLOW')], ['DENY', t('status.DENY')]], { id: 'audit-decision' }))}
    ${field(t('audit.from'), input('from', { type: 'datetime-local' }))}
    ${field(t('audit.to'), input('to', { type: 'datetime-local' }))}
    ${field(t('audit.order'), select('order', [['desc', t('audit.order.desc')], ['asc', t('audit.order.asc')]], { id: 'audit-order' }))}
    <button type="submit" class="btn btn-secondary" id="audit-search">${t('common.search')}</button>
  </form>`;
  byId(staffList).then((m) => {
    staff = m;
    form.querySelector('.staff-pick').replaceChildren(field(t('audit.actor'), select('actorId', [['', t('common.all')], ...[...m.values()].map((s) => [s.id, s.username])])));
    run({ order: 'desc' });
  }).catch(() => run({ order: 'desc' }));
  const verify = async () => {
    verifyResult.replaceChildren(html`<p role="status">${t('audit.verifying')}</p>`);
    try {
      const v = await get('/audit/verify');
      verifyResult.replaceChildren(html`<div class=${v.valid ? 'notice notice-ok' : 'notice notice-bad'} data-test="verify-result" data-valid=${String(v.valid)}>
        <strong>${v.valid ? t('audit.chainValid') : t('audit.chainBroken', { seq: v.firstBrokenSeq })}</strong>
        <p>${t('audit.entries', { count: fmtNumber(v.entries) })} · ${t('audit.verifiedAt', { at: fmtDateTime(new Date().toISOString()) })}</p>
      </div>`);
    } catch (error) {
      verifyResult.replaceChildren(problemBox(error));
    }
  };
  const stamp = new Date().toISOString().slice(0, 10);
  const exports = html`<div class="actions">
    ${button(t('audit.verify'), verify, 'primary', { id: 'audit-verify' })}
    ${button(t('audit.exportJsonl'), () => download('/audit/export', { format: 'jsonl' }, `audit-${stamp}.jsonl`, 'application/x-ndjson').catch((e) => verifyResult.replaceChildren(problemBox(e))), 'secondary', { id: 'audit-export-jsonl' })}
    ${button(t('audit.exportCsv'), () => download('/audit/export', { format: 'csv' }, `audit-${stamp}.csv`, 'text/csv').catch((e) => verifyResult.replaceChildren(problemBox(e))), 'secondary', { id: 'audit-export-csv' })}
  </div>`;
  return html`<div>
    ${pageHeader(t('audit.title'), t('audit.subtitle'))}
    ${card(t('audit.chain'), exports, verifyResult)}
    ${card(t('audit.search'), form, results)}
  </div>`;
}
