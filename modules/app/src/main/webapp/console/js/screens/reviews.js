// Access reviews: open a campaign, a reviewer's work list (keep / revoke), close, the outcome.
import { html, formValues } from '../dom.js';
import { t, fmtDate } from '../i18n.js';
import { get, post, me, mayOpen } from '../api.js';
import { pageHeader, card, async, table, statusBadge, button, field, input, select, link, short, pagedList } from '../ui.js';
import { showProblem, clearProblem, problemBox } from '../problem.js';
import { regions, stores, teams, staffList, byId } from '../data.js';
import { scopeText, lookups } from './staff.js';

export function render(params, ctx) {
  return params.id ? campaign(params.id, ctx) : list(ctx);
}

/**
 * The reviews screen: everyone's work list; campaigns and opening one only for holders of
 * access-review.run (a manager without it would be refused them).
 */
function list(ctx) {
  if (!mayOpen(ctx.who, ['access-review.run'])) {
    return html`<div>
      ${pageHeader(t('reviews.title'), t('reviews.subtitleReviewer'))}
      ${card(t('reviews.assignedToMe'), assignedToMe(ctx))}
    </div>`;
  }
  const campaigns = async(async () => {
    const regionMap = await byId(regions);
    return pagedList('/access-reviews', {}, (found) => table([
      { label: t('reviews.name'), cell: (r) => link(`/console/reviews/${encodeURIComponent(r.id)}`, r.name) },
      { label: t('reviews.region'), cell: (r) => regionMap.get(r.regionId)?.name || t('reviews.allRegions') },
      { label: t('reviews.progress'), cell: (r) => t('reviews.decidedOf', { decided: r.decided, total: r.itemCount }) },
      { label: t('reviews.due'), cell: (r) => (r.dueAt ? fmtDate(r.dueAt) : '—') },
      { label: t('reviews.status'), cell: (r) => statusBadge(r.status) },
    ], found, { empty: t('reviews.none') }));
  });
  const form = async(async () => {
    const regionList = await regions();
    const f = html`<form class="grant-form" novalidate onSubmit=${async (e) => {
      e.preventDefault();
      clearProblem(f);
      const v = formValues(f);
      const body = { name: v.name || '', autoRevokeUnreviewed: f.autoRevokeUnreviewed.checked };
      if (v.regionId) body.regionId = v.regionId;
      if (v.dueAt) body.dueAt = new Date(`${v.dueAt}T23:59:59`).toISOString();
      try {
        const opened = await post('/access-reviews', body, { headers: { 'Idempotency-Key': crypto.randomUUID() } });
        ctx.navigate(`/reviews/${encodeURIComponent(opened.id)}`);
      } catch (error) {
        showProblem(f, error);
      }
    }}>
      <div class="form-problem"></div>
      <div class="form-grid">
        ${field(t('reviews.name'), input('name', { required: true, id: 'review-name' }))}
        ${field(t('reviews.region'), select('regionId', [['', t('reviews.allRegions')], ...regionList.map((r) => [r.id, r.name])]))}
        ${field(t('reviews.due'), input('dueAt', { type: 'date' }))}
        <div class="field field-check"><input type="checkbox" name="autoRevokeUnreviewed" id="review-auto" /><label for="review-auto">${t('reviews.autoRevoke')}</label></div>
      </div>
      <div class="actions"><button type="submit" class="btn btn-primary" id="review-open">${t('reviews.open')}</button></div>
    </form>`;
    return f;
  });
  return html`<div>
    ${pageHeader(t('reviews.title'), t('reviews.subtitle'))}
    ${card(t('reviews.assignedToMe'), assignedToMe(ctx))}
    ${card(t('reviews.campaigns'), campaigns)}
    ${card(t('reviews.openTitle'), form)}
  </div>`;
}

/** Items routed to me (as a manager or region admin), decided here without running campaigns. */
function assignedToMe(ctx) {
  return async(async () => {
    // Staff and teams are read only by those who may (staff.manage); stores and regions by anyone.
    const manages = mayOpen(ctx.who, ['staff.manage']);
    const [work, staff, maps] = await Promise.all([
      get('/me/access-review-items'),
      manages ? byId(staffList) : new Map(),
      Promise.all([byId(stores), byId(regions), manages ? byId(teams) : new Map()])
        .then(([s, r, te]) => ({ stores: s, regions: r, teams: te })),
    ]);
    const slot = html`<div></div>`;
    const decide = async (entry, decision) => {
      try {
        await post(`/me/access-review-items/${encodeURIComponent(entry.item.id)}`, { decision });
        ctx.rerender();
      } catch (error) {
        slot.replaceChildren(problemBox(error));
      }
    };
    const name = (sid) => staff.get(sid)?.displayName || staff.get(sid)?.username || short(sid);
    return html`<div>${slot}${table([
      { label: t('reviews.name'), cell: (e) => e.reviewName },
      { label: t('reviews.person'), cell: (e) => name(e.item.staffId) },
      { label: t('grants.role'), cell: (e) => e.item.roleName || short(e.item.roleId) },
      { label: t('grants.scope'), cell: (e) => scopeText(e.item.scope, maps) },
      { label: t('reviews.due'), cell: (e) => (e.reviewDueAt ? fmtDate(e.reviewDueAt) : '—') },
      { label: t('reviews.decision'), cell: (e) => (e.item.decision ? statusBadge(e.item.decision) : html`<span class="muted">${t('reviews.undecided')}</span>`) },
      { label: html`<span class="sr-only">${t('common.actions')}</span>`, cell: (e) => html`<div class="row-actions">
        ${button(t('reviews.keep'), () => decide(e, 'KEEP'), 'secondary', { 'data-my-keep': e.item.id, 'aria-pressed': String(e.item.decision === 'KEEP') })}
        ${button(t('reviews.revoke'), () => decide(e, 'REVOKE'), 'danger', { 'data-my-revoke': e.item.id, 'aria-pressed': String(e.item.decision === 'REVOKE') })}
      </div>` },
    ], work.items, { empty: t('reviews.nothingAssigned') })}</div>`;
  });
}

function campaign(id, ctx) {
  const enc = encodeURIComponent(id);
  const body = async(async () => {
    const [review, items, staff, maps, self] = await Promise.all([
      get(`/access-reviews/${enc}`), get(`/access-reviews/${enc}/items`), byId(staffList), lookups(), me()]);
    const mine = items.items.filter((i) => i.reviewerId === self.id);
    const slot = html`<div></div>`;
    const decide = async (item, decision) => {
      try {
        await post(`/access-reviews/${enc}/items/${encodeURIComponent(item.id)}`, { decision });
        ctx.rerender();
      } catch (error) {
        slot.replaceChildren(problemBox(error));
      }
    };
    const name = (sid) => staff.get(sid)?.displayName || staff.get(sid)?.username || short(sid);
    const rows = (list) => table([
      { label: t('reviews.person'), cell: (i) => link(`/console/staff/${encodeURIComponent(i.staffId)}`, name(i.staffId)) },
      { label: t('grants.role'), cell: (i) => i.roleName || short(i.roleId) },
      { label: t('grants.scope'), cell: (i) => scopeText(i.scope, maps) },
      { label: t('grants.validity'), cell: (i) => `${fmtDate(i.validFrom)} – ${i.validUntil ? fmtDate(i.validUntil) : t('grants.openEnded')}` },
      { label: t('reviews.reviewer'), cell: (i) => name(i.reviewerId) },
      { label: t('reviews.decision'), cell: (i) => (i.decision ? statusBadge(i.decision) : html`<span class="muted">${t('reviews.undecided')}</span>`) },
      { label: html`<span class="sr-only">${t('common.actions')}</span>`, cell: (i) => (review.status === 'OPEN' && i.reviewerId === self.id ? html`<div class="row-actions">
        ${button(t('reviews.keep'), () => decide(i, 'KEEP'), 'secondary', { 'data-keep': i.id, 'aria-pressed': String(i.decision === 'KEEP') })}
        ${button(t('reviews.revoke'), () => decide(i, 'REVOKE'), 'danger', { 'data-revoke-item': i.id, 'aria-pressed': String(i.decision === 'REVOKE') })}
      </div>` : '') },
    ], list, { empty: t('reviews.noItems') });
    const close = review.status === 'OPEN' ? button(t('reviews.close'), async () => {
      try {
        await post(`/access-reviews/${enc}/close`);
        ctx.rerender();
      } catch (error) {
        slot.replaceChildren(problemBox(error));
      }
    }, 'primary', { id: 'review-close' }) : null;
    return html`<div>
      ${pageHeader(review.name, html`<span>${statusBadge(review.status)} ${t('reviews.decidedOf', { decided: review.decided, total: review.itemCount })}${review.dueAt ? ` · ${t('reviews.dueOn', { date: fmtDate(review.dueAt) })}` : ''}</span>`, close)}
      ${slot}
      ${review.status === 'CLOSED' ? card(t('reviews.outcome'), html`<p class="notice notice-ok" data-test="outcome">${t('reviews.outcomeText', { revoked: review.revoked ?? 0, total: review.itemCount })}</p>`) : null}
      ${card(t('reviews.myWork', { count: mine.length }), rows(mine))}
      ${card(t('reviews.allItems'), rows(items.items))}
    </div>`;
  });
  return html`<div><p class="crumbs">${link('/console/reviews', t('nav.reviews'))}</p>${body}</div>`;
}
