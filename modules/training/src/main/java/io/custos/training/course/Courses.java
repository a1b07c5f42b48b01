package io.custos.training.course;

import io.custos.identity.api.PermissionNames;
import io.custos.platform.paging.Page;
import io.custos.platform.paging.PageRequest;
import io.custos.platform.persistence.Constraints;
import io.custos.platform.problem.Conflict;
import io.custos.platform.problem.InvalidInput;
import io.custos.platform.problem.NotFound;
import io.custos.platform.problem.Problem;
import io.custos.platform.security.Caller;
import io.custos.platform.tenancy.TenantData;
import io.custos.platform.transaction.TransactionMemo;
import io.custos.platform.versioning.Versions;
import io.custos.regions.api.RulePacks;
import io.custos.training.api.CourseChanged;
import io.custos.training.api.CourseCreated;
import io.custos.training.api.CourseVersionPublished;
import io.custos.training.content.Material;
import io.custos.training.content.NewQuiz;
import io.custos.training.content.Quiz;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The bound tenant's courses: creation, publication of versions, lookups. */
@ApplicationScoped
public class Courses {

    private static final String ALL = Courses.class.getName() + ".all";

    @Inject
    TenantData data;

    @Inject
    RulePacks rulePacks;

    @Inject
    PermissionNames permissions;

    @Inject
    Event<CourseCreated> created;

    @Inject
    Event<CourseVersionPublished> published;

    @Inject
    Event<CourseChanged> courseChanged;

    @Inject
    Clock clock;

    @Inject
    TransactionMemo memo;

    @Transactional
    public CourseView create(Caller caller, NewCourse request) {
        Material material = Material.of(request.sections());
        Quiz quiz = quizOf(request.quiz(), request.passMark());
        List<String> jurisdictions = distinct("jurisdictions", request.jurisdictions());
        List<String> required = distinct("requiredForPermissions", request.requiredForPermissions());
        refuseUnknown(jurisdictions, required);
        if (byCode(request.code()).isPresent()) {
            throw duplicate(request.code());
        }
        Instant now = clock.instant();
        Course course = new Course(
                request.code(),
                request.title().strip(),
                request.contentRef(),
                request.validityMonths(),
                request.passMark(),
                jurisdictions,
                required,
                request.version(),
                request.graceMode(),
                request.graceDays(),
                now);
        data.em().persist(course);
        memo.forget(ALL);
        try {
            data.em().flush();
        } catch (PersistenceException e) {
            if (Constraints.isDuplicateOf(e, "uq_training_course_code")) {
                throw duplicate(request.code());
            }
            throw e;
        }
        CourseVersion first = new CourseVersion(
                course.id(),
                1,
                request.version(),
                true,
                statementOr(request.statement(), course.title(), request.version()),
                material,
                quiz,
                caller.staffId(),
                now);
        data.em().persist(first);
        created.fire(new CourseCreated(
                caller.tenantId(),
                caller.staffId(),
                course.id(),
                course.code(),
                course.title(),
                course.currentVersion(),
                course.validityMonths(),
                course.passMark(),
                course.jurisdictions(),
                course.requiredForPermissions(),
                first.statementHash(),
                now));
        return CourseView.of(course, first);
    }

    /** Changes a course's rules ({@code If-Match} required); who must take it follows. */
    @Transactional
    public Versioned change(Caller caller, String code, String ifMatch, CourseChange request) {
        Course course = get(code);
        Versions.requireMatch(ifMatch, course.version());
        if (request.title() != null && request.title().isBlank()) {
            throw new InvalidInput("title", "must not be blank");
        }
        List<String> jurisdictions =
                request.jurisdictions() == null ? null : distinct("jurisdictions", request.jurisdictions());
        List<String> required = request.requiredForPermissions() == null
                ? null
                : distinct("requiredForPermissions", request.requiredForPermissions());
        refuseUnknown(jurisdictions == null ? List.of() : jurisdictions, required == null ? List.of() : required);
        Map<String, Map<String, Object>> changed = course.change(request, jurisdictions, required);
        if (!changed.get("after").isEmpty()) {
            data.em().flush();
            courseChanged.fire(new CourseChanged(
                    caller.tenantId(),
                    caller.staffId(),
                    course.id(),
                    course.code(),
                    changed.get("before"),
                    changed.get("after"),
                    clock.instant()));
        }
        return new Versioned(CourseView.of(course, current(course)), course.version());
    }

    /** Publishes a new version, which becomes current; a version name is used once per course. */
    @Transactional
    public VersionView publish(Caller caller, String code, NewVersion request) {
        Course course = get(code);
        if (request.contentRef() != null) {
            course.changeContentRef(request.contentRef());
        }
        return publish(
                caller,
                course,
                request.version(),
                request.requiresReacknowledgment(),
                request.statement(),
                Material.of(request.sections()),
                quizOf(request.quiz(), course.passMark()));
    }

    /** Makes a new version with its content current; its name must be new to the course (409). */
    VersionView publish(
            Caller caller,
            Course course,
            String name,
            boolean requiresReacknowledgment,
            String statement,
            Material material,
            Quiz quiz) {
        refuseTaken(course, name);
        String previous = course.currentVersion();
        int seq = course.publish(name, requiresReacknowledgment);
        Instant now = clock.instant();
        CourseVersion version = new CourseVersion(
                course.id(),
                seq,
                name,
                requiresReacknowledgment,
                statementOr(statement, course.title(), name),
                material,
                quiz,
                caller.staffId(),
                now);
        data.em().persist(version);
        published.fire(new CourseVersionPublished(
                caller.tenantId(),
                caller.staffId(),
                course.id(),
                course.code(),
                version.name(),
                previous,
                version.requiresReacknowledgment(),
                version.statementHash(),
                version.contentHash(),
                now));
        return VersionView.of(course, version);
    }

    /** A version name is used once per course. */
    void refuseTaken(Course course, String name) {
        if (versionsOf(course).stream().anyMatch(v -> v.name().equals(name))) {
            throw new Conflict(
                    "course-version-exists", "course " + course.code() + " has a version " + name + " already");
        }
    }

    /** Checks an author's quiz; none is no quiz. */
    static Quiz quizOf(NewQuiz quiz, Integer coursePassMark) {
        return quiz == null ? null : Quiz.of(quiz, coursePassMark);
    }

    /** The course and its entity version, for the ETag. */
    @Transactional
    public Versioned view(String code) {
        Course course = get(code);
        return new Versioned(CourseView.of(course, current(course)), course.version());
    }

    /** A view with the version its ETag names. */
    public record Versioned(CourseView view, long version) {}

    @Transactional
    public Page<CourseView> page(PageRequest request) {
        TypedQuery<Course> query = request.after() == null
                ? data.em().createQuery("SELECT c FROM Course c ORDER BY c.code", Course.class)
                : data.em()
                        .createQuery("SELECT c FROM Course c WHERE c.code > :after ORDER BY c.code", Course.class)
                        .setParameter("after", request.after());
        return Page.of(
                query.setMaxResults(request.probeSize()).getResultList(),
                request,
                Course::code,
                c -> CourseView.of(c, current(c)));
    }

    @Transactional
    public List<VersionView> versions(String code) {
        Course course = get(code);
        return versionsOf(course).stream().map(v -> VersionView.of(course, v)).toList();
    }

    @Transactional
    public VersionView version(String code, String name) {
        Course course = get(code);
        return VersionView.of(course, published(course, name));
    }

    /** A published version's quiz with its correct answers, for authors; 404 when it has none. */
    @Transactional
    public Quiz quizOf(String code, String name) {
        Course course = get(code);
        return published(course, name)
                .quiz()
                .orElseThrow(() -> new NotFound("quiz of course version", code + " " + name));
    }

    private CourseVersion published(Course course, String name) {
        return versionNamed(course, name).orElseThrow(() -> new NotFound("course version", course.code() + " " + name));
    }

    /** The course by its code; another tenant's courses are not found. */
    public Course get(String code) {
        return byCode(code).orElseThrow(() -> new NotFound("course", code));
    }

    public Optional<Course> byCode(String code) {
        return data.em()
                .createQuery("SELECT c FROM Course c WHERE c.code = :code", Course.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst();
    }

    public Optional<Course> find(String id) {
        return Optional.ofNullable(data.em().find(Course.class, id));
    }

    public List<Course> all() {
        // the training gate asks for each decision of a request: read once per transaction
        return memo.get(ALL, () -> data.em()
                .createQuery("SELECT c FROM Course c ORDER BY c.code", Course.class)
                .getResultList());
    }

    /** The version staff acknowledge now. */
    public CourseVersion current(Course course) {
        return data.em()
                .createQuery(
                        "SELECT v FROM CourseVersion v WHERE v.courseId = :course AND v.seq = :seq",
                        CourseVersion.class)
                .setParameter("course", course.id())
                .setParameter("seq", course.currentSeq())
                .getSingleResult();
    }

    /** The published version with this sequence number. */
    public CourseVersion versionAt(Course course, int seq) {
        return versionsOf(course).stream()
                .filter(v -> v.seq() == seq)
                .findFirst()
                .orElseThrow(() -> new NotFound("course version", course.code() + " #" + seq));
    }

    /** The published version with this name, if any. */
    public Optional<CourseVersion> versionNamed(Course course, String name) {
        return versionsOf(course).stream().filter(v -> v.name().equals(name)).findFirst();
    }

    /** Every published version of every course, for reports that look back in time. */
    public List<CourseVersion> allVersions() {
        return data.em()
                .createQuery("SELECT v FROM CourseVersion v ORDER BY v.courseId, v.seq", CourseVersion.class)
                .getResultList();
    }

    private List<CourseVersion> versionsOf(Course course) {
        return data.em()
                .createQuery(
                        "SELECT v FROM CourseVersion v WHERE v.courseId = :course ORDER BY v.seq", CourseVersion.class)
                .setParameter("course", course.id())
                .getResultList();
    }

    static String statementOr(String statement, String title, String version) {
        return statement == null || statement.isBlank() ? CourseVersion.defaultStatement(title, version) : statement;
    }

    private void refuseUnknown(List<String> jurisdictions, List<String> required) {
        List<Problem.FieldError> errors = new ArrayList<>();
        jurisdictions.stream()
                .filter(pack -> rulePacks.byCode(pack).isEmpty())
                .forEach(pack -> errors.add(new Problem.FieldError("jurisdictions", "no rule pack " + pack)));
        required.stream()
                .filter(permission -> !permissions.isKnown(permission))
                .forEach(permission ->
                        errors.add(new Problem.FieldError("requiredForPermissions", "no permission " + permission)));
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }

    private static List<String> distinct(String field, List<String> values) {
        if (values.stream().anyMatch(v -> v == null || v.isBlank())) {
            throw new InvalidInput(field, "must not hold empty names");
        }
        return values.stream().map(String::strip).distinct().toList();
    }

    private static Conflict duplicate(String code) {
        return new Conflict("course-exists", "a course with the code '" + code + "' exists already");
    }
}
