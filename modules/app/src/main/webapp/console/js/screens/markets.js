// Markets: each store's effective rule pack beside the law, overrides highlighted; upload a
// tenant-config YAML, see the dry-run plan, then apply it.
import { html } from '../dom.js';
import { t, has, fmtDate } from '../i18n.js';
import { get, api } from '../api.js';
import { pageHeader, card, async, table, badge, field, button, select } from '../ui.js';
import { showProblem, clearProblem } from '../problem.js';
import { stores, regions, byId, forget } from '../data.js';

const FIELDS = ['marketingConsent', 'profilingConsent', 'saleSharingConsent', 'honorsGlobalPrivacyControl', 'sensitiveDataConsent',
  'digitalConsentAge', 'dsarResponseDays', 'dsarExtensionDays', 'dsarAcknowledgeDays', 'optOutProcessingDays',
  'breachNotificationHours', 'crossBorder', 'dpoRequired', 'retentionMaxDays', 'requiredTrainingJurisdiction'];

function value(v) {
  if (v === true) return t('common.yes');
  if (v === false) return t('common.no');
  if (v === null || v === undefined) return '—';
  if (Array.isArray(v)) return v.join(', ');
  if (typeof v === 'object') return JSON.stringify(v);
  return has(`enum.${v}`) ? t(`enum.${v}`) : String(v);
}

// An overridden field: the value in force, the "tightened" badge and, beside them, the law's own value
// (lawValues), marked in words as well as by its highlight.
function inForce(pack, f, overrides) {
  if (!(f in overrides)) return html`<span>${value(pack[f])}</span>`;
  const law = pack.lawValues || {};
  return html`<span>${value(pack[f])} ${badge(t('markets.overridden'), 'warn')}${f in law
    ? html` <span class="law-value" data-test="law-value" data-field=${f}>${t('markets.lawValue', { value: value(law[f]) })}</span>` : null}</span>`;
}

function packView(pack) {
  const overrides = pack.overrides || {};
  return html`<div class="stack" data-test="pack">
    <p><strong>${pack.law}</strong> · ${pack.name} ${pack.version} · ${t('markets.effectiveFrom', { date: fmtDate(pack.effectiveFrom) })}</p>
    ${table([
      { label: t('markets.field'), cell: (f) => t(`pack.${f}`) },
      { label: t('markets.effective'), cell: (f) => inForce(pack, f, overrides) },
      { label: t('markets.source'), cell: (f) => (f in overrides ? t('markets.byTenant') : t('markets.byLaw', { law: pack.code })) },
    ], FIELDS, { rowClass: (f) => (f in overrides ? 'row-override' : '') })}
    ${(pack.notes || []).length ? html`<ul class="notes">${pack.notes.map((n) => html`<li>${n}</li>`)}</ul>` : null}
    ${(pack.sources || []).length ? html`<details class="sources"><summary>${t('markets.sources')} (${pack.sources.length})</summary>
      <ul>${pack.sources.map((src) => html`<li>${src}</li>`)}</ul></details>` : null}
  </div>`;
}

export function render() {
  const packHolder = html`<div aria-live="polite"></div>`;
  const storesCard = async(async () => {
    forget('stores');
    const [list, regionMap] = await Promise.all([stores(), byId(regions)]);
    const showPack = (code) => packHolder.replaceChildren(async(() => get(`/rule-packs/${encodeURIComponent(code)}`).then(packView)));
    const picker = select('pack', [...new Set(list.map((s) => s.rulePack))].map((c) => [c, c]), { id: 'pack-pick' });
    picker.addEventListener('change', () => showPack(picker.value));
    if (list.length) showPack(list[0].rulePack);
    return html`<div class="stack">
      ${table([
        { label: t('markets.store'), cell: (s) => `${s.name} (${s.code})` },
        { label: t('markets.country'), cell: (s) => s.subdivision || s.country },
        { label: t('markets.region'), cell: (s) => regionMap.get(s.regionId)?.name || '—' },
        { label: t('markets.pack'), cell: (s) => button(s.rulePack, () => { picker.value = s.rulePack; showPack(s.rulePack); }, 'link', { 'data-pack': s.rulePack, 'aria-label': t('markets.showPack', { pack: s.rulePack, store: s.name }) }) },
      ], list, { empty: t('markets.noStores') })}
      ${field(t('markets.pickPack'), picker)}
    </div>`;
  });

  const plan = html`<div aria-live="polite"></div>`;
  let yaml = '';
  const upload = html`<form class="stack" novalidate onSubmit=${async (e) => {
    e.preventDefault();
    clearProblem(upload);
    yaml = upload.yaml.value;
    const file = upload.file.files[0];
    if (file) yaml = await file.text();
    try {
      const result = (await api('/tenant-config', { method: 'PUT', query: { dryRun: 'true' }, body: yaml, contentType: 'application/yaml' })).data;
      plan.replaceChildren(planView(result, true));
    } catch (error) {
      showProblem(upload, error);
    }
  }}>
    <div class="form-problem"></div>
    ${field(t('markets.file'), html`<input type="file" name="file" accept=".yaml,.yml,application/yaml,text/yaml" />`)}
    ${field(t('markets.orPaste'), html`<textarea name="yaml" rows="8" class="mono" spellcheck="false"></textarea>`)}
    <div class="actions"><button type="submit" class="btn btn-primary" id="config-plan">${t('markets.plan')}</button></div>
  </form>`;

  function planView(result, dry) {
    return html`<div class="stack" data-test=${dry ? 'plan' : 'applied'}>
      <p class=${dry ? 'notice' : 'notice notice-ok'}>${dry ? t('markets.planIntro', { count: result.changes.length }) : t('markets.applied', { count: result.changes.length })}</p>
      ${table([
        { label: t('markets.section'), cell: (c) => c.section },
        { label: t('markets.action'), cell: (c) => c.action },
        { label: t('markets.key'), cell: (c) => html`<code>${c.key}</code>` },
      ], result.changes, { empty: t('markets.nothingToDo') })}
      ${dry && result.changes.length ? button(t('markets.apply'), async () => {
        try {
          const applied = (await api('/tenant-config', { method: 'PUT', body: yaml, contentType: 'application/yaml' })).data;
          forget();
          plan.replaceChildren(planView(applied, false));
        } catch (error) {
          showProblem(upload, error);
        }
      }, 'danger', { id: 'config-apply' }) : null}
    </div>`;
  }

  return html`<div>
    ${pageHeader(t('markets.title'), t('markets.subtitle'))}
    <div class="grid-2 grid-wide-left">
      ${card(t('markets.stores'), storesCard)}
      ${card(t('markets.packTitle'), packHolder)}
    </div>
    ${card(t('markets.configTitle'), upload, plan)}
  </div>`;
}
