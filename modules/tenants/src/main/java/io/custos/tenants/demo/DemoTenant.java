package io.custos.tenants.demo;

import io.custos.platform.config.ConfigNode;
import io.custos.platform.events.SchemaMigrated;
import io.custos.platform.security.Caller;
import io.custos.platform.tenancy.TenantId;
import io.custos.platform.tenancy.TenantScope;
import io.custos.tenants.api.DemoTenantOnboarded;
import io.custos.tenants.config.TenantConfiguration;
import io.custos.tenants.onboarding.NewTenant;
import io.custos.tenants.onboarding.Onboarding;
import io.custos.tenants.onboarding.TenantRegistry;
import io.custos.tenants.onboarding.TenantView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Onboards the store chain described by {@code CUSTOS_DEMO_TENANT} once the schema is ready,
 * unless its slug exists already: its {@code tenant} and {@code admin} sections onboard it, the
 * other sections (regions, stores, roles, staff, ruleOverrides) are applied as its admin, all in
 * one transaction. A file that is not a valid tenant stops the start-up with the reason. Once that
 * transaction committed it announces {@link DemoTenantOnboarded}, which the demo-data step observes
 * (its {@code demoData} section is the step's, not a tenant-config section).
 */
@ApplicationScoped
public class DemoTenant {

    private static final Logger LOG = Logger.getLogger(DemoTenant.class.getName());
    /** Sections of the demo file that are no tenant configuration: onboarding's and the demo data's. */
    private static final List<String> NOT_CONFIGURATION = List.of("tenant", "admin", "demoData");

    @Inject
    @ConfigProperty(name = "custos.demo-tenant")
    Optional<String> file;

    @Inject
    Validator validator;

    @Inject
    Setup setup;

    @Inject
    Event<DemoTenantOnboarded> onboarded;

    void load(@Observes SchemaMigrated schemaReady) {
        if (file.isEmpty() || file.get().isBlank()) {
            return;
        }
        Path path = Path.of(file.get());
        Document demo = read(path);
        NewTenant tenant = demo.tenant();
        Set<ConstraintViolation<NewTenant>> violations = validator.validate(tenant);
        if (!violations.isEmpty()) {
            throw new IllegalStateException(path + " is not a valid demo tenant: "
                    + violations.stream()
                            .map(v -> v.getPropertyPath() + " " + v.getMessage())
                            .sorted()
                            .collect(Collectors.joining("; ")));
        }
        Optional<TenantView> created = setup.onboardUnlessPresent(demo);
        if (created.isEmpty()) {
            LOG.info(() -> "demo tenant '" + tenant.slug() + "' exists already; " + path + " not applied");
            return;
        }
        LOG.info(() -> "demo tenant '" + tenant.slug() + "' onboarded and configured from " + path);
        onboarded.fire(new DemoTenantOnboarded(
                new TenantId(created.get().id()),
                tenant.slug(),
                created.get().admin().id(),
                demo.document()));
    }

    /**
     * Onboarding and configuration in one transaction: a failing section leaves no half tenant. A
     * new one, not the start-up's: it has committed when {@link DemoTenantOnboarded} is announced.
     */
    @ApplicationScoped
    public static class Setup {

        @Inject
        Onboarding onboarding;

        @Inject
        TenantRegistry registry;

        @Inject
        TenantConfiguration configuration;

        @Transactional(Transactional.TxType.REQUIRES_NEW)
        public Optional<TenantView> onboardUnlessPresent(Document demo) {
            if (registry.findActiveBySlug(demo.tenant().slug()).isPresent()) {
                return Optional.empty();
            }
            TenantView created = onboarding.onboard(demo.tenant());
            TenantId id = new TenantId(created.id());
            Caller admin = Caller.staff(created.admin().id(), id, Set.of("pwd", Caller.OTP), null);
            TenantScope.run(id, () -> configuration.apply(admin, demo.document(), NOT_CONFIGURATION, false));
            return Optional.of(created);
        }
    }

    static Document read(Path path) {
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            ConfigNode document = ConfigNode.parse(reader);
            ConfigNode tenant = document.field("tenant").orElseThrow(() -> document.error("tenant", "is required"));
            ConfigNode admin = document.field("admin").orElseThrow(() -> document.error("admin", "is required"));
            return new Document(
                    new NewTenant(
                            tenant.text("slug"),
                            tenant.text("name"),
                            tenant.text("headquartersCountry"),
                            new NewTenant.Admin(admin.text("username"), admin.text("email"), admin.text("password"))),
                    document);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the demo tenant " + path, e);
        }
    }

    /** The onboarding part of the demo file and the whole document. */
    public record Document(NewTenant tenant, ConfigNode document) {}
}
