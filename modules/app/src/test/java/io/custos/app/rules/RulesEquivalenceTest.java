package io.custos.app.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.custos.consent.lawfulness.Basis;
import io.custos.consent.lawfulness.LawfulClause;
import io.custos.consent.lawfulness.LawfulMasks;
import io.custos.consent.lawfulness.Lawfulness;
import io.custos.consent.ledger.ConsentSource;
import io.custos.consent.ledger.ConsentState;
import io.custos.consent.purpose.BuiltInPurpose;
import io.custos.consent.purpose.PurposeBit;
import io.custos.identity.grant.GrantEvaluation;
import io.custos.identity.grant.GrantEvaluation.GrantFacts;
import io.custos.identity.grant.ScopeType;
import io.custos.launcher.EmbeddedDatabase;
import io.custos.platform.access.CustomerFacts;
import io.custos.platform.access.Gates;
import io.custos.platform.access.ReachClause;
import io.custos.platform.tenancy.TenantId;
import io.custos.regions.api.RulePack;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import jakarta.persistence.TypedQuery;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The rules exist twice: in Java for one customer (the gates) and in JPQL for lists and segments.
 * Over one table of customers on the embedded database, with the real schema from the migrations,
 * both must pick the same customers: {@link Lawfulness} against {@link LawfulClause} for every
 * purpose (judged from the ledger, and from the masks kept per customer, {@link LawfulMasks}), and
 * {@link GrantEvaluation} against {@link ReachClause} for every set of grants. Rows of another
 * tenant, which would change the answers if they leaked in, sit beside them.
 */
class RulesEquivalenceTest {

    private static final String TENANT = uuid("tenant-a");
    private static final String OTHER_TENANT = uuid("tenant-b");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private static final String ACTION = "customer.read";

    private static final String ME = uuid("staff-me");
    private static final String OTHER_STAFF = uuid("staff-other");
    private static final String R1 = uuid("region-1");
    private static final String R2 = uuid("region-2");
    private static final String S1 = uuid("store-1");
    private static final String S2 = uuid("store-2");
    private static final String S3 = uuid("store-3");
    private static final String T1 = uuid("team-1");
    private static final String T2 = uuid("team-2");
    private static final Map<String, String> REGION_OF_STORE = Map.of(S1, R1, S2, R1, S3, R2);

    private static final List<RulePack> PACKS = List.of(
            pack(
                    "OPTIN",
                    RulePack.Consent.OPT_IN,
                    RulePack.SaleSharing.OPT_IN,
                    false,
                    RulePack.CrossBorder.CONSENT_OR_ASSESSMENT),
            pack("OPTOUT-GPC", RulePack.Consent.OPT_OUT, RulePack.SaleSharing.OPT_OUT, true, RulePack.CrossBorder.FREE),
            pack(
                    "OPTOUT",
                    RulePack.Consent.OPT_OUT,
                    RulePack.SaleSharing.OPT_OUT,
                    false,
                    RulePack.CrossBorder.SAFEGUARDS),
            pack(
                    "NOSALE",
                    RulePack.Consent.OPT_IN,
                    RulePack.SaleSharing.NOT_APPLICABLE,
                    true,
                    RulePack.CrossBorder.LOCALISED));

    /** No consent recorded (null), or the current consent a customer holds for every purpose. */
    private static final List<Lawfulness.Current> CONSENTS = Arrays.asList(
            null,
            new Lawfulness.Current(ConsentState.GRANTED, ConsentSource.POS, false),
            new Lawfulness.Current(ConsentState.WITHDRAWN, ConsentSource.WEB, false),
            new Lawfulness.Current(ConsentState.DENIED, ConsentSource.POS, false),
            new Lawfulness.Current(ConsentState.WITHDRAWN, ConsentSource.GPC, true),
            new Lawfulness.Current(ConsentState.GRANTED, ConsentSource.WEB, true),
            new Lawfulness.Current(ConsentState.GRANTED, ConsentSource.GUARDIAN, false));

    /** Never a minor (no birth date kept), a minor until next year, of age today, of age since yesterday. */
    private static final List<LocalDate> ADULT_ON = Arrays.asList(null, TODAY.plusYears(1), TODAY, TODAY.minusDays(1));

    private static final List<String> STORES = List.of(S1, S2, S3);
    private static final List<String> TEAMS = Arrays.asList(null, T1, T2);
    private static final List<String> OWNERS = Arrays.asList(null, ME, OTHER_STAFF);

    private static final List<Fixture> CUSTOMERS = fixtures();

    @TempDir
    static Path databaseFolder;

    private static EmbeddedDatabase database;
    private static EntityManagerFactory factory;

    record Fixture(
            String id,
            RulePack pack,
            Lawfulness.Current consent,
            LocalDate adultOn,
            String storeId,
            String teamId,
            String ownerId) {

        String regionId() {
            return REGION_OF_STORE.get(storeId);
        }

        CustomerFacts facts() {
            return new CustomerFacts(new TenantId(TENANT), id, ownerId, teamId, storeId, regionId(), "XX", null);
        }
    }

    @BeforeAll
    static void customersOnTheEmbeddedDatabase() throws SQLException {
        database = EmbeddedDatabase.start(databaseFolder);
        Flyway.configure(RulesEquivalenceTest.class.getClassLoader())
                .dataSource(database.jdbcUrl(), database.user(), database.password())
                .locations("classpath:db/migration")
                .outOfOrder(true)
                .load()
                .migrate();
        try (Connection sql = DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password())) {
            for (Fixture customer : CUSTOMERS) {
                insertSubject(sql, TENANT, customer);
                insertConsents(sql, TENANT, customer.id(), customer.consent());
                // Another tenant's customer placed where every reach finds it, and its opposite
                // consents under this customer's id: the main query and the EXISTS subqueries must
                // both keep to their tenant.
                insertSubject(sql, OTHER_TENANT, leakBait(customer));
                insertConsents(sql, OTHER_TENANT, customer.id(), opposite(customer.consent()));
            }
            judgeTwoInThree(sql);
        }
        factory = Persistence.createEntityManagerFactory(
                "rules-equivalence",
                Map.of(
                        "eclipselink.persistencexml",
                        "META-INF/rules-equivalence.xml",
                        "jakarta.persistence.jdbc.driver",
                        "com.mysql.cj.jdbc.Driver",
                        "jakarta.persistence.jdbc.url",
                        database.jdbcUrl(),
                        "jakarta.persistence.jdbc.user",
                        database.user(),
                        "jakarta.persistence.jdbc.password",
                        database.password(),
                        "eclipselink.tenant-id",
                        TENANT,
                        "eclipselink.logging.level",
                        "WARNING"));
    }

    @AfterAll
    static void stop() {
        if (factory != null) {
            factory.close();
        }
        if (database != null) {
            database.stop();
        }
    }

    /** The built-in purposes' bits and a tenant's own purpose, opt-in everywhere, on the first free one. */
    private static final List<PurposeBit> BITS = Stream.concat(
                    Stream.of(BuiltInPurpose.values()).map(p -> new PurposeBit(p.name(), p.bit(), Optional.of(p))),
                    Stream.of(new PurposeBit("loyalty-club", BuiltInPurpose.FIRST_TENANT_BIT, Optional.empty())))
            .toList();

    /** Every mask bit set: another tenant's rows claim everything, so a leak shows. */
    private static final long ALL_BITS = (1L << PurposeBit.BITS) - 1;

    static Stream<String> purposes() {
        return Stream.concat(Stream.of(BuiltInPurpose.values()).map(Enum::name), Stream.of("loyalty-club"));
    }

    @ParameterizedTest
    @MethodSource("purposes")
    void lawfulnessInJavaAndInSqlPickTheSameCustomers(String purpose) {
        Optional<BuiltInPurpose> builtIn = BuiltInPurpose.of(purpose);
        Set<String> inJava = new TreeSet<>();
        for (Fixture customer : CUSTOMERS) {
            Basis basis = Basis.of(customer.pack(), builtIn);
            if (Lawfulness.judge(basis, customer.consent(), customer.adultOn(), TODAY)
                    .lawful()) {
                inJava.add(customer.id());
            }
        }
        Map<String, Object> parameters = new HashMap<>();
        String lawful = LawfulClause.of("p", purpose, builtIn, PACKS, TODAY, parameters);

        assertThat(select(lawful, parameters)).as(purpose).isEqualTo(inJava);
        assertThat(inJava)
                .as("the fixtures make " + purpose + " lawful for some and not for others")
                .isNotEmpty()
                .hasSizeLessThan(CUSTOMERS.size());
    }

    static Stream<Arguments> purposesOnTwoDays() {
        // a year on, the minors until next year are adults: the same masks, the other one picked
        return purposes().flatMap(p -> Stream.of(Arguments.of(p, TODAY), Arguments.of(p, TODAY.plusYears(1))));
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("purposesOnTwoDays")
    void theKeptLawfulnessPicksWhatJavaJudgesOnTheDay(String purpose, LocalDate day) {
        PurposeBit bit =
                BITS.stream().filter(b -> b.code().equals(purpose)).findFirst().orElseThrow();
        Set<String> inJava = new TreeSet<>();
        for (Fixture customer : CUSTOMERS) {
            if (Lawfulness.judge(Basis.of(customer.pack(), bit.basisOf()), customer.consent(), customer.adultOn(), day)
                    .lawful()) {
                inJava.add(customer.id());
            }
        }
        Map<String, Object> parameters = new HashMap<>();
        String lawful = LawfulClause.maintained("p", bit, PACKS, day, parameters);

        assertThat(select(lawful, parameters)).as(purpose + " on " + day).isEqualTo(inJava);
        assertThat(select("s.lawfulAdult IS NULL", new HashMap<>()))
                .as("some customers are not judged yet, and the ledger decides for them")
                .isNotEmpty()
                .hasSizeLessThan(CUSTOMERS.size() / 2);
    }

    static Stream<Arguments> grantSets() {
        Set<String> myTeams = Set.of(T1);
        return Stream.of(
                Arguments.of("the whole tenant", List.of(grant(ScopeType.TENANT, null)), myTeams),
                Arguments.of("a region", List.of(grant(ScopeType.REGION, R1)), myTeams),
                Arguments.of("a store", List.of(grant(ScopeType.STORE, S3)), myTeams),
                Arguments.of("a named team", List.of(grant(ScopeType.TEAM, T2)), myTeams),
                Arguments.of("my teams", List.of(grant(ScopeType.TEAM, null)), myTeams),
                Arguments.of("my teams, having none", List.of(grant(ScopeType.TEAM, null)), Set.of()),
                Arguments.of("my own customers", List.of(grant(ScopeType.OWN, null)), myTeams),
                Arguments.of(
                        "a region, my own and my teams",
                        List.of(grant(ScopeType.REGION, R2), grant(ScopeType.OWN, null), grant(ScopeType.TEAM, null)),
                        myTeams),
                Arguments.of(
                        "grants not in force or without the action",
                        List.of(
                                revoked(grant(ScopeType.TENANT, null)),
                                startingTomorrow(grant(ScopeType.REGION, R1)),
                                endedYesterday(grant(ScopeType.STORE, S1)),
                                withoutTheAction(grant(ScopeType.TENANT, null))),
                        myTeams),
                Arguments.of(
                        "a store and a team beside an ended tenant-wide grant",
                        List.of(
                                grant(ScopeType.STORE, S2),
                                grant(ScopeType.TEAM, T2),
                                endedYesterday(grant(ScopeType.TENANT, null))),
                        myTeams));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("grantSets")
    void aGrantInJavaAndItsReachInSqlCoverTheSameCustomers(String name, List<GrantFacts> grants, Set<String> teams) {
        Set<String> inJava = new TreeSet<>();
        for (Fixture customer : CUSTOMERS) {
            if (GrantEvaluation.firstCovering(grants, ME, teams, ACTION, customer.facts(), NOW)
                    .isPresent()) {
                inJava.add(customer.id());
            }
        }
        List<Gates.Reach> reach = GrantEvaluation.reach(grants, teams, ACTION, NOW);
        Map<String, Object> parameters = new HashMap<>();
        // No reach at all: lists answer nothing without asking the database (ListLimits.none()).
        Set<String> inSql = reach.isEmpty()
                ? Set.of()
                : select(ReachClause.of("s", reach, ME, parameters).orElse("1 = 1"), parameters);

        assertThat(inSql).as(name).isEqualTo(inJava);
    }

    private static Set<String> select(String condition, Map<String, Object> parameters) {
        try (EntityManager em = factory.createEntityManager()) {
            TypedQuery<String> query =
                    em.createQuery("SELECT s.customerId FROM ConsentSubject s WHERE " + condition, String.class);
            parameters.forEach(query::setParameter);
            return new TreeSet<>(query.getResultList());
        }
    }

    private static List<Fixture> fixtures() {
        List<Fixture> fixtures = new ArrayList<>();
        int placement = 0;
        for (RulePack pack : PACKS) {
            for (Lawfulness.Current consent : CONSENTS) {
                for (LocalDate adultOn : ADULT_ON) {
                    int p = placement++;
                    fixtures.add(new Fixture(
                            uuid("customer-" + p),
                            pack,
                            consent,
                            adultOn,
                            STORES.get(p % 3),
                            TEAMS.get(p / 3 % 3),
                            OWNERS.get(p / 9 % 3)));
                }
            }
        }
        return List.copyOf(fixtures);
    }

    /**
     * Keeps the masks {@link LawfulMasks} judges for two customers in three, as the maintained state
     * holds them; the third stays unjudged, as after a rule-pack override. Another tenant's rows
     * claim every purpose.
     */
    private static void judgeTwoInThree(Connection sql) throws SQLException {
        try (PreparedStatement judged = sql.prepareStatement(
                "UPDATE consent_subject SET lawful_adult = ?, lawful_minor = ? WHERE tenant_id = ? AND customer_id = ?")) {
            for (int i = 0; i < CUSTOMERS.size(); i++) {
                Fixture customer = CUSTOMERS.get(i);
                if (i % 3 != 2) {
                    Map<String, Lawfulness.Current> current = new HashMap<>();
                    if (customer.consent() != null) {
                        BITS.forEach(bit -> current.put(bit.code(), customer.consent()));
                    }
                    LawfulMasks masks = LawfulMasks.of(customer.pack(), BITS, current);
                    judged.setLong(1, masks.adult());
                    judged.setLong(2, masks.minor());
                    judged.setString(3, TENANT);
                    judged.setString(4, customer.id());
                    judged.executeUpdate();
                }
                judged.setLong(1, ALL_BITS);
                judged.setLong(2, ALL_BITS);
                judged.setString(3, OTHER_TENANT);
                judged.setString(4, leakBait(customer).id());
                judged.executeUpdate();
            }
        }
    }

    private static Fixture leakBait(Fixture customer) {
        return new Fixture(uuid("other-" + customer.id()), customer.pack(), null, null, S1, T1, ME);
    }

    private static Lawfulness.Current opposite(Lawfulness.Current consent) {
        return consent != null && consent.state() == ConsentState.GRANTED
                ? new Lawfulness.Current(ConsentState.WITHDRAWN, ConsentSource.GPC, true)
                : new Lawfulness.Current(ConsentState.GRANTED, ConsentSource.GUARDIAN, false);
    }

    private static void insertSubject(Connection sql, String tenant, Fixture customer) throws SQLException {
        try (PreparedStatement subject = sql.prepareStatement(
                "INSERT INTO consent_subject (tenant_id, customer_id, store_id, region_id, owner_id, team_id,"
                        + " country, pack_code, adult_on, status) VALUES (?, ?, ?, ?, ?, ?, 'XX', ?, ?, 'ACTIVE')")) {
            subject.setString(1, tenant);
            subject.setString(2, customer.id());
            subject.setString(3, customer.storeId());
            subject.setString(4, customer.regionId());
            subject.setString(5, customer.ownerId());
            subject.setString(6, customer.teamId());
            subject.setString(7, customer.pack().code());
            subject.setObject(8, customer.adultOn());
            subject.executeUpdate();
        }
    }

    private static void insertConsents(Connection sql, String tenant, String customerId, Lawfulness.Current consent)
            throws SQLException {
        if (consent == null) {
            return;
        }
        for (String purpose : purposes().toList()) {
            try (PreparedStatement current = sql.prepareStatement(
                    "INSERT INTO consent_current (tenant_id, id, customer_id, purpose, state, source, gpc, since,"
                            + " event_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                current.setString(1, tenant);
                current.setString(2, uuid(tenant + customerId + purpose));
                current.setString(3, customerId);
                current.setString(4, purpose);
                current.setString(5, consent.state().name());
                current.setString(6, consent.source().name());
                current.setBoolean(7, consent.gpc());
                current.setObject(8, NOW.atZone(ZoneOffset.UTC).toLocalDateTime());
                current.setString(9, uuid("event" + tenant + customerId + purpose));
                current.executeUpdate();
            }
        }
    }

    private static GrantFacts grant(ScopeType type, String scopeId) {
        return new GrantFacts(
                uuid("grant-" + type + scopeId),
                "Role",
                type,
                scopeId,
                Set.of(ACTION, "customer.update"),
                NOW.minusSeconds(86_400),
                null,
                false);
    }

    private static GrantFacts revoked(GrantFacts g) {
        return new GrantFacts(
                g.grantId(),
                g.roleName(),
                g.scopeType(),
                g.scopeId(),
                g.permissions(),
                g.validFrom(),
                g.validUntil(),
                true);
    }

    private static GrantFacts startingTomorrow(GrantFacts g) {
        return new GrantFacts(
                g.grantId(),
                g.roleName(),
                g.scopeType(),
                g.scopeId(),
                g.permissions(),
                NOW.plusSeconds(86_400),
                null,
                false);
    }

    private static GrantFacts endedYesterday(GrantFacts g) {
        return new GrantFacts(
                g.grantId(),
                g.roleName(),
                g.scopeType(),
                g.scopeId(),
                g.permissions(),
                g.validFrom(),
                NOW.minusSeconds(3_600),
                false);
    }

    private static GrantFacts withoutTheAction(GrantFacts g) {
        return new GrantFacts(
                g.grantId(),
                g.roleName(),
                g.scopeType(),
                g.scopeId(),
                Set.of("customer.update"),
                g.validFrom(),
                null,
                false);
    }

    private static RulePack pack(
            String code,
            RulePack.Consent marketing,
            RulePack.SaleSharing saleSharing,
            boolean gpc,
            RulePack.CrossBorder crossBorder) {
        return new RulePack(
                code,
                code,
                "1",
                "test law",
                LocalDate.of(2020, 1, 1),
                List.of("XX"),
                marketing,
                marketing,
                saleSharing,
                gpc,
                RulePack.SensitiveConsent.EXPLICIT,
                List.of(),
                16,
                Map.of(),
                30,
                60,
                null,
                null,
                Map.of(),
                List.of(),
                72,
                crossBorder,
                List.of(),
                null,
                false,
                null,
                false,
                List.of(),
                List.of());
    }

    private static String uuid(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
    }
}
