// Home: training completion by store and region, open requests with their clocks, reviews in
// progress, break-glass uses awaiting review, the audit chain, recent refusals; each only for
// those who may read it. Every staff member's own courses come first.
import { html } from '../dom.js';
import { t, fmtDate, fmtDateTime, fmtPercent, fmtNumber } from '../i18n.js';
import { get, mayOpen } from '../api.js';
import { pageHeader, card, async, table, statusBadge, link, short, badge, refusingGate } from '../ui.js';
import { stores, regions, staffList, byId, daysUntil } from '../data.js';
import { rateBars } from '../chart.js';
import { myCourses } from './training.js';

function trainingChart(groupBy) {
  return async(async () => {
    const [report, storeMap, regionMap] = await Promise.all([
      get('/training/report', { groupBy }), byId(stores).catch(() => new Map()), byId(regions).catch(() => new Map())]);
    const names = groupBy === 'store' ? storeMap : regionMap;
    const rows = report.items;
    const label = (r) => r.code || names.get(r.key)?.code || r.key || t('home.noGroup');
    const chart = rows.length ? rateBars(rows.map(label), [{ label: t('home.completion'), values: rows.map((r) => r.completionRate) }],
      { title: t(`home.trainingBy.${groupBy}`), width: 520, height: 220 }) : null;
    return html`<div class="chart-block" data-test=${`training-${groupBy}`}>
      ${chart}
      ${table([
        { label: t(`home.group.${groupBy}`), cell: label },
        { label: t('home.staff'), cell: (r) => fmtNumber(r.staff), className: 'num' },
        { label: t('home.completion'), cell: (r) => fmtPercent(r.completionRate), className: 'num' },
        { label: t('home.overdue'), cell: (r) => (r.overdue ? html`<span class="text-bad">${fmtNumber(r.overdue)}</span>` : '0'), className: 'num' },
      ], rows, { caption: t(`home.trainingBy.${groupBy}`), empty: t('home.noTraining') })}
    </div>`;
  });
}

export function clock(request) {
  if (request.status === 'DONE') return statusBadge('DONE');
  if (request.status !== 'OPEN') return html`<span class="clock" data-test="clock-stopped">${t('privacy.clockStopped')}</span>`;
  const days = daysUntil(request.dueAt);
  if (request.overdue || days < 0) return html`<span class="clock clock-overdue" data-test="clock-overdue">${t('privacy.overdueBy', { days: Math.abs(days) })}</span>`;
  return html`<span class=${days <= 5 ? 'clock clock-soon' : 'clock'} data-test="clock">${t('privacy.daysLeft', { days })}</span>`;
}

function openRequests() {
  return async(async () => {
    const page = await get('/privacy-requests', { status: 'open', limit: 8 });
    return html`<div>${table([
      { label: t('privacy.type'), cell: (r) => t(`privacy.types.${r.type}`) },
      { label: t('privacy.received'), cell: (r) => fmtDate(r.receivedAt) },
      { label: t('privacy.due'), cell: (r) => fmtDate(r.dueAt) },
      { label: t('privacy.clock'), cell: clock },
    ], page.items, { empty: t('home.noRequests'), rowClass: (r) => (r.overdue ? 'row-overdue' : '') })}
    <p>${link('/console/privacy', t('home.allRequests'))}</p></div>`;
  });
}

function reviewsInProgress() {
  return async(async () => {
    const open = (await get('/access-reviews', { status: 'OPEN', limit: 8 })).items;
    return table([
      { label: t('reviews.name'), cell: (r) => link(`/console/reviews/${encodeURIComponent(r.id)}`, r.name) },
      { label: t('reviews.progress'), cell: (r) => t('reviews.decidedOf', { decided: r.decided, total: r.itemCount }) },
      { label: t('reviews.due'), cell: (r) => (r.dueAt ? fmtDate(r.dueAt) : '—') },
    ], open, { empty: t('home.noReviews') });
  });
}

// Privacy officers see every emergency access at once: open ones and those still to be reviewed.
function breakGlassToReview() {
  return async(async () => {
    const [uses, storeMap, staff] = await Promise.all([
      get('/break-glass', { status: 'UNREVIEWED', limit: 8 }), byId(stores).catch(() => new Map()), byId(staffList).catch(() => new Map())]);
    return html`<div data-test="break-glass">${table([
      { label: t('home.breakGlass.holder'), cell: (u) => staff.get(u.staffId)?.username || short(u.staffId) },
      { label: t('home.breakGlass.target'), cell: (u) => (u.customerId
        ? link(`/console/customers/${encodeURIComponent(u.customerId)}`, short(u.customerId))
        : t('home.breakGlass.store', { store: storeMap.get(u.storeId)?.code || short(u.storeId) })) },
      { label: t('home.breakGlass.reason'), cell: (u) => u.reason },
      { label: t('home.breakGlass.state'), cell: (u) => (u.status === 'OPEN'
        ? html`${statusBadge('OPEN')} ${t('home.breakGlass.until', { time: fmtDateTime(u.expiresAt) })}`
        : statusBadge(u.status)) },
      { label: t('home.breakGlass.reviewDue'), cell: (u) => (u.overdue ? statusBadge('OVERDUE') : fmtDate(u.reviewDueAt)) },
    ], uses.items, { empty: t('home.breakGlass.none'), rowClass: (u) => (u.overdue ? 'row-overdue' : '') })}</div>`;
  });
}

function chainStatus() {
  return async(async () => {
    const v = await get('/audit/verify');
    return html`<div class=${v.valid ? 'notice notice-ok' : 'notice notice-bad'} data-test="chain-status">
      <strong>${v.valid ? t('audit.chainValid') : t('audit.chainBroken', { seq: v.firstBrokenSeq })}</strong>
      <p>${t('audit.entries', { count: fmtNumber(v.entries) })}</p>
    </div>`;
  });
}

function recentRefusals() {
  return async(async () => {
    // One page, newest first (order=desc), not the whole trail.
    const [denied, staff] = await Promise.all([get('/audit', { decision: 'DENY', order: 'desc', limit: 8 }), byId(staffList).catch(() => new Map())]);
    const items = denied.items;
    return html`<div data-test="refusals">${table([
      { label: t('audit.at'), cell: (e) => fmtDateTime(e.at) },
      { label: t('audit.actor'), cell: (e) => staff.get(e.actorId)?.username || short(e.actorId) },
      { label: t('audit.action'), cell: (e) => html`<code>${e.action}</code>` },
      { label: t('audit.gate'), cell: (e) => (refusingGate(e) ? badge(t(`gate.${refusingGate(e)}.name`), 'bad') : '') },
    ], items, { empty: t('home.noRefusals') })}</div>`;
  });
}

export function render(_params, ctx) {
  const may = (permission) => mayOpen(ctx.who, [permission]);
  // Only the cards whose lists the caller may read: an employee without admin permissions sees
  // their own training, nothing that would be refused.
  const pair = (...cards) => {
    const shown = cards.filter(Boolean);
    return shown.length ? html`<div class="grid-2">${shown}</div>` : null;
  };
  const admin = [
    may('training.report') ? pair(card(t('home.trainingBy.store'), trainingChart('store')), card(t('home.trainingBy.region'), trainingChart('region'))) : null,
    may('training.report') ? html`<p>${link('/console/training-report', t('home.monthlyReport'), { id: 'home-monthly-report' })}</p>` : null,
    pair(may('privacy-request.handle') && card(t('home.openRequests'), openRequests()), may('access-review.run') && card(t('home.reviews'), reviewsInProgress())),
    may('access-review.run') ? card(t('home.breakGlass.title'), breakGlassToReview()) : null,
    may('audit.read') ? pair(card(t('home.chain'), chainStatus()), card(t('home.refusals'), recentRefusals())) : null,
  ].filter(Boolean);
  return html`<div>
    ${pageHeader(t('home.title'), admin.length ? t('home.subtitle') : t('home.portalSubtitle'))}
    ${card(t('home.myTraining'), myCourses(), html`<p>${link('/console/access', t('home.myAccess'), { id: 'home-my-access' })}</p>`)}
    ${admin}
  </div>`;
}
