// Sign-in: tenant, username, password; then the second factor when the account has one.
import { html, formValues } from '../dom.js';
import { t } from '../i18n.js';
import { login, completeMfa, hasSecondFactor } from '../api.js';
import { showProblem, clearProblem } from '../problem.js';
import { field, input } from '../ui.js';
import { continueAfterSignIn, navigate } from '../main.js';

export function render({ languageSwitch }) {
  const slot = html`<div class="form-problem"></div>`;
  const holder = html`<div class="signin-card"></div>`;
  let who = {};

  const passwordForm = html`<form class="stack" novalidate onSubmit=${async (e) => {
    e.preventDefault();
    clearProblem(passwordForm);
    who = formValues(passwordForm);
    const submit = passwordForm.querySelector('button[type=submit]');
    submit.disabled = true;
    try {
      const result = await login({ tenant: who.tenant || '', username: who.username || '', password: passwordForm.password.value });
      if (result.mfaRequired) {
        showTotp(result.mfaToken);
      } else {
        await done();
      }
    } catch (error) {
      showProblem(passwordForm, error);
    } finally {
      submit.disabled = false;
    }
  }}>
    ${slot}
    ${field(t('signin.tenant'), input('tenant', { autocomplete: 'organization', required: true, autofocus: true }), t('signin.tenantHint'))}
    ${field(t('signin.username'), input('username', { autocomplete: 'username', required: true }))}
    ${field(t('signin.password'), input('password', { type: 'password', autocomplete: 'current-password', required: true }))}
    <button type="submit" class="btn btn-primary">${t('signin.submit')}</button>
  </form>`;

  function showTotp(mfaToken) {
    const totpForm = html`<form class="stack" novalidate onSubmit=${async (e) => {
      e.preventDefault();
      clearProblem(totpForm);
      try {
        await completeMfa(mfaToken, totpForm.code.value.replace(/\s/g, ''));
        await done();
      } catch (error) {
        showProblem(totpForm, error);
      }
    }}>
      <div class="form-problem"></div>
      <p>${t('signin.totpIntro')}</p>
      ${field(t('signin.code'), input('code', { inputmode: 'numeric', autocomplete: 'one-time-code', required: true }), t('signin.codeHint'))}
      <button type="submit" class="btn btn-primary">${t('signin.verify')}</button>
    </form>`;
    holder.querySelector('.signin-step').replaceChildren(html`<h2 class="step-title">${t('signin.totpTitle')}</h2>`, totpForm);
    totpForm.code.focus();
  }

  async function done() {
    if (!(await hasSecondFactor())) {
      navigate('/mfa', true);
    } else {
      continueAfterSignIn();
    }
  }

  holder.append(html`<div class="brand brand-large"><span class="brand-mark" aria-hidden="true">C</span><span>Custos</span></div>`,
    html`<h1 class="signin-title">${t('signin.title')}</h1>`,
    html`<div class="signin-step">${passwordForm}</div>`,
    html`<div class="signin-foot">${languageSwitch}</div>`);
  return html`<main class="signin-page" id="main">${holder}</main>`;
}
