package io.custos.tenants.demo;

import io.custos.platform.events.SchemaMigrated;
import io.custos.platform.problem.InvalidInput;
import io.custos.tenants.onboarding.NewTenant;
import io.custos.tenants.onboarding.Onboarding;
import io.custos.tenants.onboarding.SlugTaken;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Onboards the store chain described by {@code CUSTOS_DEMO_TENANT} once the schema is ready,
 * unless its slug exists already. A file that is not a valid tenant stops the start-up with the
 * reason, rather than leaving a half-made demo.
 */
@ApplicationScoped
public class DemoTenant {

    private static final Logger LOG = Logger.getLogger(DemoTenant.class.getName());

    @Inject
    @ConfigProperty(name = "custos.demo-tenant")
    Optional<String> file;

    @Inject
    Onboarding onboarding;

    @Inject
    Validator validator;

    void load(@Observes SchemaMigrated schemaReady) {
        if (file.isEmpty() || file.get().isBlank()) {
            return;
        }
        Path path = Path.of(file.get());
        NewTenant tenant = read(path);
        Set<ConstraintViolation<NewTenant>> violations = validator.validate(tenant);
        if (!violations.isEmpty()) {
            throw new IllegalStateException(path + " is not a valid demo tenant: "
                    + violations.stream()
                            .map(v -> v.getPropertyPath() + " " + v.getMessage())
                            .sorted()
                            .collect(Collectors.joining("; ")));
        }
        try {
            onboarding.onboard(tenant);
            LOG.info(() -> "demo tenant '" + tenant.slug() + "' onboarded from " + path);
        } catch (SlugTaken exists) {
            LOG.info(() -> "demo tenant '" + tenant.slug() + "' exists already; " + path + " not applied");
        } catch (InvalidInput invalid) {
            throw new IllegalStateException(path + " is not a valid demo tenant: " + invalid.getMessage(), invalid);
        }
    }

    static NewTenant read(Path path) {
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            Map<String, Object> yaml = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
            Map<String, Object> tenant = section(yaml, "tenant", path);
            Map<String, Object> admin = section(yaml, "admin", path);
            return new NewTenant(
                    text(tenant, "slug"),
                    text(tenant, "name"),
                    text(tenant, "headquartersCountry"),
                    new NewTenant.Admin(text(admin, "username"), text(admin, "email"), text(admin, "password")));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the demo tenant " + path, e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> section(Map<String, Object> yaml, String name, Path path) {
        if (yaml == null || !(yaml.get(name) instanceof Map<?, ?> section)) {
            throw new IllegalStateException(path + " has no '" + name + "' section");
        }
        return (Map<String, Object>) section;
    }

    private static String text(Map<String, Object> section, String key) {
        Object value = section.get(key);
        return value == null ? null : value.toString();
    }
}
