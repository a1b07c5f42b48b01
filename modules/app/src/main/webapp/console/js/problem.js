// problem+json for people: field errors next to their fields, a refusal with its gate and what to
// do about it, a stale If-Match explained.
import { html } from './dom.js';
import { t, has } from './i18n.js';
import { me, stepUp } from './api.js';

/** What to do about a refusal by this gate, with the course or factor the detail names. */
export function gateAdvice(gate, detail = '') {
  const course = (detail.match(/course[s]? ([A-Z0-9][\w.-]*)/i) || [])[1] || '';
  const key = `gate.${gate}.todo`;
  return has(key) ? t(key, { course: course || t('gate.training.aCourse') }) : t('gate.unknown.todo');
}

/** A block that says what went wrong; the caller puts it where the user is looking. */
export function problemBox(error) {
  const p = error?.problem || { title: String(error?.message || error) };
  const status = error?.status || p.status;
  let explanation = null;
  if (status === 403 && p.gate) {
    explanation = html`<div class="gate-advice">
      <span class="gate-badge">${t('gate.label')}: ${t(`gate.${p.gate}.name`)}</span>
      <p>${gateAdvice(p.gate, p.detail)}</p>
      ${p.gate === 'mfa' ? stepUpForm() : null}
      ${p.gate === 'training' ? html`<p><a href="/console/training" data-test="to-training">${t('gate.training.open')}</a></p>` : null}
    </div>`;
  } else if (status === 403) {
    explanation = html`<p>${t('problem.403.todo')}</p>`;
  } else if (status === 412) {
    explanation = html`<p>${t('problem.412.todo')}</p>`;
  } else if (status === 409) {
    explanation = html`<p>${t('problem.409.todo')}</p>`;
  } else if (status === 429 || status === 423) {
    explanation = html`<p>${t('problem.retryLater')}</p>`;
  } else if (status >= 500) {
    explanation = html`<p>${t('problem.5xx.todo', { requestId: p.requestId || '' })}</p>`;
  }
  return html`<div class="problem" role="alert" data-status=${status} data-gate=${p.gate || ''}>
    <strong class="problem-title">${p.title || t('problem.generic')}</strong>
    ${p.detail ? html`<p class="problem-detail">${p.detail}</p>` : null}
    ${p.line ? html`<p class="problem-line">${t('problem.line', { line: p.line, column: p.column || '?' })}</p>` : null}
    ${explanation}
    ${(p.errors || []).length ? html`<ul class="problem-fields">${p.errors.map((e) => html`<li>${e.field}: ${e.message}</li>`)}</ul>` : null}
  </div>`;
}

/**
 * For an enrolled user refused at the mfa gate: a code proves the second factor in this session
 * (POST /api/v1/auth/step-up) and the screen is drawn again with the new token.
 */
let stepUps = 0;
function stepUpForm() {
  stepUps += 1;
  const id = `step-up-code-${stepUps}`;
  const form = html`<form class="step-up" data-test="step-up" hidden novalidate onSubmit=${async (e) => {
    e.preventDefault();
    clearProblem(form);
    try {
      await stepUp(form.code.value.replace(/\s/g, ''));
      window.dispatchEvent(new PopStateEvent('popstate'));
    } catch (error) {
      showProblem(form, error);
    }
  }}>
    <div class="form-problem"></div>
    <div class="field"><label for=${id}>${t('gate.mfa.stepUp')}</label>
      <input id=${id} name="code" inputmode="numeric" autocomplete="one-time-code" required /></div>
    <div class="actions"><button type="submit" class="btn btn-primary">${t('gate.mfa.confirm')}</button></div>
  </form>`;
  me().then((who) => { if (who.mfaEnabled) form.hidden = false; }).catch(() => {});
  return form;
}

/** Clears earlier messages of a form, puts each field error beside its control, and the problem above. */
export function showProblem(form, error, slot) {
  clearProblem(form, slot);
  const p = error?.problem || {};
  for (const fieldError of p.errors || []) {
    const name = fieldError.field;
    const control = form?.querySelector(`[name="${CSS.escape(name)}"]`)
      || form?.querySelector(`[data-field="${CSS.escape(name)}"]`)
      || form?.querySelector(`[name="${CSS.escape(name.split('.').pop())}"]`);
    if (control) {
      const id = `${control.id || name}-error`;
      const message = html`<p class="field-error" id=${id}>${fieldError.message}</p>`;
      control.setAttribute('aria-invalid', 'true');
      control.setAttribute('aria-describedby', id);
      control.closest('.field')?.appendChild(message) || control.after(message);
    }
  }
  const target = slot || form?.querySelector('.form-problem');
  if (target) target.replaceChildren(problemBox(error));
}

export function clearProblem(form, slot) {
  form?.querySelectorAll('.field-error').forEach((e) => e.remove());
  form?.querySelectorAll('[aria-invalid]').forEach((e) => { e.removeAttribute('aria-invalid'); e.removeAttribute('aria-describedby'); });
  (slot || form?.querySelector('.form-problem'))?.replaceChildren();
}
