// My access, for every staff member: each permission held now with the scopes it reaches (GET
// /api/v1/me) and the courses it needs (GET /api/v1/me/training): which course blocks what, which
// is allowed under grace until when, and which runs out soon.
import { html } from '../dom.js';
import { t, fmtDate } from '../i18n.js';
import { get, me } from '../api.js';
import { pageHeader, card, async, table, badge, link, short } from '../ui.js';
import { daysUntil } from '../data.js';
import { requiredFor, blocking } from './training.js';

// A course that runs out within this many days is shown as a warning before it blocks.
const EXPIRING_DAYS = 30;

/** missing (blocks now), grace (not current, allowed until `graceUntil`), expiring or valid. */
function standing(c) {
  if (c.status !== 'CURRENT') return c.blocked === false ? 'grace' : 'missing';
  return c.dueAt && daysUntil(c.dueAt) <= EXPIRING_DAYS ? 'expiring' : 'valid';
}

const courseLink = (c) => link(`/console/training/${encodeURIComponent(c.courseCode)}`, c.title, { 'data-course': c.courseCode });

function permissionState(permission, courses) {
  const needed = courses.filter((c) => (c.requiredForPermissions || []).includes(permission));
  const missing = needed.filter((c) => standing(c) === 'missing');
  const graced = needed.filter((c) => standing(c) === 'grace');
  const expiring = needed.filter((c) => standing(c) === 'expiring');
  if (missing.length) {
    return html`<span data-state="blocked">${badge(t('access.blocked'), 'bad')}
      ${missing.map((c) => html` <span>${t('access.blockedBy', { packs: c.jurisdictions.join(', ') })} ${courseLink(c)}</span>`)}</span>`;
  }
  if (graced.length) {
    return html`<span data-state="grace">${badge(t('access.grace'), 'warn')}
      ${graced.map((c) => html` <span>${courseLink(c)} ${blocking(c)}</span>`)}</span>`;
  }
  if (expiring.length) {
    return html`<span data-state="expiring">${badge(t('access.expiring'), 'warn')}
      ${expiring.map((c) => html` <span>${courseLink(c)} ${t('access.expiresOn', { date: fmtDate(c.dueAt) })}</span>`)}</span>`;
  }
  return html`<span data-state="allowed">${badge(t('access.allowed'), 'ok')}
    ${needed.length ? html` <span class="muted">${t('access.coursesValid', { count: needed.length })}</span>` : null}</span>`;
}

/** Where a permission reaches: the scope, the region's or store's code, and until when the grant lasts. */
function scopes(p) {
  const what = (s) => {
    if (s.type === 'REGION' || s.type === 'STORE') return `${t(`scope.${s.type}`)} ${s.code || short(s.id)}`;
    if (s.type === 'TEAM') return s.id ? `${t('scope.TEAM')} ${short(s.id)}` : t('access.myTeams');
    return t(`scope.${s.type}`);
  };
  return html`<ul class="scope-list" data-scopes=${p.permission}>${p.scopes.map((s) => html`<li data-scope=${s.type}>${what(s)}${s.validUntil
    ? html` <span class="muted">${t('access.scopeUntil', { date: fmtDate(s.validUntil) })}</span>` : null}</li>`)}</ul>`;
}

export function render() {
  const body = async(async () => {
    const [who, { items: courses }] = await Promise.all([me(), get('/me/training')]);
    const permissions = who.permissions || [];
    const effective = who.effectivePermissions || permissions.map((p) => ({ permission: p, scopes: [] }));
    const attention = courses.filter((c) => standing(c) !== 'valid' && (c.requiredForPermissions || []).some((p) => permissions.includes(p)));
    return html`<div>
      ${card(t('access.attention'), html`<div data-test="attention">${table([
        { label: t('training.course'), cell: courseLink },
        { label: t('training.status'), cell: (c) => ({
          missing: () => badge(c.overdue ? t('status.OVERDUE') : t(`status.${c.status}`), 'bad'),
          grace: () => badge(t('access.grace'), 'warn'),
          expiring: () => badge(t('access.expiring'), 'warn'),
        })[standing(c)]() },
        { label: t('training.due'), cell: (c) => (c.dueAt ? fmtDate(c.dueAt) : '—') },
        { label: t('training.gate'), cell: (c) => blocking(c) || '—' },
        { label: t('access.blocks'), cell: requiredFor },
      ], attention, { empty: t('access.nothingBlocked'), rowClass: (c) => (standing(c) === 'missing' ? 'row-overdue' : '') })}</div>`)}
      ${card(t('access.mayDo'), html`<div data-test="permissions">
        <p class="hint">${t('access.scopeHint')}</p>
        ${table([
          { label: t('access.permission'), cell: (p) => html`<code>${p.permission}</code>` },
          { label: t('access.scopes'), cell: scopes },
          { label: t('access.state'), cell: (p) => permissionState(p.permission, courses) },
        ], effective, { empty: t('access.noPermissions') })}</div>`)}
    </div>`;
  });
  return html`<div>
    ${pageHeader(t('access.title'), t('access.subtitle'))}
    ${body}
  </div>`;
}
