// Customers: the caller's scoped list with search, masked fields shown as masked with the reason;
// one customer's page with consent history and who accessed the record.
import { html, formValues } from '../dom.js';
import { t, fmtDate, fmtDateTime, fmtNumber } from '../i18n.js';
import { get, me, mayOpen } from '../api.js';
import { pageHeader, card, async, table, pagedList, field, input, select, link, badge, statusBadge, short } from '../ui.js';
import { problemBox } from '../problem.js';
import { stores, staffList, byId } from '../data.js';

export function render(params) {
  return params.id ? customer(params.id) : list();
}

function masked(c, name, value) {
  if ((c.masked || []).includes(name)) {
    return html`<span class="masked" data-test="masked">${badge(t('customers.masked'), 'neutral')} <span class="sr-only">${t('customers.maskedWhy')}</span></span>`;
  }
  return value ?? '—';
}

function list() {
  const results = html`<div></div>`;
  const body = async(async () => {
    const storeMap = await byId(stores).catch(() => new Map());
    function run(filters) {
      results.replaceChildren(pagedList('/customers', filters, (items) => table([
        { label: t('customers.name'), cell: (c) => link(`/console/customers/${encodeURIComponent(c.id)}`, `${c.givenName} ${c.familyName}`) },
        { label: t('customers.country'), cell: (c) => c.subdivision || c.country },
        { label: t('customers.store'), cell: (c) => storeMap.get(c.storeId)?.name || short(c.storeId) },
        { label: t('customers.email'), cell: (c) => masked(c, 'email', c.email) },
        { label: t('customers.birthDate'), cell: (c) => masked(c, 'birthDate', c.birthDate ? fmtDate(c.birthDate) : null) },
        { label: t('customers.lifetimeValue'), cell: (c) => masked(c, 'lifetimeValue', c.lifetimeValue !== undefined ? fmtNumber(c.lifetimeValue, { minimumFractionDigits: 2 }) : null), className: 'num' },
      ], items, { empty: t('customers.none') })));
    }
    const form = html`<form class="toolbar" role="search" onSubmit=${(e) => { e.preventDefault(); run(formValues(form)); }}>
      ${field(t('customers.search'), input('q', { type: 'search', id: 'customer-search' }))}
      ${field(t('customers.store'), select('storeId', [['', t('common.all')], ...[...storeMap.values()].map((s) => [s.id, s.name])]))}
      ${field(t('customers.country'), input('country', { maxlength: 2, size: 3 }))}
      <button type="submit" class="btn btn-secondary">${t('common.search')}</button>
    </form>`;
    run({});
    return html`<div>${form}<p class="hint">${t('customers.maskedLegend')}</p></div>`;
  });
  return html`<div>
    ${pageHeader(t('customers.title'), t('customers.subtitle'))}
    ${card(t('customers.listTitle'), body, results)}
  </div>`;
}

function customer(id) {
  const enc = encodeURIComponent(id);
  const body = async(async () => {
    let c;
    try {
      c = await get(`/customers/${enc}`);
    } catch (error) {
      if (error.status !== 403) throw error;
      const self = await me();
      return html`<div data-test="refused">
        ${pageHeader(t('customers.refusedTitle'))}
        ${problemBox(error)}
        <p>${link(`/console/explain?customerId=${enc}&staffId=${encodeURIComponent(self.id)}&action=customer.read`, t('customers.explainRefusal'), { id: 'explain-refusal' })}</p>
      </div>`;
    }
    // Lookups and cards that need more than customer.read are left out for a reader without it.
    const [storeMap, staff, self] = await Promise.all([byId(stores).catch(() => new Map()), byId(staffList).catch(() => new Map()), me()]);
    const rows = [
      ['customers.email', masked(c, 'email', c.email)],
      ['customers.phone', masked(c, 'phone', c.phone)],
      ['customers.birthDate', masked(c, 'birthDate', c.birthDate ? fmtDate(c.birthDate) : null)],
      ['customers.country', c.subdivision || c.country],
      ['customers.store', storeMap.get(c.storeId)?.name || short(c.storeId)],
      ['customers.owner', staff.get(c.ownerId)?.username || short(c.ownerId)],
      ['customers.lifetimeValue', masked(c, 'lifetimeValue', c.lifetimeValue !== undefined ? fmtNumber(c.lifetimeValue, { minimumFractionDigits: 2 }) : null)],
      ['customers.loyaltyPoints', masked(c, 'loyaltyPoints', c.loyaltyPoints !== undefined ? fmtNumber(c.loyaltyPoints) : null)],
      ['customers.purchases', masked(c, 'purchaseCount', c.purchaseCount !== undefined ? fmtNumber(c.purchaseCount) : null)],
    ];
    return html`<div>
      ${pageHeader(`${c.givenName} ${c.familyName}`, (c.masked || []).length ? t('customers.maskedFields', { fields: c.masked.join(', ') }) : null)}
      <div class="grid-2">
        ${card(t('customers.record'), html`<dl class="facts">${rows.map(([k, v]) => [html`<dt>${t(k)}</dt>`, html`<dd>${v}</dd>`])}</dl>`)}
        ${mayOpen(self, ['consent.read']) ? card(t('customers.consents'), consents(enc)) : null}
      </div>
      ${mayOpen(self, ['audit.read']) && card(t('customers.accessLog'), pagedList(`/customers/${enc}/access-log`, {}, (items) => table([
        { label: t('audit.at'), cell: (e) => fmtDateTime(e.at) },
        { label: t('audit.actor'), cell: (e) => staff.get(e.actorId)?.username || e.actorId },
        { label: t('audit.action'), cell: (e) => html`<code>${e.action}</code>` },
        { label: t('audit.decision'), cell: (e) => statusBadge(e.decision) },
      ], items, { empty: t('customers.noAccess') })))}
    </div>`;
  });
  return html`<div><p class="crumbs">${link('/console/customers', t('nav.customers'))}</p>${body}</div>`;
}

function consents(enc) {
  return async(async () => {
    const overview = await get(`/customers/${enc}/consents`);
    return html`<div class="stack">
      ${table([
        { label: t('consent.purpose'), cell: (c) => c.purpose },
        { label: t('consent.state'), cell: (c) => statusBadge(c.state) },
        { label: t('consent.source'), cell: (c) => c.source },
        { label: t('consent.since'), cell: (c) => fmtDate(c.since) },
      ], overview.current, { caption: t('consent.current'), empty: t('consent.none') })}
      ${table([
        { label: t('consent.recordedAt'), cell: (c) => fmtDateTime(c.recordedAt) },
        { label: t('consent.purpose'), cell: (c) => c.purpose },
        { label: t('consent.state'), cell: (c) => statusBadge(c.state) },
        { label: t('consent.source'), cell: (c) => c.source },
      ], overview.history, { caption: t('consent.history'), empty: t('consent.none') })}
    </div>`;
  });
}
