package io.custos.training.report;

import io.custos.identity.api.People;
import io.custos.platform.paging.Page;
import io.custos.platform.paging.PageRequest;
import io.custos.platform.problem.InvalidInput;
import io.custos.regions.api.StoreDirectory;
import io.custos.training.acknowledgment.Acknowledgments;
import io.custos.training.assignment.AssignmentHistory;
import io.custos.training.assignment.Assignments;
import io.custos.training.assignment.Progress;
import io.custos.training.course.Course;
import io.custos.training.course.Courses;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Completion and overdue rates by store, region or course, today and month by month from the
 * recorded history; and the reminder feed.
 */
@ApplicationScoped
public class TrainingReports {

    static final int MAX_WITHIN_DAYS = 366;

    /** Two years back at most: the history is kept for good, a chart of more is unreadable. */
    static final int MAX_MONTHS = 24;

    /** Groups in code order, the group without a code last. */
    private static final Comparator<Group> GROUP_ORDER = Comparator.comparing(
                    Group::code, Comparator.nullsLast(Comparator.<String>naturalOrder()))
            .thenComparing(Group::key, Comparator.nullsLast(Comparator.<String>naturalOrder()));

    @Inject
    Assignments assignments;

    @Inject
    AssignmentHistory history;

    @Inject
    Acknowledgments acknowledgments;

    @Inject
    Courses courses;

    @Inject
    StoreDirectory stores;

    @Inject
    People people;

    @Inject
    Clock clock;

    @Transactional
    public Report report(String groupBy) {
        String grouping = groupBy == null ? "store" : groupBy;
        Instant now = clock.instant();
        List<Progress> progress = assignments.progressOfEveryone();
        Function<Progress, Group> groupOf =
                switch (grouping) {
                    case "course" -> p -> new Group(p.course().id(), p.course().code());
                    case "store", "region" -> byPlace(grouping.equals("region"));
                    default -> throw new InvalidInput("groupBy", "must be store, region or course");
                };
        Map<Group, List<Progress>> groups = new LinkedHashMap<>();
        progress.forEach(p ->
                groups.computeIfAbsent(groupOf.apply(p), g -> new ArrayList<>()).add(p));
        List<ReportRow> rows = groups.entrySet().stream()
                .map(e -> row(e.getKey(), e.getValue(), now))
                .sorted(Comparator.comparing(ReportRow::code, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
        List<Report.Overdue> overdue = progress.stream()
                .filter(p -> p.isOverdueAt(now))
                .sorted(Comparator.comparing(Progress::dueAt))
                .map(p -> new Report.Overdue(
                        p.staffId(), p.course().code(), p.status().name(), p.dueAt()))
                .toList();
        return new Report(grouping, rows, overdue);
    }

    /**
     * The figures at the end of each of the last {@code months} months (UTC) and now, from the
     * assignment periods, acknowledgments and versions recorded: a withdrawn assignment counts for
     * the months it existed, a staff member who moved counts for the store they were at then.
     */
    @Transactional
    public MonthlyReport monthly(String groupBy, Integer months) {
        String grouping = groupBy == null ? "store" : groupBy;
        if (!List.of("store", "region", "course").contains(grouping)) {
            throw new InvalidInput("groupBy", "must be store, region or course");
        }
        int count = months == null ? 12 : months;
        if (count < 1 || count > MAX_MONTHS) {
            throw new InvalidInput("months", "must be between 1 and " + MAX_MONTHS);
        }
        Instant now = clock.instant();
        YearMonth current = YearMonth.from(now.atZone(ZoneOffset.UTC));
        List<MonthlyReport.Month> points = new ArrayList<>();
        for (int back = count; back >= 0; back--) {
            YearMonth month = current.minusMonths(back);
            points.add(new MonthlyReport.Month(
                    month.toString(),
                    month.plusMonths(1).atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant(),
                    back == 0));
        }

        List<Course> all = courses.all();
        Map<String, String> courseCodes = all.stream().collect(Collectors.toMap(Course::id, Course::code));
        History recorded = new History(
                history.openAfter(points.get(0).endsAt()).stream()
                        .map(p -> new History.Period(
                                p.staffId(),
                                p.courseId(),
                                p.storeId(),
                                p.regionId(),
                                p.startedAt(),
                                p.dueAt(),
                                p.endedAt()))
                        .toList(),
                courses.allVersions().stream()
                        .map(v -> new History.Version(
                                v.courseId(), v.seq(), v.requiresReacknowledgment(), v.publishedAt()))
                        .toList(),
                acknowledgments.attemptsOfEveryone(courseCodes.keySet()));
        Map<String, String> storeCodes = new HashMap<>();
        Map<String, String> regionCodes = new HashMap<>();
        stores.stores().forEach(s -> {
            storeCodes.put(s.id(), s.code());
            if (s.regionId() != null) {
                regionCodes.put(s.regionId(), s.regionCode());
            }
        });
        Function<History.Period, Group> groupOf =
                switch (grouping) {
                    case "course" -> p -> new Group(p.courseId(), courseCodes.get(p.courseId()));
                    case "region" -> p -> new Group(p.regionId(), regionCodes.get(p.regionId()));
                    default -> p -> new Group(p.storeId(), storeCodes.get(p.storeId()));
                };
        List<MonthlyReport.Row> rows = new ArrayList<>();
        for (MonthlyReport.Month point : points) {
            Map<Group, int[]> counts = new HashMap<>();
            for (History.Outcome outcome : recorded.at(point.toDate() ? now : point.endsAt())) {
                int[] c = counts.computeIfAbsent(groupOf.apply(outcome.period()), g -> new int[3]);
                c[0]++;
                c[1] += outcome.completed() ? 1 : 0;
                c[2] += outcome.overdue() ? 1 : 0;
            }
            counts.entrySet().stream()
                    .sorted(Map.Entry.comparingByKey(GROUP_ORDER))
                    .forEach(e -> rows.add(MonthlyReport.Row.of(
                            point.month(),
                            e.getKey().key(),
                            e.getKey().code(),
                            e.getValue()[0],
                            e.getValue()[1],
                            e.getValue()[2])));
        }
        return new MonthlyReport(grouping, points, rows);
    }

    /** Courses due, overdue or expiring within the coming days, soonest first. */
    @Transactional
    public Page<DueItem> due(Integer withinDays, PageRequest request) {
        int days = withinDays == null ? 14 : withinDays;
        if (days < 0 || days > MAX_WITHIN_DAYS) {
            throw new InvalidInput("withinDays", "must be between 0 and " + MAX_WITHIN_DAYS);
        }
        Instant now = clock.instant();
        Instant horizon = now.plus(Duration.ofDays(days));
        List<Progress> rows = assignments.progressOfEveryone().stream()
                .filter(p -> p.isDueBy(horizon))
                .sorted(Comparator.comparing(TrainingReports::position))
                .filter(p -> request.after() == null || position(p).compareTo(request.after()) > 0)
                .limit(request.probeSize())
                .toList();
        return Page.of(
                rows,
                request,
                TrainingReports::position,
                p -> new DueItem(p.staffId(), p.course().code(), p.status().name(), p.dueAt(), p.isOverdueAt(now)));
    }

    private static String position(Progress p) {
        return String.format(
                "%020d|%s|%s", p.dueAt().toEpochMilli(), p.staffId(), p.course().code());
    }

    private Function<Progress, Group> byPlace(boolean region) {
        Map<String, StoreDirectory.ListedStore> byId = new HashMap<>();
        stores.stores().forEach(s -> byId.put(s.id(), s));
        Map<String, Optional<StoreDirectory.ListedStore>> homes = new HashMap<>();
        return p -> {
            Optional<StoreDirectory.ListedStore> home = homes.computeIfAbsent(
                    p.staffId(), staff -> people.homeStoreOf(staff).map(byId::get));
            if (home.isEmpty()) {
                return Group.NONE;
            }
            StoreDirectory.ListedStore store = home.get();
            return region ? new Group(store.regionId(), store.regionCode()) : new Group(store.id(), store.code());
        };
    }

    private static ReportRow row(Group group, List<Progress> members, Instant now) {
        Set<String> staff = new HashSet<>();
        int current = 0;
        int due = 0;
        int expired = 0;
        int overdue = 0;
        for (Progress p : members) {
            staff.add(p.staffId());
            switch (p.status()) {
                case CURRENT -> current++;
                case DUE -> due++;
                case EXPIRED -> expired++;
            }
            if (p.isOverdueAt(now)) {
                overdue++;
            }
        }
        return ReportRow.of(group.key(), group.code(), staff.size(), current, due, expired, overdue);
    }

    /** A store, region or course; NONE for staff without a home store (or a store without a region). */
    private record Group(String key, String code) {
        static final Group NONE = new Group(null, null);
    }
}
