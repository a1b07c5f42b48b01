// My training, for every staff member: my courses with their due dates; one course's material,
// its quiz (scored by the server, which says which questions were wrong but never which answers
// are right), the acknowledgment of the statement and material shown, and a printable certificate.
import { html, uid } from '../dom.js';
import { t, fmtDate, fmtDateTime, fmtNumber } from '../i18n.js';
import { get, post } from '../api.js';
import { pageHeader, card, async, table, statusBadge, badge, button, link } from '../ui.js';
import { problemBox, showProblem, clearProblem } from '../problem.js';
import { materialNodes } from '../material.js';

export function render(params, ctx) {
  if (!params.id) return list();
  return params.view === 'certificate' ? certificate(params.id, ctx) : course(params.id, ctx);
}

const path = (code) => `/me/training/${encodeURIComponent(code)}`;
const page = (code) => `/console/training/${encodeURIComponent(code)}`;

/** Due, overdue (highlighted) or valid until: what a course's date means for its status. */
function due(c) {
  if (!c.dueAt) return '—';
  if (c.overdue) return html`<span class="clock clock-overdue" data-test="overdue">${t('training.overdueSince', { date: fmtDate(c.dueAt) })}</span>`;
  return c.status === 'CURRENT' ? t('training.validUntil', { date: fmtDate(c.dueAt) }) : fmtDate(c.dueAt);
}

/**
 * Whether a course that is not current refuses what it is required for now (`blocked`, the training
 * gate's own rule) and until when its grace lets it pass (`graceUntil`).
 */
export function blocking(c) {
  if (c.blocked == null) return null;
  if (!c.blocked) {
    return html`<span class="clock clock-soon" data-test="grace" data-until=${c.graceUntil}>${t('training.graceUntil', { date: fmtDate(c.graceUntil) })}</span>`;
  }
  return html`<span class="clock clock-overdue" data-test="blocks">${c.graceUntil ? t('training.graceEnded', { date: fmtDate(c.graceUntil) }) : t('training.blocksNow')}</span>`;
}

/** The caller's courses (GET /api/v1/me/training) as a table; home shows it too. */
export function myCourses() {
  return async(async () => {
    const { items } = await get('/me/training');
    return html`<div data-test="my-courses">${table([
      { label: t('training.course'), cell: (c) => link(page(c.courseCode), c.title, { 'data-course': c.courseCode }) },
      { label: t('training.version'), cell: (c) => c.currentVersion },
      { label: t('training.status'), cell: (c) => html`<span>${statusBadge(c.status)}${c.assigned ? null : html` ${badge(t('training.notAssigned'))}`}</span>` },
      { label: t('training.due'), cell: due },
      { label: t('training.gate'), cell: (c) => blocking(c) || '—' },
      { label: t('training.acknowledged'), cell: (c) => (c.acknowledgedAt ? t('training.acknowledgedOn', { version: c.acknowledgedVersion, date: fmtDate(c.acknowledgedAt) }) : '—') },
    ], items, { empty: t('training.none'), rowClass: (c) => (c.overdue ? 'row-overdue' : '') })}</div>`;
  });
}

function list() {
  return html`<div>
    ${pageHeader(t('training.title'), t('training.subtitle'))}
    ${card(t('training.myCourses'), myCourses())}
  </div>`;
}

function course(code, ctx) {
  const body = async(async () => {
    const [c, attempts] = await Promise.all([get(path(code)), get(`${path(code)}/attempts`).then((a) => a.items)]);
    const acknowledged = c.status === 'CURRENT' && c.acknowledgedVersion === c.currentVersion;
    const passed = !c.quiz || attempts.some((a) => a.passed && a.version === c.currentVersion);
    const acknowledgment = acknowledgeCard(c, passed, acknowledged, ctx);
    return html`<div>
      ${pageHeader(c.title, t('training.versionOf', { version: c.currentVersion, code: c.courseCode }),
        c.status === 'CURRENT' ? link(`${page(code)}/certificate`, t('training.certificate'), { id: 'certificate-link', class: 'btn btn-secondary' }) : null)}
      ${card(t('training.facts'), facts(c))}
      ${card(t('training.material'), material(c))}
      ${c.quiz ? card(t('training.quiz'), quiz(c, attempts, acknowledgment)) : null}
      ${acknowledgment.card}
    </div>`;
  });
  return html`<div><p class="crumbs">${link('/console/training', t('nav.training'))}</p>${body}</div>`;
}

function facts(c) {
  return html`<dl class="facts" data-test="course-facts">
    <dt>${t('training.status')}</dt><dd>${statusBadge(c.status)} ${c.overdue ? statusBadge('OVERDUE') : null}</dd>
    <dt>${t('training.due')}</dt><dd>${due(c)}</dd>
    ${c.blocked != null ? html`<dt>${t('training.gate')}</dt><dd>${blocking(c)}</dd>` : null}
    <dt>${t('training.acknowledged')}</dt><dd>${c.acknowledgedAt ? t('training.acknowledgedOn', { version: c.acknowledgedVersion, date: fmtDate(c.acknowledgedAt) }) : '—'}</dd>
    <dt>${t('training.requiredFor')}</dt><dd>${requiredFor(c)}</dd>
  </dl>`;
}

/** What the course unlocks: its permissions over customers of its rule packs. */
export function requiredFor(c) {
  return html`<span class="perm-list">${(c.requiredForPermissions || []).map((p) => html`<code class="perm">${p}</code>`)}
    <span class="muted">${t('training.inPacks', { packs: (c.jurisdictions || []).join(', ') })}</span></span>`;
}

function material(c) {
  const sections = c.sections || [];
  if (!sections.length) {
    return html`<p class="empty">${c.contentRef ? t('training.materialElsewhere', { ref: c.contentRef }) : t('training.noMaterial')}</p>`;
  }
  return materialSections(sections);
}

/** Sections of sanitised material ({heading, html}) as learners see them; authors preview with it. */
export function materialSections(sections) {
  return html`<div class="material" data-test="material">${sections.map((s) => {
    const id = uid('section');
    return html`<section class="material-section" aria-labelledby=${id}>
      <h3 id=${id}>${s.heading}</h3>
      <div class="material-body">${materialNodes(s.html)}</div>
    </section>`;
  })}</div>`;
}

/**
 * The quiz: an open attempt is taken up again (a new one counts against the day's limit), else the
 * last result is shown with a button to start. Passing enables the acknowledgment below.
 */
function quiz(c, attempts, acknowledgment) {
  const holder = html`<div class="quiz" aria-live="polite"></div>`;
  const intro = html`<p>${t('training.quizIntro', { passMark: c.quiz.passMark, questions: c.quiz.questionsPerAttempt })}</p>`;
  const latest = attempts.filter((a) => a.version === c.currentVersion).sort((a, b) => (a.startedAt < b.startedAt ? 1 : -1))[0];

  async function start() {
    try {
      show(attemptForm(await post(`${path(c.courseCode)}/attempts`)));
    } catch (error) {
      show(html`<div>${problemBox(error)}${startButton()}</div>`);
    }
  }
  function startButton(again) {
    return html`<div class="actions">${button(again ? t('training.quizAgain') : t('training.quizStart'), start, again ? 'secondary' : 'primary', { id: again ? 'quiz-retry' : 'quiz-start' })}</div>`;
  }
  function show(node) {
    holder.replaceChildren(node);
    holder.querySelector('input, button')?.focus();
  }
  function attemptForm(attempt) {
    const form = html`<form class="stack" novalidate data-test="quiz-form" onSubmit=${async (e) => {
      e.preventDefault();
      clearProblem(form);
      const answers = attempt.questions.map((q) => ({
        questionId: q.id,
        optionIds: [...form.querySelectorAll(`input[data-question="${CSS.escape(q.id)}"]:checked`)].map((i) => i.value),
      }));
      try {
        const result = await post(`${path(c.courseCode)}/attempts/${encodeURIComponent(attempt.id)}/submit`, { answers });
        show(resultView(result));
        if (result.passed) acknowledgment.enable();
      } catch (error) {
        showProblem(form, error);
      }
    }}>
      <div class="form-problem"></div>
      ${attempt.questions.map((q, i) => html`<fieldset class="question" data-question=${q.id}>
        <legend>${t('training.questionN', { n: i + 1 })} ${q.text}
          <span class="muted">${q.kind === 'MULTIPLE' ? t('training.chooseAll') : t('training.chooseOne')}</span></legend>
        ${q.options.map((o) => {
          const id = uid('opt');
          return html`<div class="option"><input type=${q.kind === 'MULTIPLE' ? 'checkbox' : 'radio'} name=${`q-${q.id}`} value=${o.id} id=${id} data-question=${q.id} />
            <label for=${id}>${o.text}</label></div>`;
        })}
      </fieldset>`)}
      <div class="actions"><button type="submit" class="btn btn-primary" id="quiz-submit">${t('training.quizSubmit')}</button></div>
    </form>`;
    return form;
  }
  function resultView(result) {
    const wrong = new Set(result.wrong || []);
    return html`<div class="stack" data-test="quiz-result" data-passed=${String(result.passed)} data-score=${result.score}>
      <p class=${result.passed ? 'notice notice-ok' : 'notice notice-bad'}>
        <strong>${result.passed ? t('training.passed', { score: result.score }) : t('training.failed', { score: result.score, passMark: result.passMark })}</strong>
        <span class="muted"> ${fmtDateTime(result.submittedAt)}</span>
      </p>
      <ol class="quiz-review">${result.questions.map((q) => html`<li class=${wrong.has(q.id) ? 'answer answer-wrong' : 'answer answer-right'} data-question=${q.id} data-correct=${String(!wrong.has(q.id))}>
        <span class="gate-icon" aria-hidden="true">${wrong.has(q.id) ? '✗' : '✓'}</span>
        <span>${q.text} <strong>${wrong.has(q.id) ? t('training.answerWrong') : t('training.answerRight')}</strong>
          ${(q.chosen || []).length ? html`<span class="muted"> ${t('training.youChose', { options: q.options.filter((o) => q.chosen.includes(o.id)).map((o) => o.text).join(', ') })}</span>` : html`<span class="muted"> ${t('training.unanswered')}</span>`}</span>
      </li>`)}</ol>
      ${result.passed ? null : html`<p>${t('training.readAgain')}</p>`}
      ${startButton(true)}
    </div>`;
  }

  if (latest?.status === 'OPEN') holder.replaceChildren(attemptForm(latest));
  else if (latest) holder.replaceChildren(resultView(latest));
  else holder.replaceChildren(startButton());
  return html`<div>${intro}${holder}</div>`;
}

/** The statement and the hash of what was shown; the server records both with the acknowledgment. */
function acknowledgeCard(c, passed, acknowledged, ctx) {
  const confirmId = uid('ack');
  const submit = html`<button type="submit" class="btn btn-primary" id="acknowledge" disabled=${!passed}>${t('training.acknowledge')}</button>`;
  const waiting = html`<p class="hint" data-test="ack-waiting" hidden=${passed}>${t('training.passFirst')}</p>`;
  const form = html`<form class="stack" novalidate data-test="acknowledge-form" onSubmit=${async (e) => {
    e.preventDefault();
    clearProblem(form);
    if (!form.confirm.checked) {
      showProblem(form, { status: 400, problem: { title: t('training.confirmFirst'), errors: [{ field: 'confirm', message: t('training.confirmFirst') }] } });
      return;
    }
    try {
      await post(`${path(c.courseCode)}/acknowledge`, { version: c.currentVersion }, { headers: { 'Idempotency-Key': crypto.randomUUID() } });
      ctx.rerender();
    } catch (error) {
      showProblem(form, error);
    }
  }}>
    <div class="form-problem"></div>
    <blockquote class="statement" data-test="statement">${c.statement || t('training.noStatement')}</blockquote>
    <p class="hint">${t('training.contentHash')} <code class="hash" data-test="content-hash">${c.contentHash}</code></p>
    <div class="field field-check"><input type="checkbox" name="confirm" id=${confirmId} /><label for=${confirmId}>${t('training.confirm', { version: c.currentVersion })}</label></div>
    ${waiting}
    <div class="actions">${submit}</div>
  </form>`;
  const done = html`<p class="notice notice-ok" data-test="acknowledged">${t('training.acknowledgedNotice', { version: c.acknowledgedVersion, date: fmtDate(c.acknowledgedAt) })}</p>`;
  return {
    card: card(t('training.acknowledgment'), acknowledged ? done : form),
    enable() {
      submit.disabled = false;
      waiting.hidden = true;
    },
  };
}

/** A certificate of the acknowledgment that counts, laid out for paper (see @media print). */
function certificate(code, ctx) {
  const body = async(async () => {
    const c = await get(path(code));
    const proof = (c.attempts || [])
      .filter((a) => a.passed && a.version === c.acknowledgedVersion)
      .sort((a, b) => (a.acknowledgedAt < b.acknowledgedAt ? 1 : -1))[0];
    if (c.status !== 'CURRENT' || !proof) {
      return html`<div>${pageHeader(t('training.certificateTitle'))}<p class="notice" data-test="no-certificate">${t('training.noCertificate')}</p></div>`;
    }
    const who = ctx.who || {};
    return html`<div>
      <div class="page-actions no-print">${button(t('training.print'), () => window.print(), 'primary', { id: 'certificate-print' })}</div>
      <article class="certificate" data-test="certificate">
        <p class="certificate-kicker">${t('training.certificateTitle')}</p>
        <p>${t('training.certifies')}</p>
        <p class="certificate-name" data-test="certificate-name">${who.displayName || who.username || ''}</p>
        <p>${t('training.completed')}</p>
        <h1 class="page-title certificate-course" tabindex="-1" data-test="certificate-course">${c.title}</h1>
        <dl class="facts certificate-facts">
          <dt>${t('training.courseCode')}</dt><dd>${c.courseCode}</dd>
          <dt>${t('training.version')}</dt><dd data-test="certificate-version">${proof.version}</dd>
          <dt>${t('training.completedOn')}</dt><dd>${fmtDate(proof.acknowledgedAt)}</dd>
          <dt>${t('training.score')}</dt><dd>${proof.score === null || proof.score === undefined ? '—' : `${fmtNumber(proof.score)} %`}</dd>
          ${proof.expiresAt ? html`<dt>${t('training.validTo')}</dt><dd>${fmtDate(proof.expiresAt)}</dd>` : null}
          <dt>${t('training.fingerprint')}</dt><dd><code class="hash" data-test="certificate-hash">${proof.contentHash || '—'}</code></dd>
        </dl>
        <p class="certificate-foot">${who.tenantName || who.tenantSlug || ''} · ${t('training.certificateId', { id: proof.id })}</p>
      </article>
    </div>`;
  });
  return html`<div><p class="crumbs no-print">${link(page(code), t('training.backToCourse'))}</p>${body}</div>`;
}
