package io.custos.training.completion;

import io.custos.identity.api.People;
import io.custos.platform.persistence.Constraints;
import io.custos.platform.problem.Conflict;
import io.custos.platform.problem.InvalidInput;
import io.custos.platform.problem.Problem.FieldError;
import io.custos.platform.security.Caller;
import io.custos.platform.tenancy.TenantData;
import io.custos.training.acknowledgment.Acknowledgment;
import io.custos.training.api.TrainingCompletionImported;
import io.custos.training.course.Course;
import io.custos.training.course.CourseVersion;
import io.custos.training.course.Courses;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Imports completions from another LMS. Each row is checked on its own (staff by id or username,
 * a known course and version, completed at a time not in the future, a score from 0 to 100, the
 * source system); a valid row becomes an acknowledgment from the time it was completed, so one
 * completed longer ago than the course's validity counts as expired. A row recorded by an earlier
 * import (same staff, course, version, time and system) is skipped as a duplicate. Atomic (the
 * default): any bad row refuses the whole import (400 naming each row and field); otherwise the
 * valid rows are recorded and the bad ones reported. A dry run records nothing and reports.
 */
@ApplicationScoped
public class CompletionImports {

    static final int MAX_ROWS = 10_000;

    @Inject
    TenantData data;

    @Inject
    Courses courses;

    @Inject
    People people;

    @Inject
    Event<TrainingCompletionImported> imported;

    @Inject
    Clock clock;

    @Transactional
    public ImportReport importJson(Caller caller, NewCompletions request, boolean atomic, boolean dryRun) {
        return run(
                caller,
                request.completions().stream()
                        .map(row -> new CsvCompletions.Read(row, null))
                        .toList(),
                atomic,
                dryRun);
    }

    @Transactional
    public ImportReport importCsv(Caller caller, java.io.InputStream csv, boolean atomic, boolean dryRun) {
        return run(caller, CsvCompletions.read(csv), atomic, dryRun);
    }

    private ImportReport run(Caller caller, List<CsvCompletions.Read> rows, boolean atomic, boolean dryRun) {
        Instant now = clock.instant();
        List<ImportReport.RowError> errors = new ArrayList<>();
        List<Valid> valid = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            int number = i + 1;
            List<ImportReport.RowError> rowErrors = new ArrayList<>();
            if (rows.get(i).error() != null) {
                rowErrors.add(rows.get(i).error());
            }
            Valid checked = check(number, rows.get(i).row(), now, rowErrors);
            if (rowErrors.isEmpty()) {
                valid.add(checked);
            }
            errors.addAll(rowErrors);
        }
        if (atomic && !dryRun && !errors.isEmpty()) {
            throw new InvalidInput(errors.stream()
                    .map(e -> new FieldError("rows[" + e.row() + "]." + e.field(), e.message()))
                    .toList());
        }
        Set<String> recorded = alreadyImported(valid);
        int duplicates = 0;
        List<Valid> fresh = new ArrayList<>();
        for (Valid row : valid) {
            if (recorded.add(row.key())) {
                fresh.add(row);
            } else {
                duplicates++;
            }
        }
        if (!dryRun) {
            fresh.forEach(row -> record(caller, row, now));
            try {
                data.em().flush();
            } catch (PersistenceException e) {
                if (Constraints.isDuplicateOf(e, "uq_training_acknowledgment_import")) {
                    throw new Conflict(
                            "completions-imported-concurrently",
                            "another import recorded some of these completions meanwhile; send this one again:"
                                    + " what is recorded by then is skipped as a duplicate");
                }
                throw e;
            }
        }
        int failed =
                (int) errors.stream().map(ImportReport.RowError::row).distinct().count();
        return new ImportReport(dryRun, atomic, rows.size(), fresh.size(), duplicates, failed, errors);
    }

    /** A row that passed every check, with what it names resolved. */
    private record Valid(String staffId, Course course, CourseVersion version, Instant completedAt, CompletionRow row) {

        String key() {
            return staffId + "|" + course.id() + "|" + version.seq() + "|" + completedAt + "|" + row.sourceSystem();
        }
    }

    private Valid check(int number, CompletionRow row, Instant now, List<ImportReport.RowError> errors) {
        String staffId = null;
        if (blank(row.staff())) {
            errors.add(new ImportReport.RowError(number, "staff", "is required: a staff id or username"));
        } else {
            staffId = staffIdOf(row.staff().strip()).orElse(null);
            if (staffId == null) {
                errors.add(new ImportReport.RowError(number, "staff", "no staff member with this id or username"));
            }
        }
        Course course = null;
        CourseVersion version = null;
        if (blank(row.courseCode())) {
            errors.add(new ImportReport.RowError(number, "courseCode", "is required"));
        } else {
            course = courses.byCode(row.courseCode().strip()).orElse(null);
            if (course == null) {
                errors.add(new ImportReport.RowError(number, "courseCode", "no course with this code"));
            }
        }
        if (blank(row.version())) {
            errors.add(new ImportReport.RowError(number, "version", "is required"));
        } else if (course != null) {
            version = courses.versionNamed(course, row.version().strip()).orElse(null);
            if (version == null) {
                errors.add(new ImportReport.RowError(
                        number,
                        "version",
                        "course " + course.code() + " has no version "
                                + row.version().strip()));
            }
        }
        Instant completedAt = null;
        if (blank(row.completedAt())) {
            errors.add(new ImportReport.RowError(number, "completedAt", "is required"));
        } else {
            try {
                completedAt = OffsetDateTime.parse(row.completedAt().strip()).toInstant();
                if (completedAt.isAfter(now)) {
                    errors.add(new ImportReport.RowError(number, "completedAt", "must not be in the future"));
                }
            } catch (DateTimeParseException e) {
                errors.add(new ImportReport.RowError(
                        number, "completedAt", "must be an RFC 3339 time such as 2026-03-01T09:30:00Z"));
            }
        }
        if (row.score() != null && (row.score() < 0 || row.score() > 100)) {
            errors.add(new ImportReport.RowError(number, "score", "must be a whole number from 0 to 100"));
        }
        if (blank(row.sourceSystem())) {
            errors.add(new ImportReport.RowError(number, "sourceSystem", "is required: the system that recorded it"));
        } else if (row.sourceSystem().strip().length() > 100) {
            errors.add(new ImportReport.RowError(number, "sourceSystem", "must be at most 100 characters"));
        }
        if (row.evidenceRef() != null && row.evidenceRef().strip().length() > 500) {
            errors.add(new ImportReport.RowError(number, "evidenceRef", "must be at most 500 characters"));
        }
        return new Valid(staffId, course, version, completedAt, row);
    }

    private Optional<String> staffIdOf(String staff) {
        return people.staffExists(staff) ? Optional.of(staff) : people.staffIdByUsername(staff);
    }

    /** The keys of completions earlier imports recorded for the staff these rows name. */
    private Set<String> alreadyImported(List<Valid> rows) {
        Set<String> staff = new HashSet<>();
        rows.forEach(r -> staff.add(r.staffId()));
        Set<String> keys = new HashSet<>();
        if (staff.isEmpty()) {
            return keys;
        }
        data.em()
                .createQuery(
                        "SELECT a FROM Acknowledgment a WHERE a.sourceSystem IS NOT NULL AND a.staffId IN :staff",
                        Acknowledgment.class)
                .setParameter("staff", List.copyOf(staff))
                .getResultStream()
                .forEach(a -> keys.add(a.staffId() + "|" + a.courseId() + "|" + a.versionSeq() + "|"
                        + a.acknowledgedAt() + "|" + a.sourceSystem()));
        return keys;
    }

    private void record(Caller caller, Valid row, Instant now) {
        Acknowledgment acknowledgment = Acknowledgment.imported(
                row.course().id(),
                row.staffId(),
                row.version().seq(),
                row.version().name(),
                row.row().score(),
                row.completedAt(),
                row.course().validityMonths(),
                row.row().sourceSystem().strip(),
                blank(row.row().evidenceRef()) ? null : row.row().evidenceRef().strip(),
                caller.staffId());
        data.em().persist(acknowledgment);
        imported.fire(new TrainingCompletionImported(
                caller.tenantId(),
                caller.staffId(),
                acknowledgment.id(),
                row.staffId(),
                row.course().code(),
                row.version().name(),
                row.completedAt(),
                row.row().score(),
                acknowledgment.sourceSystem(),
                acknowledgment.evidenceRef(),
                acknowledgment.expiresAt(),
                now));
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
