// Staff: search, create, suspend, offboard; one person's grants, granting over a scope with a
// validity window, revoking with a reason, their training and what they can see and why.
import { html, formValues } from '../dom.js';
import { t, fmtDate, fmtDateTime } from '../i18n.js';
import { get, post, all } from '../api.js';
import { pageHeader, card, async, table, statusBadge, field, input, select, button, link, dialog, badge, short, pagedList } from '../ui.js';
import { showProblem, clearProblem, problemBox } from '../problem.js';
import { stores, regions, roles, teams, permissions, byId, forget } from '../data.js';

export function render(params, ctx) {
  return params.id ? person(params.id, ctx) : list(ctx);
}

function list(ctx) {
  const results = html`<div></div>`;
  const search = input('q', { type: 'search', placeholder: t('staff.searchPlaceholder'), id: 'staff-search' });
  // The server searches (GET /staff?q=), a page at a time; typing waits for a pause before asking.
  let storeMap = new Map();
  let timer = null;
  function show() {
    results.replaceChildren(pagedList('/staff', { q: search.value.trim() }, (rows) => table([
      { label: t('staff.name'), cell: (s) => link(`/console/staff/${encodeURIComponent(s.id)}`, s.displayName || s.username) },
      { label: t('staff.username'), cell: (s) => s.username },
      { label: t('staff.email'), cell: (s) => s.email },
      { label: t('staff.homeStore'), cell: (s) => storeMap.get(s.homeStoreId)?.name || '—' },
      { label: t('staff.mfa'), cell: (s) => (s.mfaEnabled ? badge(t('common.yes'), 'ok') : badge(t('common.no'), 'warn')) },
      { label: t('staff.status'), cell: (s) => statusBadge(s.status) },
    ], rows, { empty: t('staff.none') }), 50));
  }
  search.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(show, 250);
  });
  const loader = async(async () => {
    storeMap = await byId(stores).catch(() => new Map());
    show();
    return html`<span></span>`;
  });
  return html`<div>
    ${pageHeader(t('staff.title'), t('staff.subtitle'), button(t('staff.create'), () => createDialog(ctx), 'primary', { id: 'staff-create' }))}
    ${card(t('staff.listTitle'), html`<div class="toolbar">${field(t('staff.search'), search)}</div>`, loader, results)}
  </div>`;
}

async function createDialog(ctx) {
  const storeList = await stores().catch(() => []);
  const form = html`<form class="stack" novalidate onSubmit=${async (e) => {
    e.preventDefault();
    clearProblem(form);
    try {
      const created = await post('/staff', formValues(form));
      forget('staff');
      dlg.close();
      ctx.navigate(`/staff/${encodeURIComponent(created.id)}`);
    } catch (error) {
      showProblem(form, error);
    }
  }}>
    <div class="form-problem"></div>
    ${field(t('staff.username'), input('username', { required: true }))}
    ${field(t('staff.displayName'), input('displayName'))}
    ${field(t('staff.email'), input('email', { type: 'email', required: true }))}
    ${field(t('staff.homeStore'), select('homeStoreId', [['', t('common.none')], ...storeList.map((s) => [s.id, `${s.name} (${s.code})`])]))}
    ${field(t('staff.password'), input('password', { type: 'password', autocomplete: 'new-password' }), t('staff.passwordHint'))}
    <div class="actions"><button type="submit" class="btn btn-primary">${t('staff.create')}</button></div>
  </form>`;
  const dlg = dialog(t('staff.create'), form);
}

export function scopeText(scope, maps) {
  const type = t(`scope.${scope.type}`);
  if (!scope.id) return type;
  const named = maps.stores.get(scope.id)?.name || maps.regions.get(scope.id)?.name || maps.teams.get(scope.id)?.name || short(scope.id);
  return `${type}: ${named}`;
}

export async function lookups() {
  const [s, r, ro, te] = await Promise.all([byId(stores), byId(regions), byId(roles), byId(teams).catch(() => new Map())]);
  return { stores: s, regions: r, roles: ro, teams: te };
}

function person(id, ctx) {
  const body = async(async () => {
    const [person, maps] = await Promise.all([get(`/staff/${encodeURIComponent(id)}`), lookups()]);
    const grantsHolder = html`<div></div>`;
    const reload = () => grantsHolder.replaceChildren(grants(person, maps, reload));
    reload();
    const actions = person.status === 'OFFBOARDED' ? null : html`<div class="actions">
      ${person.status === 'ACTIVE' ? button(t('staff.suspend'), () => confirmAction(t('staff.suspendConfirm', { name: person.username }), `/staff/${encodeURIComponent(id)}/suspend`, ctx), 'secondary', { id: 'staff-suspend' }) : null}
      ${button(t('staff.offboard'), () => confirmAction(t('staff.offboardConfirm', { name: person.username }), `/staff/${encodeURIComponent(id)}/offboard`, ctx), 'danger', { id: 'staff-offboard' })}
    </div>`;
    return html`<div>
      ${pageHeader(person.displayName || person.username, html`<span>${person.username} · ${person.email} · ${statusBadge(person.status)}</span>`, actions)}
      <div class="grid-2">
        ${card(t('staff.profile'), html`<dl class="facts">
          <dt>${t('staff.homeStore')}</dt><dd>${maps.stores.get(person.homeStoreId)?.name || '—'}</dd>
          <dt>${t('staff.mfa')}</dt><dd>${person.mfaEnabled ? t('common.yes') : t('common.no')}</dd>
          <dt>${t('staff.status')}</dt><dd>${statusBadge(person.status)}</dd>
        </dl>`)}
        ${card(t('staff.training'), training(person))}
      </div>
      ${card(t('staff.grants'), grantsHolder)}
      ${person.status === 'ACTIVE' ? card(t('staff.grantTitle'), grantForm(person, maps, reload)) : null}
      ${card(t('staff.canSee'), canSee(person, maps))}
    </div>`;
  });
  return html`<div><p class="crumbs">${link('/console/staff', t('nav.staff'))}</p>${body}</div>`;
}

function confirmAction(question, path, ctx) {
  const slot = html`<div></div>`;
  const dlg = dialog(question, html`<div class="stack">${slot}<div class="actions">
    ${button(t('common.cancel'), () => dlg.close())}
    ${button(t('common.confirm'), async () => {
      try {
        await post(path);
        forget('staff');
        dlg.close();
        ctx.rerender();
      } catch (error) {
        slot.replaceChildren(problemBox(error));
      }
    }, 'danger', { id: 'confirm' })}
  </div></div>`);
}

function grants(person, maps, reload) {
  return async(async () => {
    const items = await all('/grants', { staffId: person.id });
    return table([
      { label: t('grants.role'), cell: (g) => maps.roles.get(g.roleId)?.name || short(g.roleId) },
      { label: t('grants.scope'), cell: (g) => scopeText(g.scope, maps) },
      { label: t('grants.validity'), cell: (g) => `${fmtDate(g.validFrom)} – ${g.validUntil ? fmtDate(g.validUntil) : t('grants.openEnded')}` },
      { label: t('grants.reason'), cell: (g) => g.reason },
      { label: t('grants.status'), cell: (g) => statusBadge(g.status) },
      { label: html`<span class="sr-only">${t('common.actions')}</span>`, cell: (g) => (g.status === 'ACTIVE' || g.status === 'PENDING'
        ? button(t('grants.revoke'), () => revokeDialog(g, maps, reload), 'secondary', { 'data-revoke': g.id, 'aria-label': `${t('grants.revoke')}: ${maps.roles.get(g.roleId)?.name || ''}` }) : '') },
    ], items, { empty: t('grants.none') });
  });
}

function revokeDialog(grant, maps, reload) {
  const form = html`<form class="stack" novalidate onSubmit=${async (e) => {
    e.preventDefault();
    clearProblem(form);
    try {
      await post(`/grants/${encodeURIComponent(grant.id)}/revoke`, { reason: form.reason.value });
      dlg.close();
      reload();
    } catch (error) {
      showProblem(form, error);
    }
  }}>
    <div class="form-problem"></div>
    <p>${maps.roles.get(grant.roleId)?.name} · ${scopeText(grant.scope, maps)}</p>
    ${field(t('grants.revokeReason'), html`<textarea name="reason" rows="3" required></textarea>`)}
    <div class="actions"><button type="submit" class="btn btn-danger" id="revoke-submit">${t('grants.revoke')}</button></div>
  </form>`;
  const dlg = dialog(t('grants.revokeTitle'), form);
}

function grantForm(person, maps, reload) {
  const scopeId = html`<div class="scope-target"></div>`;
  const targets = {
    STORE: [...maps.stores.values()].map((s) => [s.id, `${s.name} (${s.code})`]),
    REGION: [...maps.regions.values()].map((r) => [r.id, r.name]),
    TEAM: [...maps.teams.values()].map((tm) => [tm.id, tm.name]),
  };
  function pickTarget(type) {
    scopeId.replaceChildren(targets[type] ? field(t(`scope.pick.${type}`), select('scope.id', targets[type], { 'data-field': 'scope.id' })) : html`<p class="hint">${t(`scope.explain.${type}`)}</p>`);
  }
  const scopeType = select('scope.type', ['OWN', 'TEAM', 'STORE', 'REGION', 'TENANT'].map((s) => [s, t(`scope.${s}`)]), { value: 'STORE', 'data-field': 'scope.type', id: 'grant-scope' });
  scopeType.addEventListener('change', () => pickTarget(scopeType.value));
  pickTarget('STORE');
  const form = html`<form class="grant-form" novalidate onSubmit=${async (e) => {
    e.preventDefault();
    clearProblem(form);
    const v = formValues(form);
    const body = { staffId: person.id, roleId: v.roleId, scope: { type: v['scope.type'] }, reason: v.reason || '' };
    if (v['scope.id'] && targets[v['scope.type']]) body.scope.id = v['scope.id'];
    if (v.validFrom) body.validFrom = new Date(v.validFrom).toISOString();
    if (v.validUntil) body.validUntil = new Date(v.validUntil).toISOString();
    try {
      await post('/grants', body, { headers: { 'Idempotency-Key': crypto.randomUUID() } });
      form.reset();
      pickTarget('STORE');
      reload();
    } catch (error) {
      showProblem(form, error);
    }
  }}>
    <div class="form-problem"></div>
    <div class="form-grid">
      ${field(t('grants.role'), select('roleId', [...maps.roles.values()].map((r) => [r.id, r.name]), { id: 'grant-role' }))}
      ${field(t('grants.scope'), scopeType)}
      ${scopeId}
      ${field(t('grants.validFrom'), input('validFrom', { type: 'datetime-local' }), t('grants.validFromHint'))}
      ${field(t('grants.validUntil'), input('validUntil', { type: 'datetime-local' }), t('grants.validUntilHint'))}
      ${field(t('grants.reason'), input('reason', { required: true, id: 'grant-reason' }))}
    </div>
    <div class="actions"><button type="submit" class="btn btn-primary" id="grant-submit">${t('grants.grant')}</button></div>
  </form>`;
  return form;
}

function training(person) {
  return async(async () => {
    const [assignments, report] = await Promise.all([
      all('/training/assignments', { staffId: person.id }),
      get('/training/report', { groupBy: 'course' }).catch(() => ({ overdue: [] })),
    ]);
    const overdue = new Map(report.overdue.filter((o) => o.staffId === person.id).map((o) => [o.courseCode, o]));
    return table([
      { label: t('training.course'), cell: (a) => a.courseCode },
      { label: t('training.due'), cell: (a) => (a.dueAt ? fmtDate(a.dueAt) : '—') },
      { label: t('training.standing'), cell: (a) => (overdue.has(a.courseCode) ? html`<span class="text-bad">${t('training.overdue')} (${t(`status.${overdue.get(a.courseCode).status}`)})</span>` : badge(t('training.inGoodStanding'), 'ok')) },
    ], assignments, { empty: t('training.none') });
  });
}

function canSee(person, maps) {
  return async(async () => {
    const [items, catalogue] = await Promise.all([all('/grants', { staffId: person.id, status: 'ACTIVE' }), permissions()]);
    const sensitive = new Set(catalogue.filter((p) => p.sensitive).map((p) => p.name));
    if (person.status !== 'ACTIVE') return html`<p>${t('staff.seesNothing', { status: t(`status.${person.status}`) })}</p>`;
    if (!items.length) return html`<p>${t('staff.noActiveGrants')}</p>`;
    return html`<div class="stack">
      <ul class="why">${items.map((g) => {
        const role = maps.roles.get(g.roleId);
        return html`<li>
          <p><strong>${scopeText(g.scope, maps)}</strong> — ${t('staff.because', { role: role?.name || '', reason: g.reason })}${g.validUntil ? ` ${t('staff.until', { date: fmtDateTime(g.validUntil) })}` : ''}</p>
          <p class="perm-list">${(role?.permissions || []).map((p) => html`<code class=${sensitive.has(p) ? 'perm perm-sensitive' : 'perm'}>${p}${sensitive.has(p) ? ' ★' : ''}</code>`)}</p>
        </li>`;
      })}</ul>
      <p class="hint">${t('staff.canSeeHint')} ${link(`/console/explain?staffId=${encodeURIComponent(person.id)}`, t('staff.explainLink'))}</p>
    </div>`;
  });
}
