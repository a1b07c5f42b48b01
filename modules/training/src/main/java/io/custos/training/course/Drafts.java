package io.custos.training.course;

import io.custos.platform.persistence.Constraints;
import io.custos.platform.problem.Conflict;
import io.custos.platform.problem.NotFound;
import io.custos.platform.security.Caller;
import io.custos.platform.tenancy.TenantData;
import io.custos.platform.versioning.Versions;
import io.custos.training.api.CourseDraftWritten;
import io.custos.training.content.Material;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** Authors' drafts: written and rewritten until published as an immutable version. */
@ApplicationScoped
public class Drafts {

    @Inject
    TenantData data;

    @Inject
    Courses courses;

    @Inject
    Event<CourseDraftWritten> written;

    @Inject
    Clock clock;

    @Transactional
    public DraftView create(Caller caller, String code, NewDraft request) {
        Course course = courses.get(code);
        courses.refuseTaken(course, request.version());
        Instant now = clock.instant();
        CourseDraft draft = new CourseDraft(course.id(), request.version(), caller.staffId(), now);
        write(caller, course, draft, request.content(), true);
        data.em().persist(draft);
        try {
            data.em().flush();
        } catch (PersistenceException e) {
            if (Constraints.isDuplicateOf(e, "uq_training_course_draft_name")) {
                throw new Conflict(
                        "course-draft-exists", "course " + code + " has a draft " + request.version() + " already");
            }
            throw e;
        }
        return DraftView.of(course, draft);
    }

    /** Replaces a draft's content ({@code If-Match} required). */
    @Transactional
    public Versioned replace(Caller caller, String code, String name, String ifMatch, DraftContent content) {
        Course course = courses.get(code);
        CourseDraft draft = get(course, name);
        Versions.requireMatch(ifMatch, draft.version());
        write(caller, course, draft, content, false);
        data.em().flush();
        return new Versioned(DraftView.of(course, draft), draft.version());
    }

    /** Publishes the draft as the course's current version; the draft is gone afterwards. */
    @Transactional
    public VersionView publish(Caller caller, String code, String name) {
        Course course = courses.get(code);
        CourseDraft draft = get(course, name);
        data.em().remove(draft);
        return courses.publish(
                caller,
                course,
                draft.name(),
                draft.requiresReacknowledgment(),
                draft.statement(),
                draft.material(),
                draft.quiz().orElse(null));
    }

    @Transactional
    public Versioned view(String code, String name) {
        Course course = courses.get(code);
        CourseDraft draft = get(course, name);
        return new Versioned(DraftView.of(course, draft), draft.version());
    }

    @Transactional
    public List<DraftView> list(String code) {
        Course course = courses.get(code);
        return data.em()
                .createQuery(
                        "SELECT d FROM CourseDraft d WHERE d.courseId = :course ORDER BY d.createdAt, d.name",
                        CourseDraft.class)
                .setParameter("course", course.id())
                .getResultStream()
                .map(d -> DraftView.of(course, d))
                .toList();
    }

    /** A draft view with the version its ETag names. */
    public record Versioned(DraftView view, long version) {}

    private void write(Caller caller, Course course, CourseDraft draft, DraftContent content, boolean created) {
        Material material = Material.of(content.sections());
        draft.write(
                content.requiresReacknowledgment(),
                content.statement(),
                material,
                Courses.quizOf(content.quiz(), course.passMark()),
                clock.instant());
        written.fire(new CourseDraftWritten(
                caller.tenantId(),
                caller.staffId(),
                draft.id(),
                course.code(),
                draft.name(),
                created,
                material.hashWith(Courses.statementOr(draft.statement(), course.title(), draft.name())),
                content.quiz() != null,
                clock.instant()));
    }

    private CourseDraft get(Course course, String name) {
        return data.em()
                .createQuery(
                        "SELECT d FROM CourseDraft d WHERE d.courseId = :course AND d.name = :name", CourseDraft.class)
                .setParameter("course", course.id())
                .setParameter("name", name)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new NotFound("course draft", course.code() + " " + name));
    }
}
