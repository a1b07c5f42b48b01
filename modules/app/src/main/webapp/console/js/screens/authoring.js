// Course authoring, for holders of training.author: the courses with their published versions and
// open drafts, a new course (for training.manage), a draft started from the current version, the
// draft's statement, material and quiz written with a preview through the employee portal's
// renderer, saved with If-Match, and published; a version that requires re-acknowledgment
// re-assigns the course to everyone who holds it, which the confirmation says before it happens.
import { html } from '../dom.js';
import { t, fmtDateTime } from '../i18n.js';
import { api, get, post, all, mayOpen } from '../api.js';
import { pageHeader, card, async, table, badge, button, link, field, input, select, dialog } from '../ui.js';
import { problemBox, showProblem, clearProblem } from '../problem.js';
import { permissions } from '../data.js';
import { materialSections } from './training.js';

const enc = encodeURIComponent;
const coursePath = (code) => `/training/courses/${enc(code)}`;
const draftPath = (code, version) => `${coursePath(code)}/drafts/${enc(version)}`;
const courseScreen = (code) => `/authoring/${enc(code)}`;
const draftScreen = (code, version) => `${courseScreen(code)}/${enc(version)}`;
const idempotent = () => ({ headers: { 'Idempotency-Key': crypto.randomUUID() } });

// The version just published, named once on its course's page after the editor has closed.
let published = null;

export function render(params, ctx) {
  if (!params.id) return list(ctx);
  return params.view ? editor(params.id, decodeURIComponent(params.view), ctx) : course(params.id, ctx);
}

async function versionsAndDrafts(code) {
  const [versions, drafts] = await Promise.all([get(`${coursePath(code)}/versions`), get(`${coursePath(code)}/drafts`)]);
  return { versions: versions.items, drafts: drafts.items };
}

function list(ctx) {
  const create = mayOpen(ctx.who, ['training.manage'])
    ? button(t('authoring.newCourse'), () => newCourseDialog(ctx), 'primary', { id: 'course-create' })
    : null;
  return html`<div>
    ${pageHeader(t('authoring.title'), t('authoring.subtitle'), create)}
    ${card(t('authoring.courses'), async(async () => {
      const courses = await all('/training/courses');
      const rows = await Promise.all(courses.map(async (c) => ({ ...c, ...(await versionsAndDrafts(c.code)) })));
      return html`<div data-test="authoring-courses">${table([
        { label: t('training.course'), cell: (c) => link(`/console${courseScreen(c.code)}`, c.title, { 'data-course': c.code }) },
        { label: t('authoring.code'), cell: (c) => html`<code>${c.code}</code>` },
        { label: t('authoring.current'), cell: (c) => c.version },
        { label: t('authoring.published'), cell: (c) => c.versions.map((v) => v.version).join(', ') },
        { label: t('authoring.drafts'), cell: (c) => (c.drafts.length
          ? html`<span class="perm-list">${c.drafts.map((d) => link(`/console${draftScreen(c.code, d.version)}`, d.version, { 'data-draft': d.version }))}</span>`
          : '—') },
      ], rows, { empty: t('authoring.noCourses') })}</div>`;
    }))}
  </div>`;
}

/** Checkboxes named `name`, one per [value, label]; the server's errors for `name` go to the group. */
function checkGroup(legend, name, options) {
  return html`<fieldset class="perms" data-field=${name}><legend>${legend}</legend>
    ${options.map(([value, label]) => html`<div class="perm-row">
      <input type="checkbox" name=${name} value=${value} id=${`${name}-${value}`} />
      <label for=${`${name}-${value}`}>${label}</label>
    </div>`)}
  </fieldset>`;
}

const number = (value) => (String(value).trim() === '' ? undefined : Number(value));

async function newCourseDialog(ctx) {
  const [packs, catalogue] = await Promise.all([get('/rule-packs').then((p) => p.items).catch(() => []), permissions().catch(() => [])]);
  const form = html`<form class="stack" novalidate data-test="course-form" onSubmit=${async (e) => {
    e.preventDefault();
    clearProblem(form);
    const checked = (name) => [...form.querySelectorAll(`input[name="${name}"]:checked`)].map((c) => c.value);
    const body = {
      code: form.code.value.trim(),
      title: form.title.value.trim(),
      version: form.version.value.trim(),
      validityMonths: number(form.validityMonths.value),
      passMark: number(form.passMark.value),
      jurisdictions: checked('jurisdictions'),
      requiredForPermissions: checked('requiredForPermissions'),
    };
    try {
      const created = await post('/training/courses', body, idempotent());
      dlg.close();
      ctx.navigate(courseScreen(created.code));
    } catch (error) {
      showProblem(form, error);
    }
  }}>
    <div class="form-problem"></div>
    <div class="form-grid">
      ${field(t('authoring.code'), input('code', { required: true, id: 'course-code' }), t('authoring.codeHint'))}
      ${field(t('authoring.courseTitle'), input('title', { required: true, id: 'course-title' }))}
      ${field(t('authoring.firstVersion'), input('version', { required: true, id: 'course-version', value: '1' }))}
      ${field(t('authoring.validityMonths'), input('validityMonths', { type: 'number', min: 1, max: 120, value: 12, id: 'course-validity' }))}
      ${field(t('authoring.coursePassMark'), input('passMark', { type: 'number', min: 0, max: 100, id: 'course-pass-mark' }), t('authoring.coursePassMarkHint'))}
    </div>
    ${checkGroup(t('authoring.jurisdictions'), 'jurisdictions', packs.map((p) => [p.code, `${p.code} · ${p.name}`]))}
    ${checkGroup(t('authoring.requiredFor'), 'requiredForPermissions', catalogue.map((p) => [p.name, html`<code>${p.name}</code> <span class="perm-desc">${p.description}</span>`]))}
    <p class="hint">${t('authoring.newCourseHint')}</p>
    <div class="actions"><button type="submit" class="btn btn-primary" id="course-submit">${t('authoring.newCourse')}</button></div>
  </form>`;
  const dlg = dialog(t('authoring.newCourse'), form);
}

/**
 * The statement the server words for a version whose author gives none (CourseVersion's default):
 * a copy of it would name the old version, so a draft started from it or edited keeps none.
 */
function defaultStatement(title, version) {
  return `I have completed "${title}" (version ${version}) and will handle customer data as it teaches.`;
}

function ownStatement(statement, title, version) {
  return statement === defaultStatement(title, version) ? null : statement;
}

/** A stored quiz (an author's view, correct answers included) as the API takes it back. */
function authoredQuiz(quiz) {
  if (!quiz) return null;
  return {
    passMark: quiz.passMark,
    questions: quiz.questions.map((q) => ({
      text: q.text, kind: q.kind, pool: q.pool || null, options: q.options.map((o) => ({ text: o.text, correct: o.correct })),
    })),
    pools: quiz.pools || [],
  };
}

function course(code, ctx) {
  const body = async(async () => {
    const [c, { versions, drafts }] = await Promise.all([get(coursePath(code)), versionsAndDrafts(code)]);
    const notice = published?.code === code
      ? html`<p class="notice notice-ok" role="status" data-test="published">${t('authoring.publishedNotice', { version: published.version })}</p>`
      : null;
    published = null;
    const versionTable = table([
      { label: t('training.version'), cell: (v) => html`<span data-version=${v.version}>${v.version} ${v.current ? badge(t('authoring.currentBadge'), 'ok') : null}</span>` },
      { label: t('authoring.publishedAt'), cell: (v) => fmtDateTime(v.publishedAt) },
      { label: t('authoring.reack'), cell: (v) => (v.requiresReacknowledgment ? badge(t('common.yes'), 'warn') : t('common.no')) },
      { label: t('authoring.sections'), cell: (v) => String((v.sections || []).length) },
      { label: t('training.quiz'), cell: (v) => (v.quiz ? t('training.quizIntro', { questions: v.quiz.questionsPerAttempt, passMark: v.quiz.passMark }) : '—') },
    ], [...versions].reverse());
    const draftTable = table([
      { label: t('training.version'), cell: (d) => link(`/console${draftScreen(code, d.version)}`, d.version, { 'data-draft': d.version }) },
      { label: t('authoring.updatedAt'), cell: (d) => fmtDateTime(d.updatedAt) },
      { label: t('authoring.reack'), cell: (d) => (d.requiresReacknowledgment ? badge(t('common.yes'), 'warn') : t('common.no')) },
    ], drafts, { empty: t('authoring.noDrafts') });
    return html`<div>
      ${pageHeader(c.title, t('training.versionOf', { version: c.version, code }))}
      ${notice}
      ${card(t('authoring.published'), versionTable)}
      ${card(t('authoring.drafts'), draftTable)}
      ${card(t('authoring.newDraft'), newDraftForm(c, versions.find((v) => v.current), ctx))}
    </div>`;
  });
  return html`<div><p class="crumbs">${link('/console/authoring', t('nav.authoring'))}</p>${body}</div>`;
}

function newDraftForm(c, current, ctx) {
  const form = html`<form class="stack" novalidate data-test="draft-start" onSubmit=${async (e) => {
    e.preventDefault();
    clearProblem(form);
    const version = form.version.value.trim();
    const body = { version, requiresReacknowledgment: form.requiresReacknowledgment.checked };
    try {
      if (current && form.copy.checked) {
        body.statement = ownStatement(current.statement, c.title, current.version);
        body.sections = (current.sections || []).map((s) => ({ heading: s.heading, format: 'HTML', body: s.html }));
        if (current.quiz) body.quiz = authoredQuiz(await get(`${coursePath(c.code)}/versions/${enc(current.version)}/quiz`));
      }
      await post(`${coursePath(c.code)}/drafts`, body, idempotent());
      ctx.navigate(draftScreen(c.code, version));
    } catch (error) {
      showProblem(form, error);
    }
  }}>
    <div class="form-problem"></div>
    <div class="form-grid">
      ${field(t('authoring.newVersion'), input('version', { required: true, id: 'draft-version' }), t('authoring.newVersionHint'))}
    </div>
    <div class="field field-check"><input type="checkbox" name="copy" id="draft-copy" checked=${Boolean(current)} disabled=${!current} />
      <label for="draft-copy">${t('authoring.copyCurrent', { version: current?.version || '—' })}</label></div>
    <div class="field field-check"><input type="checkbox" name="requiresReacknowledgment" id="draft-start-reack" />
      <label for="draft-start-reack">${t('authoring.reackQuestion')}</label></div>
    <div class="actions"><button type="submit" class="btn btn-primary" id="draft-create">${t('authoring.startDraft')}</button></div>
  </form>`;
  return form;
}

// --- the draft editor

let keySeq = 0;
const key = () => { keySeq += 1; return `k${keySeq}`; };

/** The editor's model of a draft as the server answers it; sections keep the server's sanitised HTML for the preview. */
function model(draft, title) {
  const quiz = authoredQuiz(draft.quiz);
  return {
    requiresReacknowledgment: draft.requiresReacknowledgment,
    statement: ownStatement(draft.statement, title, draft.version) ?? '',
    sections: (draft.sections || []).map((s) => ({ key: key(), heading: s.heading, format: 'HTML', body: s.html, saved: s.html, dirty: false })),
    passMark: quiz?.passMark ?? '',
    pools: (quiz?.pools || []).map((p) => ({ key: key(), name: p.name, draw: p.draw })),
    questions: (quiz?.questions || []).map((q) => ({
      key: key(), text: q.text, kind: q.kind, pool: q.pool || '', options: q.options.map((o) => ({ key: key(), ...o })),
    })),
  };
}

const newOption = () => ({ key: key(), text: '', correct: false });
const newQuestion = () => ({ key: key(), text: '', kind: 'SINGLE', pool: '', options: [newOption(), newOption()] });

/** What a PUT of the draft says: the whole content, a quiz only when there are questions. */
function content(m) {
  return {
    requiresReacknowledgment: m.requiresReacknowledgment,
    statement: m.statement.trim() || null,
    sections: m.sections.map((s) => ({ heading: s.heading, format: s.format, body: s.body })),
    quiz: m.questions.length ? {
      passMark: number(m.passMark),
      questions: m.questions.map((q) => ({
        text: q.text, kind: q.kind, pool: q.pool || null, options: q.options.map((o) => ({ text: o.text, correct: o.correct })),
      })),
      pools: m.pools.map((p) => ({ name: p.name, draw: number(p.draw) })),
    } : null,
  };
}

function editor(code, version, ctx) {
  const body = async(async () => {
    const [c, answer] = await Promise.all([get(coursePath(code)), api(draftPath(code, version))]);
    return draftEditor(c, answer, ctx);
  });
  return html`<div><p class="crumbs">${link('/console/authoring', t('nav.authoring'))} › ${link(`/console${courseScreen(code)}`, code)}</p>${body}</div>`;
}

function draftEditor(c, answer, ctx) {
  const code = c.code;
  let draft = answer.data;
  let etag = answer.etag;
  const m = model(draft, c.title);
  // Whether the editor holds changes the server has not seen; publishing saves them first.
  let dirty = false;

  const editorHolder = html`<div></div>`;
  const preview = html`<div class="stack" data-test="preview"></div>`;
  const state = html`<p class="hint" role="status" data-test="save-state"></p>`;
  const problemSlot = html`<div class="form-problem" data-test="draft-problem"></div>`;

  function changed() {
    dirty = true;
    state.textContent = t('authoring.unsaved');
    state.dataset.state = 'unsaved';
    drawPreview();
  }

  function drawPreview() {
    // Unsaved HTML is shown through the same allow-list as learners see; Markdown only the server renders.
    const pending = m.sections.some((s) => s.dirty && s.format === 'MARKDOWN');
    const sections = m.sections.map((s) => ({ heading: s.heading, html: s.dirty && s.format === 'HTML' ? s.body : (s.saved || '') }));
    const questions = m.questions.length - m.questions.filter((q) => q.pool).length + m.pools.reduce((n, p) => n + (number(p.draw) || 0), 0);
    const passMark = number(m.passMark) ?? c.passMark;
    preview.replaceChildren(...[
      pending ? html`<p class="notice" data-test="preview-pending">${t('authoring.previewPending')}</p>` : null,
      sections.length ? materialSections(sections) : html`<p class="empty">${t('training.noMaterial')}</p>`,
      html`<blockquote class="statement" data-test="preview-statement">${m.statement.trim() || defaultStatement(c.title, draft.version)}</blockquote>`,
      m.questions.length ? html`<p data-test="preview-quiz">${t('training.quizIntro', { questions, passMark: passMark ?? '—' })}</p>` : html`<p class="muted">${t('authoring.noQuiz')}</p>`,
    ].filter(Boolean));
  }

  /** Draws the form anew after a structural change, keeping the focus where it was (ids are stable). */
  function redraw(focusId) {
    const focused = focusId || document.activeElement?.id;
    editorHolder.replaceChildren(form());
    if (focused) document.getElementById(focused)?.focus();
    drawPreview();
  }

  function structural(change, focusId) {
    return (e) => {
      change(e);
      changed();
      redraw(focusId?.());
    };
  }

  function text(target, prop, after) {
    return (e) => {
      target[prop] = e.target.value;
      after?.();
      changed();
    };
  }

  function move(list, i, by) {
    const [item] = list.splice(i, 1);
    list.splice(i + by, 0, item);
  }

  function sectionEditor(s, i) {
    const n = i + 1;
    const sectionText = () => { s.dirty = true; };
    return html`<fieldset class="authoring-item" data-section=${i}>
      <legend>${t('authoring.sectionN', { n })}</legend>
      ${field(t('authoring.heading'), input(`sections[${i}].heading`, { value: s.heading, id: `heading-${s.key}`, onInput: text(s, 'heading') }))}
      ${field(t('authoring.format'), select(`sections[${i}].format`, [['MARKDOWN', t('authoring.markdown')], ['HTML', t('authoring.html')]],
        { value: s.format, id: `format-${s.key}`, onChange: text(s, 'format', sectionText) }))}
      ${field(t('authoring.body'), html`<textarea name=${`sections[${i}].body`} id=${`body-${s.key}`} class="mono" rows="8" value=${s.body} onInput=${text(s, 'body', sectionText)}></textarea>`,
        t(s.format === 'HTML' ? 'authoring.htmlHint' : 'authoring.markdownHint'))}
      <div class="actions">
        ${button(t('authoring.up'), structural(() => move(m.sections, i, -1), () => (i === 1 ? `down-${s.key}` : `up-${s.key}`)), 'secondary', { id: `up-${s.key}`, disabled: i === 0, 'aria-label': t('authoring.upSection', { n }) })}
        ${button(t('authoring.down'), structural(() => move(m.sections, i, 1), () => (i === m.sections.length - 2 ? `up-${s.key}` : `down-${s.key}`)), 'secondary', { id: `down-${s.key}`, disabled: i === m.sections.length - 1, 'aria-label': t('authoring.downSection', { n }) })}
        ${button(t('authoring.removeSection', { n }), structural(() => m.sections.splice(i, 1), () => 'section-add'), 'secondary', { id: `remove-${s.key}` })}
      </div>
    </fieldset>`;
  }

  function questionEditor(q, i) {
    const n = i + 1;
    const single = q.kind === 'SINGLE';
    return html`<fieldset class="authoring-item" data-question=${i}>
      <legend>${t('authoring.questionN', { n })}</legend>
      ${field(t('authoring.questionText'), html`<textarea name=${`quiz.questions[${i}].text`} id=${`question-${q.key}`} rows="2" value=${q.text} onInput=${text(q, 'text')}></textarea>`)}
      <div class="form-grid">
        ${field(t('authoring.kind'), select(`quiz.questions[${i}].kind`, [['SINGLE', t('authoring.single')], ['MULTIPLE', t('authoring.multiple')]], {
          value: q.kind,
          id: `kind-${q.key}`,
          onChange: structural((e) => {
            q.kind = e.target.value;
            // A single-choice question keeps at most its first correct answer.
            const first = q.options.findIndex((o) => o.correct);
            if (q.kind === 'SINGLE') q.options.forEach((o, j) => { o.correct = j === first; });
          }),
        }))}
        ${m.pools.length ? field(t('authoring.pool'), select(`quiz.questions[${i}].pool`, poolChoices(),
          { value: q.pool, id: `pool-${q.key}`, onChange: text(q, 'pool') })) : null}
      </div>
      <fieldset class="options" data-field=${`quiz.questions[${i}].options`}>
        <legend>${single ? t('authoring.optionsSingle') : t('authoring.optionsMultiple')}</legend>
        ${q.options.map((o, j) => html`<div class="option-row" data-option=${j}>
          <label for=${`option-${o.key}`}>${t('authoring.optionN', { n: j + 1 })}</label>
          <input type="text" name=${`quiz.questions[${i}].options[${j}].text`} id=${`option-${o.key}`} value=${o.text} onInput=${text(o, 'text')} />
          <span class="option">
            <input type=${single ? 'radio' : 'checkbox'} name=${`correct-${q.key}`} id=${`correct-${o.key}`} checked=${o.correct} data-correct=${j}
              onChange=${(e) => { q.options.forEach((x) => { if (single) x.correct = x === o; }); o.correct = e.target.checked; changed(); }} />
            <label for=${`correct-${o.key}`}>${t('authoring.correct')}<span class="sr-only"> (${t('authoring.optionN', { n: j + 1 })})</span></label>
          </span>
          ${button(t('authoring.remove'), structural(() => q.options.splice(j, 1), () => `option-add-${q.key}`), 'secondary', {
            id: `option-remove-${o.key}`, disabled: q.options.length <= 2, 'aria-label': t('authoring.removeOption', { n: j + 1, question: n }) })}
        </div>`)}
        <div class="actions">
          ${button(t('authoring.addOption'), structural(() => q.options.push(newOption()), () => `option-${q.options.at(-1).key}`), 'secondary', {
            id: `option-add-${q.key}`, disabled: q.options.length >= 12, 'aria-label': t('authoring.addOptionTo', { n }) })}
        </div>
      </fieldset>
      <div class="actions">
        ${button(t('authoring.removeQuestion', { n }), structural(() => m.questions.splice(i, 1), () => 'question-add'), 'secondary', { id: `question-remove-${q.key}` })}
      </div>
    </fieldset>`;
  }

  const poolChoices = () => [['', t('authoring.noPool')], ...m.pools.filter((p) => p.name).map((p) => [p.name, p.name])];

  /** A pool renamed: its questions follow, and their pool lists change in place (no redraw while typing). */
  function renamePool(p, name) {
    m.questions.forEach((q) => {
      if (p.name && q.pool === p.name) q.pool = name;
    });
    p.name = name;
    m.questions.forEach((q) => {
      const choice = document.getElementById(`pool-${q.key}`);
      choice?.replaceChildren(...poolChoices().map(([value, label]) => html`<option value=${value}>${label}</option>`));
      if (choice) choice.value = q.pool;
    });
    changed();
  }

  function poolEditor(p, i) {
    return html`<div class="form-grid authoring-pool" data-pool=${i}>
      ${field(t('authoring.poolName', { n: i + 1 }), input(`quiz.pools[${i}].name`, { value: p.name, id: `pool-name-${p.key}`,
        onInput: (e) => renamePool(p, e.target.value) }))}
      ${field(t('authoring.poolDraw'), input(`quiz.pools[${i}].draw`, { type: 'number', min: 1, value: p.draw, id: `pool-draw-${p.key}`, onInput: text(p, 'draw') }))}
      <div class="actions">${button(t('authoring.removePool', { n: i + 1 }), structural(() => {
        m.pools.splice(i, 1);
        m.questions.forEach((q) => { if (q.pool === p.name) q.pool = ''; });
      }, () => 'pool-add'), 'secondary', { id: `pool-remove-${p.key}` })}</div>
    </div>`;
  }

  function form() {
    return html`<form class="stack" novalidate data-test="draft-form" onSubmit=${(e) => { e.preventDefault(); save(); }}>
      <div class="field field-check"><input type="checkbox" name="requiresReacknowledgment" id="draft-reack" checked=${m.requiresReacknowledgment}
        aria-describedby="draft-reack-hint" onChange=${(e) => { m.requiresReacknowledgment = e.target.checked; changed(); }} />
        <label for="draft-reack">${t('authoring.reackQuestion')}</label></div>
      <p class="hint" id="draft-reack-hint">${t('authoring.reackHint')}</p>
      ${field(t('authoring.statement'), html`<textarea name="statement" id="draft-statement" rows="3" value=${m.statement} onInput=${text(m, 'statement')}></textarea>`, t('authoring.statementHint'))}

      <fieldset class="authoring-block" data-field="sections"><legend>${t('training.material')}</legend>
        ${m.sections.length ? m.sections.map(sectionEditor) : html`<p class="empty">${t('training.noMaterial')}</p>`}
        <div class="actions">${button(t('authoring.addSection'), structural(() => m.sections.push({ key: key(), heading: '', format: 'MARKDOWN', body: '', saved: '', dirty: true }),
          () => `heading-${m.sections.at(-1).key}`), 'secondary', { id: 'section-add' })}</div>
      </fieldset>

      <fieldset class="authoring-block" data-field="quiz"><legend>${t('training.quiz')}</legend>
        ${m.questions.length ? html`<div class="form-grid">
          ${field(t('authoring.passMark'), input('quiz.passMark', { type: 'number', min: 0, max: 100, value: m.passMark, id: 'quiz-pass-mark', onInput: text(m, 'passMark') }),
            c.passMark == null ? t('authoring.passMarkRequired') : t('authoring.passMarkHint', { passMark: c.passMark }))}
        </div>` : html`<p class="empty">${t('authoring.noQuiz')}</p>`}
        ${m.questions.map(questionEditor)}
        <div class="actions">${button(t('authoring.addQuestion'), structural(() => m.questions.push(newQuestion()),
          () => `question-${m.questions.at(-1).key}`), 'secondary', { id: 'question-add' })}</div>
        ${m.questions.length ? html`<fieldset class="options" data-field="quiz.pools"><legend>${t('authoring.pools')}</legend>
          <p class="hint">${t('authoring.poolsHint')}</p>
          ${m.pools.map(poolEditor)}
          <div class="actions">${button(t('authoring.addPool'), structural(() => m.pools.push({ key: key(), name: '', draw: 1 }),
            () => `pool-name-${m.pools.at(-1).key}`), 'secondary', { id: 'pool-add' })}</div>
        </fieldset>` : null}
      </fieldset>
    </form>`;
  }

  /** PUT with If-Match; answers whether the server took it. A 412 offers to reload, never overwrites. */
  async function save() {
    const target = editorHolder.querySelector('form');
    clearProblem(target, problemSlot);
    try {
      const saved = await api(draftPath(code, draft.version), { method: 'PUT', body: content(m), headers: { 'If-Match': etag } });
      draft = saved.data;
      etag = saved.etag;
      draft.sections.forEach((s, i) => { Object.assign(m.sections[i], { saved: s.html, dirty: false }); });
      dirty = false;
      state.textContent = t('authoring.saved', { time: fmtDateTime(draft.updatedAt) });
      state.dataset.state = 'saved';
      drawPreview();
      return true;
    } catch (error) {
      showProblem(target, error, problemSlot);
      if (error.status === 412) {
        problemSlot.append(button(t('authoring.reload'), () => ctx.rerender(), 'secondary', { id: 'draft-reload' }));
      }
      return false;
    }
  }

  async function publish() {
    if (dirty && !(await save())) return;
    const reack = draft.requiresReacknowledgment;
    const holders = reack ? await all('/training/assignments', { courseCode: code }).then((a) => a.length).catch(() => null) : null;
    const slot = html`<div></div>`;
    const consequence = reack
      ? (holders === null ? t('authoring.publishReack') : t('authoring.publishReackCount', { count: holders }))
      : t('authoring.publishKeep');
    const dlg = dialog(t('authoring.publishTitle', { version: draft.version, code }), html`<div class="stack" data-test="publish-dialog" data-reack=${String(reack)}>
      ${slot}
      <p>${t('authoring.publishCurrent', { version: draft.version })}</p>
      <p class=${reack ? 'notice' : ''} data-test="publish-consequence">${consequence}</p>
      <div class="actions">
        ${button(t('common.cancel'), () => dlg.close())}
        ${button(t('authoring.publish'), async () => {
          try {
            const version = await post(`${draftPath(code, draft.version)}/publish`);
            published = { code, version: version.version };
            dlg.close();
            ctx.navigate(courseScreen(code));
          } catch (error) {
            slot.replaceChildren(problemBox(error));
          }
        }, 'primary', { id: 'publish-confirm' })}
      </div>
    </div>`);
  }

  editorHolder.replaceChildren(form());
  drawPreview();
  state.textContent = t('authoring.saved', { time: fmtDateTime(draft.updatedAt) });
  state.dataset.state = 'saved';
  return html`<div>
    ${pageHeader(t('authoring.draftTitle', { version: draft.version, title: c.title }), t('authoring.draftSubtitle', { code }))}
    <div class="grid-2 grid-wide-left authoring">
      ${card(t('authoring.edit'), editorHolder, html`<div class="authoring-actions">
        ${problemSlot}
        ${state}
        <div class="actions">
          ${button(t('authoring.save'), save, 'primary', { id: 'draft-save' })}
          ${button(t('authoring.publish'), publish, 'secondary', { id: 'draft-publish' })}
        </div>
      </div>`)}
      ${card(t('authoring.preview'), html`<div class="stack"><p class="hint">${t('authoring.previewHint')}</p>${preview}</div>`)}
    </div>
  </div>`;
}
