// Roles: built-in and tenant roles, sensitive permissions marked, copy and edit with If-Match
// (a 412 is explained and the role reloaded, never swallowed).
import { html } from '../dom.js';
import { t } from '../i18n.js';
import { api, post } from '../api.js';
import { pageHeader, card, async, table, badge, link, field, input, button } from '../ui.js';
import { showProblem, clearProblem } from '../problem.js';
import { roles as roleList, permissions, forget } from '../data.js';

export function render(params, ctx) {
  return params.id ? role(params.id, ctx) : list(ctx);
}

function list() {
  return html`<div>
    ${pageHeader(t('roles.title'), t('roles.subtitle'))}
    ${card(t('roles.listTitle'), async(async () => {
      forget('roles');
      const [items, catalogue] = await Promise.all([roleList(), permissions()]);
      const sensitive = new Set(catalogue.filter((p) => p.sensitive).map((p) => p.name));
      return table([
        { label: t('roles.name'), cell: (r) => link(`/console/roles/${encodeURIComponent(r.id)}`, r.name) },
        { label: t('roles.kind'), cell: (r) => (r.builtIn ? badge(t('roles.builtIn'), 'info') : badge(t('roles.tenant'), 'neutral')) },
        { label: t('roles.permissions'), cell: (r) => t('roles.permissionCount', { count: r.permissions.length }) },
        { label: t('roles.sensitive'), cell: (r) => {
          const n = r.permissions.filter((p) => sensitive.has(p)).length;
          return n ? badge(`★ ${n}`, 'warn') : '0';
        } },
      ], items);
    }))}
  </div>`;
}

function role(id, ctx) {
  const enc = encodeURIComponent(id);
  const body = async(async () => {
    const [answer, catalogue] = await Promise.all([api(`/roles/${enc}`), permissions()]);
    const r = answer.data;
    let etag = answer.etag;
    const held = new Set(r.permissions);
    const form = html`<form class="stack" novalidate onSubmit=${async (e) => {
      e.preventDefault();
      clearProblem(form);
      const chosen = [...form.querySelectorAll('input[name=permissions]:checked')].map((c) => c.value);
      const name = form.roleName.value.trim();
      try {
        if (r.builtIn || e.submitter?.dataset.copy) {
          const copy = await post('/roles', { name, permissions: chosen }, { headers: { 'Idempotency-Key': crypto.randomUUID() } });
          forget('roles');
          ctx.navigate(`/roles/${encodeURIComponent(copy.id)}`);
        } else {
          const saved = await api(`/roles/${enc}`, { method: 'PUT', body: { name, permissions: chosen }, headers: { 'If-Match': etag } });
          etag = saved.etag;
          forget('roles');
          form.querySelector('.form-problem').replaceChildren(html`<p class="notice notice-ok" role="status">${t('roles.saved')}</p>`);
        }
      } catch (error) {
        showProblem(form, error);
        if (error.status === 412) {
          form.querySelector('.form-problem').append(button(t('roles.reload'), () => ctx.rerender(), 'secondary', { id: 'role-reload' }));
        }
      }
    }}>
      <div class="form-problem"></div>
      ${field(t('roles.name'), input('roleName', { value: r.builtIn ? `${r.name}_COPY` : r.name, 'data-field': 'name', id: 'role-name' }), r.builtIn ? t('roles.copyHint') : null)}
      <fieldset class="perms"><legend>${t('roles.permissions')}</legend>
        ${catalogue.map((p) => html`<div class="perm-row">
          <input type="checkbox" name="permissions" value=${p.name} id=${`perm-${p.name}`} checked=${held.has(p.name)} />
          <label for=${`perm-${p.name}`}><code>${p.name}</code> ${p.sensitive ? badge(`★ ${t('roles.sensitiveOne')}`, 'warn') : null}<span class="perm-desc">${p.description}</span></label>
        </div>`)}
      </fieldset>
      <p class="hint">${t('roles.sensitiveHint')}</p>
      <div class="actions">
        ${r.builtIn ? null : html`<button type="submit" class="btn btn-primary" id="role-save">${t('roles.save')}</button>`}
        <button type="submit" class="btn btn-secondary" data-copy="1" id="role-copy">${t('roles.copy')}</button>
      </div>
    </form>`;
    return html`<div>
      ${pageHeader(r.name, r.builtIn ? t('roles.builtInHint') : t('roles.tenantHint'))}
      ${card(t('roles.edit'), form)}
    </div>`;
  });
  return html`<div><p class="crumbs">${link('/console/roles', t('nav.roles'))}</p>${body}</div>`;
}
