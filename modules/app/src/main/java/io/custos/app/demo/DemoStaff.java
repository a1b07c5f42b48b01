package io.custos.app.demo;

import io.custos.identity.grant.Grants;
import io.custos.identity.grant.NewGrant;
import io.custos.identity.grant.Scope;
import io.custos.identity.grant.ScopeType;
import io.custos.identity.role.Role;
import io.custos.identity.role.Roles;
import io.custos.identity.staff.NewStaff;
import io.custos.identity.staff.Staff;
import io.custos.identity.staff.StaffAccounts;
import io.custos.identity.staff.StaffDirectory;
import io.custos.identity.team.Members;
import io.custos.identity.team.NewTeam;
import io.custos.identity.team.Teams;
import io.custos.platform.json.Json;
import io.custos.platform.security.Caller;
import io.custos.platform.security.PermissionCheck;
import io.custos.training.acknowledgment.Acknowledge;
import io.custos.training.acknowledgment.Acknowledgments;
import io.custos.training.assignment.Assignments;
import io.custos.training.assignment.NewAssignment;
import io.custos.training.completion.CompletionImports;
import io.custos.training.completion.CompletionRow;
import io.custos.training.completion.NewCompletions;
import io.custos.training.course.Courses;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * The demo chain's people: a clerk per store, a team, a privacy officer, an interim region manager
 * whose grant ends soon, a revoked cover grant and one that starts later; and their training, some
 * passed, one failed, some not yet taken.
 */
@ApplicationScoped
public class DemoStaff {

    static final String COURSE = "PRIVACY-BASICS";
    static final String TEAM = "Berlin private clients";

    /**
     * A staff member the step adds; {@code quizScore} null: has not taken the course yet; {@code
     * manager} (added before them) reviews their access first.
     */
    record Member(
            String username, String displayName, String homeStore, boolean signsIn, Integer quizScore, String manager) {

        Member(String username, String displayName, String homeStore, boolean signsIn, Integer quizScore) {
            this(username, displayName, homeStore, signsIn, quizScore, null);
        }
    }

    /** A grant by the admin, its window in days from now (null: open), a store or region code. */
    record PlannedGrant(
            String username,
            String role,
            ScopeType scope,
            String place,
            Integer fromDays,
            Integer untilDays,
            String reason) {}

    static final List<Member> MEMBERS = List.of(
            new Member("jonas.becker", "Jonas Becker", "BER-MITTE", true, 90),
            new Member("mia.schulz", "Mia Schulz", "BER-MITTE", false, 85, "jonas.becker"),
            new Member("nora.lindqvist", "Nora Lindqvist", "BER-MITTE", true, 98, "jonas.becker"),
            new Member("hugo.lefebvre", "Hugo Lefèvre", "PAR-MARAIS", false, 100),
            new Member("olivia.hughes", "Olivia Hughes", "LON-SOHO", true, 60),
            new Member("maria.garcia", "María García", "SFO-UNION", false, 94),
            new Member("daniel.costa", "Daniel Costa", "SAO-PAULISTA", false, 81),
            new Member("lucas.oliveira", "Lucas Oliveira", "SAO-PAULISTA", false, null, "daniel.costa"),
            new Member("chen.jie", "陈杰 (Chen Jie)", "SHA-NANJING", false, 87),
            new Member("priya.nair", "Priya Nair", "SIN-ORCHARD", false, null),
            new Member("haruto.sato", "佐藤 陽翔 (Sato Haruto)", "TYO-GINZA", false, 90));

    /** Staff of the tenant-config file; those with a quiz score are given the demo password too. */
    static final List<String> CONFIGURED_STAFF = List.of("ana.souza", "camille.martin", "lena.weber", "wei.zhang");

    /** The demo course's pass mark (tenant-config/demo.yaml): a lower score has not completed it. */
    static final int PASS_MARK = 80;

    /**
     * Completions the chain's former LMS recorded, months ago, longer than the course stays valid:
     * imported as a chain moving to Custos would, they leave these two overdue (still refused).
     */
    static final Map<String, Integer> LEGACY_COMPLETIONS_MONTHS_AGO = Map.of("lucas.oliveira", 14, "olivia.hughes", 15);

    static final Map<String, Integer> CONFIGURED_STAFF_SCORES = Map.of("lena.weber", 92, "wei.zhang", 88);

    static final List<PlannedGrant> GRANTS = List.of(
            new PlannedGrant(
                    "jonas.becker",
                    "SALES_ASSOCIATE",
                    ScopeType.STORE,
                    "BER-MITTE",
                    null,
                    null,
                    "Sales associate, Berlin Mitte"),
            new PlannedGrant(
                    "mia.schulz",
                    "SALES_ASSOCIATE",
                    ScopeType.TEAM,
                    null,
                    null,
                    null,
                    "Private-client advisor: her team's customers only"),
            new PlannedGrant(
                    "nora.lindqvist", "PRIVACY_OFFICER", ScopeType.TENANT, null, null, null, "Group privacy officer"),
            new PlannedGrant(
                    "hugo.lefebvre",
                    "SALES_ASSOCIATE",
                    ScopeType.STORE,
                    "PAR-MARAIS",
                    null,
                    null,
                    "Sales associate, Paris Le Marais"),
            new PlannedGrant(
                    "hugo.lefebvre",
                    "SALES_ASSOCIATE",
                    ScopeType.STORE,
                    "LON-SOHO",
                    null,
                    null,
                    "Cover in London Soho during the autumn sale"),
            new PlannedGrant(
                    "olivia.hughes",
                    "SALES_ASSOCIATE",
                    ScopeType.STORE,
                    "LON-SOHO",
                    null,
                    null,
                    "Sales associate, London Soho"),
            new PlannedGrant(
                    "olivia.hughes",
                    "SALES_ASSOCIATE",
                    ScopeType.STORE,
                    "PAR-MARAIS",
                    14,
                    44,
                    "Cover in Paris during the winter sale"),
            new PlannedGrant(
                    "maria.garcia",
                    "SALES_ASSOCIATE",
                    ScopeType.STORE,
                    "SFO-UNION",
                    null,
                    null,
                    "Sales associate, San Francisco Union Square"),
            new PlannedGrant(
                    "daniel.costa",
                    "REGION_MANAGER",
                    ScopeType.REGION,
                    "AMERICAS",
                    null,
                    6,
                    "Interim Americas manager until the new hire starts"),
            new PlannedGrant(
                    "lucas.oliveira",
                    "SALES_ASSOCIATE",
                    ScopeType.STORE,
                    "SAO-PAULISTA",
                    null,
                    null,
                    "Sales associate, São Paulo Paulista"),
            new PlannedGrant(
                    "chen.jie",
                    "SALES_ASSOCIATE",
                    ScopeType.STORE,
                    "SHA-NANJING",
                    null,
                    null,
                    "Sales associate, Shanghai Nanjing Road"),
            new PlannedGrant(
                    "priya.nair",
                    "SALES_ASSOCIATE",
                    ScopeType.STORE,
                    "SIN-ORCHARD",
                    null,
                    null,
                    "Sales associate, Singapore Orchard Road"),
            new PlannedGrant(
                    "haruto.sato",
                    "SALES_ASSOCIATE",
                    ScopeType.STORE,
                    "TYO-GINZA",
                    null,
                    null,
                    "Sales associate, Tokyo Ginza"));

    static final String REVOKED_COVER = "LON-SOHO";
    static final String REVOCATION_REASON = "Cover in London Soho ended; back in Paris";

    @Inject
    Endpoint endpoint;

    @Inject
    InTransaction transaction;

    @Inject
    StaffAccounts accounts;

    @Inject
    StaffDirectory directory;

    @Inject
    Teams teams;

    @Inject
    Roles roles;

    @Inject
    Grants grants;

    @Inject
    Courses courses;

    @Inject
    Assignments assignments;

    @Inject
    Acknowledgments acknowledgments;

    @Inject
    CompletionImports completions;

    @Inject
    Clock clock;

    /** Adds the people and their grants; answers how many grants were given. */
    int seed(DemoData.Demo demo, String password) {
        Caller admin = demo.admin();
        endpoint.require(admin, "staff.manage");
        for (Member member : MEMBERS) {
            var created = accounts.create(
                    admin,
                    new NewStaff(
                            member.username(),
                            member.username() + "@demo-chain.example",
                            member.signsIn() ? password : null,
                            member.displayName(),
                            demo.store(member.homeStore()),
                            member.manager() == null ? null : demo.staffId(member.manager())));
            demo.staffMade(member.username(), created.id());
        }
        for (String username : CONFIGURED_STAFF) {
            Staff configured = transaction
                    .call(() -> directory.byUsername(username))
                    .orElseThrow(() -> new IllegalStateException("the demo tenant file has no staff " + username));
            demo.staffMade(username, configured.id());
            if (CONFIGURED_STAFF_SCORES.containsKey(username)) {
                accounts.update(
                        admin,
                        configured.id(),
                        "\"" + configured.version() + "\"",
                        Json.object(Map.of("password", password)));
            }
        }
        var team = teams.create(admin, new NewTeam(TEAM, demo.store("BER-MITTE")));
        teams.replaceMembers(
                admin, team.id(), new Members(List.of(demo.staffId("mia.schulz"), demo.staffId("lena.weber"))));
        demo.teamMade(team.id());

        endpoint.require(admin, "grant.manage", PermissionCheck.Reach.ANY_SCOPE);
        Instant now = clock.instant();
        String revoked = null;
        for (PlannedGrant planned : GRANTS) {
            var given = grants.give(
                    admin,
                    new NewGrant(
                            demo.staffId(planned.username()),
                            roleId(planned.role()),
                            scope(demo, planned),
                            planned.fromDays() == null ? null : now.plus(Duration.ofDays(planned.fromDays())),
                            planned.untilDays() == null ? null : now.plus(Duration.ofDays(planned.untilDays())),
                            planned.reason()));
            if (planned.username().equals("hugo.lefebvre") && REVOKED_COVER.equals(planned.place())) {
                revoked = given.id();
            }
        }
        grants.revoke(admin, revoked, REVOCATION_REASON);
        return GRANTS.size();
    }

    /**
     * Each trained member acknowledges the course as they would in the console (the admin too, or
     * the training gate would refuse them every customer); one scored below the pass mark and has
     * not completed it. Two completions come from the former LMS, expired. A store clerk who has not
     * started gets it assigned by hand, due in three days.
     */
    void train(DemoData.Demo demo) {
        String version = transaction.call(() -> courses.get(COURSE).currentVersion());
        acknowledgments.acknowledge(demo.admin(), COURSE, new Acknowledge(version, null), null);
        CONFIGURED_STAFF_SCORES
                .keySet()
                .forEach(username -> acknowledgments.acknowledge(
                        demo.staff(username), COURSE, new Acknowledge(version, null), null));
        for (Member member : MEMBERS) {
            if (member.quizScore() != null && member.quizScore() >= PASS_MARK) {
                acknowledgments.acknowledge(
                        demo.staff(member.username()), COURSE, new Acknowledge(version, null), null);
            }
        }
        endpoint.require(demo.admin(), "training.manage");
        completions.importJson(demo.admin(), legacyCompletions(version), true, false);
        assignments.assign(
                demo.admin(),
                new NewAssignment(
                        demo.staffId("priya.nair"), COURSE, clock.instant().plus(Duration.ofDays(3))));
    }

    private NewCompletions legacyCompletions(String version) {
        OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
        return new NewCompletions(LEGACY_COMPLETIONS_MONTHS_AGO.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(completed -> new CompletionRow(
                        completed.getKey(),
                        COURSE,
                        version,
                        now.minusMonths(completed.getValue()).toString(),
                        85,
                        "LegacyLMS",
                        "legacy-cert-" + completed.getKey()))
                .toList());
    }

    private String roleId(String name) {
        return transaction
                .call(() -> roles.byName(name))
                .map(Role::id)
                .orElseThrow(() -> new IllegalStateException("no role " + name));
    }

    private static Scope scope(DemoData.Demo demo, PlannedGrant planned) {
        return switch (planned.scope()) {
            case STORE -> new Scope(ScopeType.STORE, demo.store(planned.place()));
            case REGION -> new Scope(ScopeType.REGION, demo.region(planned.place()));
            default -> new Scope(planned.scope(), null);
        };
    }
}
