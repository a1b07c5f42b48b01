// Enrolment in a second factor: a QR code of the otpauth:// URI (drawn by qrcode.js), the code to
// confirm, and the recovery codes shown once.
import { html } from '../dom.js';
import { t } from '../i18n.js';
import { post, logout, forgetMe } from '../api.js';
import { showProblem, clearProblem } from '../problem.js';
import { pageHeader, card, field, input, button } from '../ui.js';

function qr(uri) {
  const holder = html`<div class="qr" role="img" aria-label=${t('mfa.qrLabel')}></div>`;
  // qrcode.js is a classic script (window.QRCode); it draws into a canvas and an <img>.
  const draw = () => new window.QRCode(holder, { text: uri, width: 200, height: 200, correctLevel: window.QRCode.CorrectLevel.M });
  if (window.QRCode) draw(); else window.addEventListener('load', draw, { once: true });
  return holder;
}

export function render(_params, { navigate }) {
  const body = html`<div></div>`;
  const start = html`<div class="stack">
    <p>${t('mfa.intro')}</p>
    <div class="form-problem"></div>
    ${button(t('mfa.start'), async () => {
      clearProblem(start);
      try {
        const enrolment = await post('/me/mfa/totp');
        showEnrolment(enrolment);
      } catch (error) {
        showProblem(start, error);
      }
    }, 'primary', { id: 'mfa-start' })}
  </div>`;

  function showEnrolment(enrolment) {
    const form = html`<form class="stack" novalidate onSubmit=${async (e) => {
      e.preventDefault();
      clearProblem(form);
      try {
        const enabled = await post('/me/mfa/totp/confirm', { code: form.code.value.replace(/\s/g, '') });
        forgetMe();
        showRecovery(enabled.recoveryCodes);
      } catch (error) {
        showProblem(form, error);
      }
    }}>
      <div class="form-problem"></div>
      ${field(t('signin.code'), input('code', { inputmode: 'numeric', autocomplete: 'one-time-code', required: true }), t('mfa.codeHint'))}
      <button type="submit" class="btn btn-primary">${t('mfa.confirm')}</button>
    </form>`;
    body.replaceChildren(html`<div class="mfa-grid">
      <div>${qr(enrolment.otpauthUri)}</div>
      <div class="stack">
        <p>${t('mfa.scan')}</p>
        <p>${t('mfa.orSecret')}</p>
        <p><code class="secret" data-test="totp-secret">${enrolment.secret}</code></p>
        ${form}
      </div>
    </div>`);
    form.code.focus();
  }

  function showRecovery(codes) {
    body.replaceChildren(html`<div class="stack">
      <div class="notice notice-ok" role="status">${t('mfa.enabled')}</div>
      <p>${t('mfa.recoveryIntro')}</p>
      <ol class="recovery" data-test="recovery-codes">${codes.map((c) => html`<li><code>${c}</code></li>`)}</ol>
      <p class="muted">${t('mfa.recoveryOnce')}</p>
      <div>${button(t('mfa.signInAgain'), async () => { await logout(); navigate('/signin'); }, 'primary', { id: 'mfa-sign-in-again' })}</div>
    </div>`);
  }

  body.append(start);
  return html`<div>
    ${pageHeader(t('mfa.title'), t('mfa.subtitle'))}
    ${card(t('mfa.cardTitle'), body)}
  </div>`;
}
