// Sign-in: tenant, username, password (or the tenant's identity provider, once the tenant is
// entered); then the second factor when the account has one, and a password of one's own after an
// admin's reset.
import { html, formValues } from '../dom.js';
import { t } from '../i18n.js';
import { login, completeMfa, changePassword, hasSecondFactor, ssoProviders, ssoStart } from '../api.js';
import { showProblem, clearProblem } from '../problem.js';
import { field, input } from '../ui.js';
import { continueAfterSignIn, navigate } from '../main.js';

const SSO_ERRORS = ['state-invalid', 'provider-refused', 'provider-unavailable', 'token-invalid', 'email-unverified',
  'email-ambiguous', 'no-account', 'no-email', 'account-inactive'];
let ssoReturn = null;

/**
 * What single sign-on's way back left in the address (#sso-mfa=<token> for the TOTP step, or
 * #sso-error=<code>): taken once at start-up and removed from the address.
 */
export function takeSsoReturn() {
  const found = /^#sso-(mfa|error)=([^&]+)$/.exec(window.location.hash);
  if (!found) return;
  ssoReturn = { kind: found[1], value: decodeURIComponent(found[2]) };
  window.history.replaceState(window.history.state, '', window.location.pathname + window.location.search);
}

export function render({ languageSwitch }) {
  const slot = html`<div class="form-problem"></div>`;
  const ssoOptions = html`<div class="stack sso-options" data-test="sso-options"></div>`;
  let offeredFor = null;
  const holder = html`<div class="signin-card"></div>`;
  let who = {};

  const passwordForm = html`<form class="stack" novalidate onSubmit=${async (e) => {
    e.preventDefault();
    clearProblem(passwordForm);
    who = formValues(passwordForm);
    const submit = passwordForm.querySelector('button[type=submit]');
    submit.disabled = true;
    try {
      const password = passwordForm.password.value;
      const result = await login({ tenant: who.tenant || '', username: who.username || '', password });
      if (result.mfaRequired) {
        showTotp(result.mfaToken, password);
      } else {
        await next(result, password);
      }
    } catch (error) {
      showProblem(passwordForm, error);
    } finally {
      submit.disabled = false;
    }
  }}>
    ${slot}
    ${field(t('signin.tenant'), input('tenant', { autocomplete: 'organization', required: true, autofocus: true, onChange: (e) => offerSso(e.target.value.trim()) }), t('signin.tenantHint'))}
    ${field(t('signin.username'), input('username', { autocomplete: 'username', required: true }))}
    ${field(t('signin.password'), input('password', { type: 'password', autocomplete: 'current-password', required: true }))}
    <button type="submit" class="btn btn-primary">${t('signin.submit')}</button>
  </form>`;

  async function offerSso(tenant) {
    if (tenant === offeredFor) return;
    offeredFor = tenant;
    if (!tenant) {
      ssoOptions.replaceChildren();
      return;
    }
    try {
      const offered = await ssoProviders(tenant);
      if (offeredFor !== tenant) return;
      ssoOptions.replaceChildren(
        ...(offered.passwordLogin ? [] : [html`<p class="hint">${t('signin.ssoOnly')}</p>`]),
        ...offered.providers.map((p) => html`<a class="btn btn-secondary" data-test="sso-provider" href=${ssoStart(tenant, p.id)}>${t('signin.ssoWith', { name: p.name })}</a>`));
    } catch {
      ssoOptions.replaceChildren(); // the password form still works
    }
  }

  function showTotp(mfaToken, password) {
    const totpForm = html`<form class="stack" novalidate onSubmit=${async (e) => {
      e.preventDefault();
      clearProblem(totpForm);
      try {
        await next(await completeMfa(mfaToken, totpForm.code.value.replace(/\s/g, '')), password);
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

  // Signed in with a temporary password from an admin's reset: nothing else opens until it is replaced.
  async function next(result, password) {
    if (result.passwordChangeRequired) {
      showPasswordChange(password);
    } else {
      await done();
    }
  }

  function showPasswordChange(temporary) {
    const changeForm = html`<form class="stack" novalidate data-test="password-change" onSubmit=${async (e) => {
      e.preventDefault();
      clearProblem(changeForm);
      const chosen = changeForm.newPassword.value;
      if (chosen !== changeForm.repeatPassword.value) {
        showProblem(changeForm, { problem: { title: t('signin.passwordsDiffer'),
          errors: [{ field: 'repeatPassword', message: t('signin.passwordsDiffer') }] } });
        return;
      }
      try {
        await changePassword(temporary, chosen);
        await done();
      } catch (error) {
        showProblem(changeForm, error);
      }
    }}>
      <div class="form-problem"></div>
      <p>${t('signin.changeIntro')}</p>
      ${field(t('signin.newPassword'), input('newPassword', { type: 'password', autocomplete: 'new-password', required: true }), t('signin.newPasswordHint'))}
      ${field(t('signin.repeatPassword'), input('repeatPassword', { type: 'password', autocomplete: 'new-password', required: true }))}
      <button type="submit" class="btn btn-primary">${t('signin.changeSubmit')}</button>
    </form>`;
    holder.querySelector('.signin-step').replaceChildren(html`<h2 class="step-title">${t('signin.changeTitle')}</h2>`, changeForm);
    changeForm.newPassword.focus();
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
    html`<div class="signin-step">${passwordForm}${ssoOptions}</div>`,
    html`<div class="signin-foot">${languageSwitch}</div>`);
  const back = ssoReturn;
  ssoReturn = null;
  if (back?.kind === 'mfa') {
    showTotp(back.value);
  } else if (back?.kind === 'error') {
    const reason = SSO_ERRORS.includes(back.value) ? back.value : 'other';
    slot.replaceChildren(html`<p class="problem" role="alert" data-test="sso-error">${t('signin.ssoFailed')} ${t(`signin.ssoError.${reason}`)}</p>`);
  }
  return html`<main class="signin-page" id="main">${holder}</main>`;
}
