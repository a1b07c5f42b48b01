// The training report for those who hold training.report: completion and overdue rates month by
// month (the server computes them from the recorded history), by store, region or course, as
// inline SVG lines with the same figures as a table, and the CSV of them for download.
import { html } from '../dom.js';
import { t, fmtPercent, fmtNumber } from '../i18n.js';
import { get, download } from '../api.js';
import { pageHeader, card, field, select, button, table, async } from '../ui.js';
import { problemBox } from '../problem.js';
import { rateLines, legend } from '../trend.js';

const GROUPINGS = ['store', 'region', 'course'];
const SPANS = [6, 12, 24];

function view(report) {
  const months = report.months.map((m) => m.month);
  const label = (row) => row.code || t('report.noGroup');
  const groups = [...new Map(report.items.map((r) => [r.key ?? '', label(r)])).entries()];
  const valuesOf = (rate) => groups.map(([key, name]) => ({
    label: name,
    values: months.map((m) => report.items.find((r) => r.month === m && (r.key ?? '') === key)?.[rate] ?? null),
  }));
  const chart = (rate, titleKey, test) => html`<figure class="chart" data-test=${test}>
    ${rateLines(months, valuesOf(rate), { title: t(titleKey, { group: t(`home.group.${report.groupBy}`) }) })}
    <figcaption>${legend(groups.map(([, name]) => name))}</figcaption>
  </figure>`;
  // newest month first, the groups of a month in the server's (code) order
  const newestMonthFirst = [...months].reverse().flatMap((m) => report.items.filter((r) => r.month === m));
  const monthLabel = (m) => (report.months.find((x) => x.month === m)?.toDate ? `${m} (${t('report.toDate')})` : m);
  return html`<div>
    ${groups.length ? card(t('report.completion'), chart('completionRate', 'report.completionBy', 'report-completion')) : null}
    ${groups.length ? card(t('report.overdue'), chart('overdueRate', 'report.overdueBy', 'report-overdue')) : null}
    ${card(t('report.figures'), table([
      { label: t('report.month'), cell: (r) => monthLabel(r.month) },
      { label: t(`home.group.${report.groupBy}`), cell: label },
      { label: t('report.assigned'), cell: (r) => fmtNumber(r.assigned), className: 'num' },
      { label: t('report.completed'), cell: (r) => fmtNumber(r.completed), className: 'num' },
      { label: t('report.overdueCount'), cell: (r) => fmtNumber(r.overdue), className: 'num' },
      { label: t('report.completionRate'), cell: (r) => fmtPercent(r.completionRate), className: 'num' },
      { label: t('report.overdueRate'), cell: (r) => (r.overdue ? html`<span class="text-bad">${fmtPercent(r.overdueRate)}</span>` : fmtPercent(r.overdueRate)), className: 'num' },
    ], newestMonthFirst, { caption: t('report.figuresCaption'), empty: t('report.none') }))}
  </div>`;
}

export function render() {
  const shown = html`<div aria-live="polite"></div>`;
  const notice = html`<div aria-live="polite"></div>`;
  const groupBy = select('groupBy', GROUPINGS.map((g) => [g, t(`home.group.${g}`)]), { id: 'report-group-by', value: 'store' });
  const months = select('months', SPANS.map((n) => [n, t('report.lastMonths', { count: n })]), { id: 'report-months', value: 12 });
  const query = () => ({ groupBy: groupBy.value, months: months.value });
  const load = () => shown.replaceChildren(async(async () => view(await get('/training/report/monthly', query()))));
  groupBy.addEventListener('change', load);
  months.addEventListener('change', load);
  const csv = () => {
    notice.replaceChildren();
    download('/training/report/monthly', query(), `training-${groupBy.value}-monthly.csv`, 'text/csv')
      .catch((e) => notice.replaceChildren(problemBox(e)));
  };
  load();
  return html`<div>
    ${pageHeader(t('report.title'), t('report.subtitle'), button(t('report.csv'), csv, 'secondary', { id: 'report-csv' }))}
    <div class="toolbar">${field(t('report.groupBy'), groupBy)}${field(t('report.span'), months)}</div>
    ${notice}
    ${shown}
  </div>`;
}
