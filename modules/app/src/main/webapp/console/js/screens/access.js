// My access, for every staff member: each permission held now (GET /api/v1/me) with the courses it
// needs (GET /api/v1/me/training), and which missing or expiring course blocks what.
import { html } from '../dom.js';
import { t, fmtDate } from '../i18n.js';
import { get, me } from '../api.js';
import { pageHeader, card, async, table, badge, link } from '../ui.js';
import { daysUntil } from '../data.js';
import { requiredFor } from './training.js';

// A course that runs out within this many days is shown as a warning before it blocks.
const EXPIRING_DAYS = 30;

function standing(c) {
  if (c.status !== 'CURRENT') return 'missing';
  return c.dueAt && daysUntil(c.dueAt) <= EXPIRING_DAYS ? 'expiring' : 'valid';
}

const courseLink = (c) => link(`/console/training/${encodeURIComponent(c.courseCode)}`, c.title, { 'data-course': c.courseCode });

function permissionState(permission, courses) {
  const needed = courses.filter((c) => (c.requiredForPermissions || []).includes(permission));
  const missing = needed.filter((c) => standing(c) === 'missing');
  const expiring = needed.filter((c) => standing(c) === 'expiring');
  if (missing.length) {
    return html`<span data-state="blocked">${badge(t('access.blocked'), 'bad')}
      ${missing.map((c) => html` <span>${t('access.blockedBy', { packs: c.jurisdictions.join(', ') })} ${courseLink(c)}</span>`)}</span>`;
  }
  if (expiring.length) {
    return html`<span data-state="expiring">${badge(t('access.expiring'), 'warn')}
      ${expiring.map((c) => html` <span>${courseLink(c)} ${t('access.expiresOn', { date: fmtDate(c.dueAt) })}</span>`)}</span>`;
  }
  return html`<span data-state="allowed">${badge(t('access.allowed'), 'ok')}
    ${needed.length ? html` <span class="muted">${t('access.coursesValid', { count: needed.length })}</span>` : null}</span>`;
}

export function render() {
  const body = async(async () => {
    const [who, { items: courses }] = await Promise.all([me(), get('/me/training')]);
    const permissions = who.permissions || [];
    const attention = courses.filter((c) => standing(c) !== 'valid' && (c.requiredForPermissions || []).some((p) => permissions.includes(p)));
    return html`<div>
      ${card(t('access.attention'), html`<div data-test="attention">${table([
        { label: t('training.course'), cell: courseLink },
        { label: t('training.status'), cell: (c) => (standing(c) === 'missing' ? badge(c.overdue ? t('status.OVERDUE') : t(`status.${c.status}`), 'bad') : badge(t('access.expiring'), 'warn')) },
        { label: t('training.due'), cell: (c) => (c.dueAt ? fmtDate(c.dueAt) : '—') },
        { label: t('access.blocks'), cell: requiredFor },
      ], attention, { empty: t('access.nothingBlocked'), rowClass: (c) => (standing(c) === 'missing' ? 'row-overdue' : '') })}</div>`)}
      ${card(t('access.mayDo'), html`<div data-test="permissions">
        <p class="hint">${t('access.scopeHint')}</p>
        ${table([
          { label: t('access.permission'), cell: (p) => html`<code>${p}</code>` },
          { label: t('access.state'), cell: (p) => permissionState(p, courses) },
        ], permissions, { empty: t('access.noPermissions') })}</div>`)}
    </div>`;
  });
  return html`<div>
    ${pageHeader(t('access.title'), t('access.subtitle'))}
    ${body}
  </div>`;
}
