// Explain: a staff member, a customer, an action and a purpose; the decision gate by gate.
import { html, formValues } from '../dom.js';
import { t } from '../i18n.js';
import { get } from '../api.js';
import { pageHeader, card, field, select, input, async, badge } from '../ui.js';
import { showProblem, clearProblem, gateAdvice } from '../problem.js';
import { staffList, permissions, purposes } from '../data.js';

export function decisionView(decision) {
  return html`<div class="decision" data-test="decision" data-allowed=${String(decision.allowed)}>
    <p class=${decision.allowed ? 'notice notice-ok' : 'notice notice-bad'}>
      <strong>${decision.allowed ? t('explain.allowed', { action: decision.action }) : t('explain.refused', { action: decision.action })}</strong>
    </p>
    <ol class="gates">${decision.gates.map((g) => html`<li class=${g.passed ? 'gate gate-pass' : 'gate gate-fail'} data-gate=${g.gate}>
      <span class="gate-icon" aria-hidden="true">${g.passed ? '✓' : '✗'}</span>
      <div>
        <p><strong>${t(`gate.${g.gate}.name`)}</strong> ${badge(g.passed ? t('explain.passed') : t('explain.failed'), g.passed ? 'ok' : 'bad')}</p>
        <p class="gate-detail">${g.detail}</p>
        ${g.passed ? null : html`<p class="gate-todo">${gateAdvice(g.gate, g.detail)}</p>`}
      </div>
    </li>`)}</ol>
  </div>`;
}

export function render() {
  const query = new URLSearchParams(window.location.search);
  const result = html`<div aria-live="polite"></div>`;
  const body = async(async () => {
    const [staff, perms, purposeList, someCustomers] = await Promise.all([staffList(), permissions(), purposes(),
      get('/customers', { limit: 200 }).then((p) => p.items).catch(() => [])]);
    const customerInput = input('customerId', { value: query.get('customerId') || '', required: true, id: 'explain-customer', list: 'explain-customers', autocomplete: 'off' });
    const form = html`<form class="stack" novalidate onSubmit=${async (e) => {
      e.preventDefault();
      clearProblem(form);
      result.replaceChildren();
      try {
        const decision = await get('/access/explain', formValues(form));
        result.replaceChildren(decisionView(decision));
      } catch (error) {
        showProblem(form, error);
      }
    }}>
      <div class="form-problem"></div>
      <div class="form-grid">
        ${field(t('explain.staff'), select('staffId', staff.map((s) => [s.id, `${s.displayName || s.username} (${s.username})`]), { value: query.get('staffId') || '', id: 'explain-staff' }))}
        ${field(t('explain.customer'), customerInput, t('explain.customerHint'))}
        <datalist id="explain-customers">${someCustomers.map((c) => html`<option value=${c.id}>${c.givenName} ${c.familyName} (${c.country})</option>`)}</datalist>
        ${field(t('explain.action'), select('action', perms.map((p) => [p.name, p.name]), { value: query.get('action') || 'customer.read', id: 'explain-action' }))}
        ${field(t('explain.purpose'), select('purpose', [['', t('explain.noPurpose')], ...purposeList.map((p) => [p.code, p.code])], { value: query.get('purpose') || '', id: 'explain-purpose' }))}
      </div>
      <div class="actions"><button type="submit" class="btn btn-primary" id="explain-submit">${t('explain.submit')}</button></div>
    </form>`;
    if (query.get('staffId') && query.get('customerId')) setTimeout(() => form.requestSubmit(), 0);
    return form;
  });
  return html`<div>
    ${pageHeader(t('explain.title'), t('explain.subtitle'))}
    ${card(t('explain.question'), body)}
    ${card(t('explain.answer'), result)}
  </div>`;
}
