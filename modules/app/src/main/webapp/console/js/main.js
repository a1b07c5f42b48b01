// The console: a router over the screens, the frame (navigation, language, sign-out) and the
// session (refresh before expiry; sign-in when it is gone).
import { html, mount } from './dom.js';
import { initI18n, setLanguage, language, LANGUAGES, t } from './i18n.js';
import { refresh, signedIn, whenSignedOut, logout, me, mayOpen, hasReviewWork } from './api.js';
import { forget } from './data.js';
import * as signin from './screens/signin.js';
import * as mfa from './screens/mfa.js';
import * as home from './screens/home.js';
import * as staff from './screens/staff.js';
import * as explain from './screens/explain.js';
import * as customers from './screens/customers.js';
import * as privacy from './screens/privacy.js';
import * as reviews from './screens/reviews.js';
import * as audit from './screens/audit.js';
import * as roles from './screens/roles.js';
import * as markets from './screens/markets.js';
import * as training from './screens/training.js';
import * as access from './screens/access.js';
import * as trainingReport from './screens/trainingReport.js';
import * as authoring from './screens/authoring.js';

const ROOT = '/console';
// Running campaigns; the reviews screen is also offered to a reviewer with work (see frame).
const REVIEWS_RUN = ['access-review.run'];
// Each screen with the permissions (any one of them) that open it; none: every staff member's.
const NAV = [
  ['home', '/', home, []],
  ['training', '/training', training, []],
  ['access', '/access', access, []],
  ['staff', '/staff', staff, ['staff.manage']],
  ['roles', '/roles', roles, ['role.manage']],
  ['explain', '/explain', explain, ['audit.read']],
  ['customers', '/customers', customers, ['customer.read']],
  ['privacy', '/privacy', privacy, ['privacy-request.handle']],
  ['reviews', '/reviews', reviews, REVIEWS_RUN],
  ['audit', '/audit', audit, ['audit.read']],
  ['markets', '/markets', markets, ['rulepack.manage']],
  ['trainingReport', '/training-report', trainingReport, ['training.report']],
  ['authoring', '/authoring', authoring, ['training.author']],
];
const OTHER = [['signin', '/signin', signin], ['mfa', '/mfa', mfa]];

const app = document.getElementById('app');
let afterSignIn = '/';

function route(pathname) {
  const path = pathname.startsWith(ROOT) ? pathname.slice(ROOT.length) || '/' : '/';
  const parts = path.split('/').filter(Boolean);
  if (!parts.length) return { key: 'home', screen: home, params: {} };
  for (const [key, prefix, screen] of [...NAV, ...OTHER]) {
    if (prefix !== '/' && prefix.slice(1) === parts[0]) {
      return { key, screen, params: { id: parts[1] ? decodeURIComponent(parts[1]) : undefined, view: parts[2] } };
    }
  }
  return { key: 'notfound', screen: null, params: {} };
}

export function navigate(path, replace = false) {
  const url = ROOT + (path === '/' ? '/' : path);
  if (replace) window.history.replaceState({}, '', url);
  else window.history.pushState({}, '', url);
  render();
}

function frame(current, content, who, reviewWork) {
  // A manager reviews their people's access without access-review.run: their work list opens it.
  const offered = ([key, , , needs]) => mayOpen(who, needs) || (key === 'reviews' && reviewWork);
  const user = html`<div class="user">
    <span class="user-name" data-test="user-name">${who.displayName || who.username || t('frame.signedIn')}</span>
    ${who.amr.includes('otp') ? html`<span class="badge badge-ok">${t('frame.mfaOn')}</span>` : html`<a class="badge badge-warn" href="/console/mfa">${t('frame.mfaOff')}</a>`}
  </div>`;
  return html`<div class="shell">
    <a class="skip" href="#main">${t('frame.skip')}</a>
    <nav class="sidebar" aria-label=${t('frame.navigation')}>
      <div class="brand"><span class="brand-mark" aria-hidden="true">C</span><span>Custos</span></div>
      <p class="tenant">${who.tenantName || who.tenantSlug || ''}</p>
      <ul>${NAV.filter(offered).map(([key, path]) => html`<li><a href=${ROOT + (path === '/' ? '/' : path)} class=${key === current ? 'active' : ''} aria-current=${key === current ? 'page' : null} data-nav=${key}>${t(`nav.${key}`)}</a></li>`)}</ul>
    </nav>
    <div class="main-col">
      <header class="topbar">
        ${user}
        <div class="topbar-actions">
          <label class="lang"><span class="sr-only">${t('frame.language')}</span>
            <select id="language" onChange=${(e) => switchLanguage(e.target.value)}>
              ${LANGUAGES.map((l) => html`<option value=${l} selected=${l === language()}>${t(`lang.${l}`)}</option>`)}
            </select></label>
          <button type="button" class="btn btn-secondary" id="signout" onClick=${signOut}>${t('frame.signOut')}</button>
        </div>
      </header>
      <main id="main" class="content" tabindex="-1">${content}</main>
    </div>
  </div>`;
}

async function switchLanguage(l) {
  await setLanguage(l);
  render();
  document.getElementById('language')?.focus();
}

async function signOut() {
  await logout();
  navigate('/signin');
}

export function continueAfterSignIn() {
  const next = afterSignIn;
  afterSignIn = '/';
  navigate(next, true);
}

let renderSeq = 0;
async function render() {
  renderSeq += 1;
  const mine = renderSeq;
  const { key, screen, params } = route(window.location.pathname);
  if (key === 'signin') {
    document.title = `${t('signin.title')} · Custos`;
    mount(app, signin.render({ ...params, languageSwitch: languageSwitch() }));
    return;
  }
  if (!signedIn()) {
    const restored = await refresh();
    if (mine !== renderSeq) return;
    if (!restored) {
      afterSignIn = window.location.pathname.slice(ROOT.length) || '/';
      navigate('/signin', true);
      return;
    }
  }
  // The header shows who is signed in, as the server says (GET /api/v1/me), after a reload too.
  let who;
  try {
    who = await me();
  } catch (error) {
    if (error.status === 401) return; // the refused token has sent the user to sign in
    who = { amr: [] };
  }
  const reviewWork = !mayOpen(who, REVIEWS_RUN) && await hasReviewWork().catch(() => false);
  if (mine !== renderSeq) return;
  // Every screen reads the lists it shows afresh: another admin may have changed them meanwhile.
  forget();
  const content = screen ? screen.render(params, { navigate, rerender: render, who }) : html`<p>${t('common.notFound')}</p>`;
  document.title = `${t(`nav.${key}`)} · Custos`;
  mount(app, frame(key, content, who, reviewWork));
  document.querySelector('.page-title')?.focus({ preventScroll: true });
}

function languageSwitch() {
  return html`<label class="lang"><span class="sr-only">${t('frame.language')}</span>
    <select id="language" onChange=${(e) => switchLanguage(e.target.value)}>
      ${LANGUAGES.map((l) => html`<option value=${l} selected=${l === language()}>${t(`lang.${l}`)}</option>`)}
    </select></label>`;
}

document.addEventListener('click', (event) => {
  const a = event.target.closest('a');
  if (!a || a.target || a.hasAttribute('download') || event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
  const url = new URL(a.href, window.location.href);
  if (url.origin !== window.location.origin || !url.pathname.startsWith(`${ROOT}/`)) return;
  event.preventDefault();
  navigate(url.pathname.slice(ROOT.length) + url.search);
});
window.addEventListener('popstate', render);
whenSignedOut(() => {
  if (route(window.location.pathname).key !== 'signin') {
    afterSignIn = window.location.pathname.slice(ROOT.length) || '/';
    navigate('/signin', true);
  }
});

signin.takeSsoReturn();
initI18n().then(render);
