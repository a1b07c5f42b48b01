package io.custos.app.demo;

import io.custos.consent.ledger.ConsentSource;
import io.custos.consent.ledger.ConsentState;
import io.custos.consent.ledger.Consents;
import io.custos.consent.ledger.NewConsent;
import io.custos.customers.customer.CustomerChanges;
import io.custos.customers.customer.CustomerCreation;
import io.custos.customers.customer.CustomerViews;
import io.custos.customers.customer.NewCustomer;
import io.custos.customers.customer.SensitiveAttributes;
import io.custos.platform.access.GateOutcome;
import io.custos.platform.config.ConfigNode;
import io.custos.platform.json.Json;
import io.custos.platform.problem.Forbidden;
import io.custos.platform.security.Caller;
import io.custos.platform.security.PermissionCheck;
import io.custos.platform.tenancy.TenantId;
import io.custos.platform.tenancy.TenantScope;
import io.custos.regions.api.StoreDirectory;
import io.custos.tenants.api.DemoTenantOnboarded;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Fills the demo tenant, right after it was onboarded, with what makes every console screen show
 * something: customers in all eight markets, staff with varied grants and training, privacy
 * requests, an access review and refused reads. Lives in {@code app} because it drives the use cases
 * of every module (the same service calls the REST resources make, with the same permission checks
 * first), which no domain module may do. Demo mode only: in production the tenant stays bare.
 */
@ApplicationScoped
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());
    static final int DEFAULT_CUSTOMERS = 360;

    /** Who sells in each store (creates its customers) and who manages it (owns some of them). */
    static final Map<String, String> CLERKS = Map.of(
            "BER-MITTE", "jonas.becker",
            "PAR-MARAIS", "hugo.lefebvre",
            "LON-SOHO", "olivia.hughes",
            "SFO-UNION", "maria.garcia",
            "SAO-PAULISTA", "lucas.oliveira",
            "SHA-NANJING", "chen.jie",
            "SIN-ORCHARD", "priya.nair",
            "TYO-GINZA", "haruto.sato");

    static final Map<String, String> MANAGERS = Map.of(
            "BER-MITTE", "lena.weber",
            "PAR-MARAIS", "camille.martin",
            "LON-SOHO", "olivia.hughes",
            "SFO-UNION", "daniel.costa",
            "SAO-PAULISTA", "daniel.costa",
            "SHA-NANJING", "wei.zhang",
            "SIN-ORCHARD", "wei.zhang",
            "TYO-GINZA", "wei.zhang");

    /** A read someone tries; {@code refusedBy} names the gate that refuses it, null for an allowed read. */
    record Attempt(String username, String storeCode, int customer, String refusedBy) {}

    static final List<Attempt> READS = List.of(
            new Attempt("jonas.becker", "BER-MITTE", 1, null),
            new Attempt("jonas.becker", "BER-MITTE", 2, null),
            new Attempt("lena.weber", "BER-MITTE", 1, null),
            new Attempt("hugo.lefebvre", "PAR-MARAIS", 1, null),
            new Attempt("maria.garcia", "SFO-UNION", 2, null),
            new Attempt("haruto.sato", "TYO-GINZA", 1, null),
            new Attempt("chen.jie", "SHA-NANJING", 1, null),
            new Attempt("nora.lindqvist", "PAR-MARAIS", 2, null),
            // outside the clerk's store
            new Attempt("jonas.becker", "PAR-MARAIS", 3, GateOutcome.GRANT),
            // the London cover was revoked
            new Attempt("hugo.lefebvre", "LON-SOHO", 2, GateOutcome.GRANT),
            // an analyst sees aggregates only
            new Attempt("ana.souza", "BER-MITTE", 3, GateOutcome.GRANT),
            // the Berlin team advisor beyond her team's customers
            new Attempt("mia.schulz", "PAR-MARAIS", 4, GateOutcome.GRANT),
            // failed the quiz, and one who has not taken it
            new Attempt("olivia.hughes", "LON-SOHO", 1, GateOutcome.TRAINING),
            new Attempt("lucas.oliveira", "SAO-PAULISTA", 1, GateOutcome.TRAINING),
            // Japanese data read from Berlin without the customer's consent to the transfer
            new Attempt("nora.lindqvist", "TYO-GINZA", 2, GateOutcome.RESIDENCY));

    @Inject
    @ConfigProperty(name = "custos.mode", defaultValue = "demo")
    String mode;

    @Inject
    InTransaction transaction;

    @Inject
    Endpoint endpoint;

    @Inject
    StoreDirectory stores;

    @Inject
    DemoStaff staff;

    @Inject
    DemoCaseWork caseWork;

    @Inject
    SensitiveAttributes sensitiveAttributes;

    @Inject
    CustomerCreation creation;

    @Inject
    CustomerChanges changes;

    @Inject
    CustomerViews views;

    @Inject
    Consents consents;

    @Inject
    Clock clock;

    /**
     * Outside the start-up's transaction: each use case commits on its own as an API request would,
     * and a refused read rolls back only itself.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    void seed(@Observes DemoTenantOnboarded onboarded) {
        if (!"demo".equals(mode)) {
            LOG.info(() -> "demo data not seeded into '" + onboarded.slug() + "': custos.mode is " + mode);
            return;
        }
        Optional<Settings> asked = Settings.of(onboarded.document());
        if (asked.isEmpty()) {
            LOG.info(() -> "demo data not seeded into '" + onboarded.slug() + "': its file has no demoData section");
            return;
        }
        Settings settings = asked.get();
        long started = System.nanoTime();
        String summary = TenantScope.supply(onboarded.tenantId(), () -> fill(onboarded, settings));
        LOG.info(() -> String.format(
                "demo data seeded into '%s' in %.1f s: %s",
                onboarded.slug(), (System.nanoTime() - started) / 1e9, summary));
    }

    private String fill(DemoTenantOnboarded onboarded, Settings settings) {
        Caller admin = Caller.staff(onboarded.adminStaffId(), onboarded.tenantId(), Set.of("pwd", Caller.OTP), null);
        Demo demo = transaction.call(() -> {
            Map<String, String> storeIds = new HashMap<>();
            Map<String, String> regionIds = new HashMap<>();
            stores.stores().forEach(s -> {
                storeIds.put(s.code(), s.id());
                regionIds.put(s.regionCode(), s.regionId());
            });
            return new Demo(onboarded.tenantId(), admin, storeIds, regionIds);
        });
        endpoint.require(admin, "tenant.manage");
        sensitiveAttributes.declare(admin, DemoCustomers.SENSITIVE_ATTRIBUTES);
        int grants = staff.seed(demo, settings.staffPassword());
        staff.train(demo);
        int consentEvents = 0;
        List<DemoCustomers.Planned> plan =
                DemoCustomers.plan(settings.customers(), LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
        for (String store : CLERKS.keySet().stream().sorted().toList()) {
            List<DemoCustomers.Planned> ofStore =
                    plan.stream().filter(p -> p.storeCode().equals(store)).toList();
            Map<String, Map<String, String>> sensitive = new java.util.LinkedHashMap<>();
            consentEvents += transaction.call(() -> create(demo, store, ofStore, sensitive));
            // transactions of their own: recording a consent moves the customer's row (its last
            // activity), so the notes are written to rows read afresh
            consentEvents += transaction.call(() -> consentToSensitive(demo, store, sensitive.keySet()));
            transaction.call(() -> addSensitive(demo, store, sensitive));
        }
        int refused = tryReads(demo);
        int requests = caseWork.requests(demo);
        int reviewItems = caseWork.review(demo);
        return String.format(
                "%d customers in %d stores, %d consent events, %d staff besides the admin with %d grants (1 revoked), %d privacy"
                        + " requests, an access review of %d grants, %d refused reads",
                plan.size(), CLERKS.size(), consentEvents, demo.staffCount(), grants, requests, reviewItems, refused);
    }

    /** A store's customers and their consents, by the store's clerk; answers the consent events. */
    private int create(
            Demo demo,
            String store,
            List<DemoCustomers.Planned> planned,
            Map<String, Map<String, String>> sensitiveOf) {
        Caller clerk = demo.staff(CLERKS.get(store));
        endpoint.require(clerk, "consent.record", PermissionCheck.Reach.ANY_SCOPE);
        List<String> ids = new ArrayList<>(planned.size());
        int events = 0;
        for (DemoCustomers.Planned customer : planned) {
            String id = creation.create(
                            clerk,
                            new NewCustomer(
                                    demo.store(store),
                                    customer.givenName(),
                                    customer.familyName(),
                                    customer.email(),
                                    customer.phone(),
                                    customer.birthDate(),
                                    customer.country(),
                                    customer.subdivision(),
                                    switch (customer.owner()) {
                                        case MANAGER -> demo.staffId(MANAGERS.get(store));
                                        case TEAM -> demo.staffId("mia.schulz");
                                        case CLERK -> null;
                                    },
                                    customer.owner() == DemoCustomers.Owner.TEAM ? demo.teamId() : null,
                                    customer.lifetimeValue(),
                                    customer.loyaltyPoints(),
                                    customer.purchaseCount(),
                                    customer.lastPurchaseOn(),
                                    notSensitive(customer.attributes())))
                    .id();
            ids.add(id);
            for (DemoCustomers.Consent consent : customer.consents()) {
                consents.record(
                        clerk,
                        id,
                        new NewConsent(
                                consent.purpose(),
                                ConsentState.valueOf(consent.state()),
                                ConsentSource.valueOf(consent.source()),
                                DemoCustomers.policyVersion(),
                                consent.evidence(),
                                null));
                events++;
            }
            Map<String, String> sensitive = new java.util.LinkedHashMap<>(customer.attributes());
            sensitive.keySet().retainAll(DemoCustomers.SENSITIVE_ATTRIBUTES);
            if (!sensitive.isEmpty()) {
                sensitiveOf.put(id, sensitive);
            }
        }
        demo.customersMade(store, ids);
        return events;
    }

    /**
     * Consent to health and accessibility notes, given before the notes: where a pack asks for
     * explicit consent to sensitive data, it comes first. Answers the consent events.
     */
    private int consentToSensitive(Demo demo, String store, java.util.Set<String> customerIds) {
        Caller clerk = demo.staff(CLERKS.get(store));
        customerIds.forEach(id -> consents.record(
                clerk,
                id,
                new NewConsent(
                        "SENSITIVE_DATA",
                        ConsentState.GRANTED,
                        ConsentSource.POS,
                        DemoCustomers.policyVersion(),
                        evidenceOfSensitiveConsent(),
                        null)));
        return customerIds.size();
    }

    /** The notes belong to the customer's creation at the till: written under the clerk's customer.create. */
    private int addSensitive(Demo demo, String store, Map<String, Map<String, String>> sensitiveOf) {
        Caller clerk = demo.staff(CLERKS.get(store));
        sensitiveOf.forEach((id, sensitive) ->
                changes.rectify(clerk, id, "customer.create", Json.object(Map.of("attributes", sensitive))));
        return sensitiveOf.size();
    }

    private static Map<String, String> notSensitive(Map<String, String> attributes) {
        Map<String, String> kept = new java.util.LinkedHashMap<>(attributes);
        kept.keySet().removeAll(DemoCustomers.SENSITIVE_ATTRIBUTES);
        return kept;
    }

    private static String evidenceOfSensitiveConsent() {
        return "signed consent form at the till for the health and accessibility notes";
    }

    /** Reads as staff would make them, each a request of its own; answers how many were refused. */
    private int tryReads(Demo demo) {
        int refused = 0;
        for (Attempt attempt : READS) {
            String outcome;
            try {
                views.read(demo.staff(attempt.username()), demo.customerIn(attempt.storeCode(), attempt.customer()));
                outcome = null;
            } catch (Forbidden refusal) {
                outcome = refusal.gate();
                refused++;
            }
            if (!Objects.equals(outcome, attempt.refusedBy())) {
                throw new IllegalStateException("demo data: " + attempt + " was decided by gate " + outcome);
            }
        }
        return refused;
    }

    /** The {@code demoData} section of the demo file. */
    record Settings(int customers, String staffPassword) {
        static Optional<Settings> of(ConfigNode document) {
            Optional<ConfigNode> present = document.field("demoData");
            if (present.isEmpty()) {
                return Optional.empty();
            }
            ConfigNode section = present.get();
            section.allowing("customers", "staffPassword");
            int count = section.optionalText("customers").map(Integer::parseInt).orElse(DEFAULT_CUSTOMERS);
            if (count < CLERKS.size() * 5 || count > 5000) {
                throw section.error("customers", "must be from " + CLERKS.size() * 5 + " to 5000");
            }
            return Optional.of(new Settings(count, section.text("staffPassword")));
        }
    }

    /** What the steps share: the tenant's places, and the people and customers made so far. */
    static final class Demo {
        private final TenantId tenant;
        private final Caller admin;
        private final Map<String, String> stores;
        private final Map<String, String> regions;
        private final Map<String, String> staffIds = new HashMap<>();
        private final Map<String, List<String>> customers = new HashMap<>();
        private String teamId;

        Demo(TenantId tenant, Caller admin, Map<String, String> stores, Map<String, String> regions) {
            this.tenant = tenant;
            this.admin = admin;
            this.stores = stores;
            this.regions = regions;
        }

        Caller admin() {
            return admin;
        }

        String store(String code) {
            return required(stores, code, "store");
        }

        String region(String code) {
            return required(regions, code, "region");
        }

        void staffMade(String username, String id) {
            staffIds.put(username, id);
        }

        int staffCount() {
            return staffIds.size();
        }

        String staffId(String username) {
            return required(staffIds, username, "staff member");
        }

        Caller staff(String username) {
            return Caller.staff(staffId(username), tenant, Set.of("pwd"), null);
        }

        void teamMade(String id) {
            teamId = id;
        }

        String teamId() {
            return teamId;
        }

        void customersMade(String store, List<String> ids) {
            customers.put(store, List.copyOf(ids));
        }

        String customerIn(String store, int index) {
            return customers.get(store).get(index);
        }

        private static String required(Map<String, String> ids, String key, String what) {
            String id = ids.get(key);
            if (id == null) {
                throw new IllegalStateException("the demo tenant has no " + what + " " + key);
            }
            return id;
        }
    }
}
