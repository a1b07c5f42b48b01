package io.custos.training.quiz;

import io.custos.platform.problem.InvalidInput;
import io.custos.platform.problem.NotFound;
import io.custos.platform.problem.Problem.FieldError;
import io.custos.platform.problem.Unprocessable;
import io.custos.platform.security.Caller;
import io.custos.platform.tenancy.TenantData;
import io.custos.tenants.api.TenantSettingsReader;
import io.custos.training.api.QuizAttempted;
import io.custos.training.content.Quiz;
import io.custos.training.course.Course;
import io.custos.training.course.CourseVersion;
import io.custos.training.course.Courses;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Quiz attempts: drawn, limited per day, scored by the server, every one recorded. */
@ApplicationScoped
public class Attempts {

    /** Attempts per course within 24 hours unless the tenant says otherwise. */
    static final Duration DAY = Duration.ofDays(1);

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    TenantData data;

    @Inject
    Courses courses;

    @Inject
    Event<QuizAttempted> attempted;

    @Inject
    Clock clock;

    @Inject
    TenantSettingsReader settings;

    /** How many attempts at one course's quiz a staff member may start within 24 hours (tenant setting {@code training.attemptsPerDay}). */
    int attemptsPerDay() {
        return settings.current().training().attemptsPerDay();
    }

    /**
     * Starts an attempt at the current version's quiz, drawing its questions. The course row is
     * locked so that concurrent starts count each other against the day's limit (429 past it).
     */
    @Transactional
    public AttemptView start(Caller caller, String code) {
        Course course = courses.get(code);
        data.em().lock(course, LockModeType.PESSIMISTIC_WRITE);
        CourseVersion version = courses.current(course);
        Quiz quiz = version.quiz()
                .orElseThrow(() -> new Unprocessable(
                        "course-has-no-quiz", "version " + version.name() + " of " + code + " has no quiz"));
        Instant now = clock.instant();
        List<Attempt> today = data.em()
                .createQuery(
                        "SELECT a FROM Attempt a WHERE a.staffId = :staff AND a.courseId = :course"
                                + " AND a.startedAt > :since ORDER BY a.startedAt",
                        Attempt.class)
                .setParameter("staff", caller.staffId())
                .setParameter("course", course.id())
                .setParameter("since", now.minus(DAY))
                .getResultList();
        int perDay = attemptsPerDay();
        if (today.size() >= perDay) {
            Instant next = today.get(today.size() - perDay).startedAt().plus(DAY);
            throw new TooManyAttempts(perDay, code, next, now);
        }
        Attempt attempt =
                new Attempt(course.id(), caller.staffId(), version.seq(), version.name(), quiz.draw(RANDOM), now);
        data.em().persist(attempt);
        attempted.fire(new QuizAttempted(
                caller.tenantId(),
                caller.staffId(),
                attempt.id(),
                code,
                version.name(),
                false,
                attempt.questionIds(),
                null,
                null,
                null,
                now));
        return AttemptView.of(code, attempt, quiz);
    }

    /** Scores the answers of the caller's open attempt; answers naming what was not asked are a 400. */
    @Transactional
    public AttemptView submit(Caller caller, String code, String attemptId, Submission submission) {
        Course course = courses.get(code);
        Attempt attempt = own(caller, course, attemptId);
        data.em().lock(attempt, LockModeType.PESSIMISTIC_WRITE);
        Quiz quiz = quizOf(course, attempt);
        refuseUnasked(quiz, attempt, submission);
        Quiz.Scored scored = quiz.score(
                attempt.questionIds(),
                AttemptView.sets(submission.answers().stream()
                        .collect(java.util.stream.Collectors.toMap(
                                Submission.Answer::questionId, Submission.Answer::optionIds))));
        Instant now = clock.instant();
        attempt.submit(submission, scored, now);
        attempted.fire(new QuizAttempted(
                caller.tenantId(),
                caller.staffId(),
                attempt.id(),
                code,
                attempt.versionName(),
                true,
                attempt.questionIds(),
                scored.score(),
                scored.passed(),
                scored.wrong(),
                now));
        return AttemptView.of(code, attempt, quiz);
    }

    @Transactional
    public AttemptView view(Caller caller, String code, String attemptId) {
        Course course = courses.get(code);
        Attempt attempt = own(caller, course, attemptId);
        return AttemptView.of(code, attempt, quizOf(course, attempt));
    }

    /** The caller's attempts at a course, oldest first. */
    @Transactional
    public List<AttemptView> list(Caller caller, String code) {
        Course course = courses.get(code);
        return data.em()
                .createQuery(
                        "SELECT a FROM Attempt a WHERE a.staffId = :staff AND a.courseId = :course ORDER BY a.startedAt",
                        Attempt.class)
                .setParameter("staff", caller.staffId())
                .setParameter("course", course.id())
                .getResultStream()
                .map(a -> AttemptView.of(code, a, quizOf(course, a)))
                .toList();
    }

    /** The staff member's latest passed attempt at that version of the course, if any. */
    public Optional<Attempt> passed(String staffId, Course course, int versionSeq) {
        return data.em()
                .createQuery(
                        "SELECT a FROM Attempt a WHERE a.staffId = :staff AND a.courseId = :course"
                                + " AND a.versionSeq = :seq AND a.passed = TRUE ORDER BY a.submittedAt DESC",
                        Attempt.class)
                .setParameter("staff", staffId)
                .setParameter("course", course.id())
                .setParameter("seq", versionSeq)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    private Attempt own(Caller caller, Course course, String attemptId) {
        Attempt attempt = data.em().find(Attempt.class, attemptId);
        if (attempt == null
                || !attempt.staffId().equals(caller.staffId())
                || !attempt.courseId().equals(course.id())) {
            throw new NotFound("quiz attempt", attemptId);
        }
        return attempt;
    }

    private Quiz quizOf(Course course, Attempt attempt) {
        return courses.versionAt(course, attempt.versionSeq()).quiz().orElseThrow();
    }

    private static void refuseUnasked(Quiz quiz, Attempt attempt, Submission submission) {
        List<FieldError> errors = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<String> asked = attempt.questionIds();
        for (int i = 0; i < submission.answers().size(); i++) {
            Submission.Answer answer = submission.answers().get(i);
            String at = "answers[" + i + "]";
            if (!asked.contains(answer.questionId())) {
                errors.add(new FieldError(at + ".questionId", "question " + answer.questionId() + " was not asked"));
                continue;
            }
            if (!seen.add(answer.questionId())) {
                errors.add(
                        new FieldError(at + ".questionId", "question " + answer.questionId() + " is answered twice"));
            }
            Quiz.Question question = quiz.question(answer.questionId()).orElseThrow();
            answer.optionIds().stream()
                    .filter(option -> !question.has(option))
                    .forEach(option -> errors.add(new FieldError(
                            at + ".optionIds", "question " + question.id() + " has no option " + option)));
            if (question.kind() == Quiz.Kind.SINGLE && answer.optionIds().size() > 1) {
                errors.add(new FieldError(at + ".optionIds", "question " + question.id() + " takes one option"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }
}
