package io.custos.tenants.settings;

import io.custos.platform.config.ConfigError;
import io.custos.platform.config.ConfigNode;
import io.custos.platform.config.TenantConfigSection;
import io.custos.platform.json.Json;
import io.custos.platform.problem.InvalidInput;
import io.custos.platform.problem.Problem;
import io.custos.platform.security.Caller;
import io.custos.tenants.api.TenantSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code settings: {training: {graceDays: 14}}}: the keys named take the values given (null: the
 * default), the others stay as they are, through the same audited update as the API's.
 */
@ApplicationScoped
public class SettingsSection implements TenantConfigSection {

    @Inject
    SettingsUpdate update;

    @Override
    public String key() {
        return "settings";
    }

    /** First: what later sections do may depend on a setting. */
    @Override
    public int order() {
        return 5;
    }

    @Override
    public List<Change> apply(Caller caller, ConfigNode section) {
        if (!section.isMapping()) {
            throw section.error("must be a mapping of setting groups (training, mfa, privacy, reviews)");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> patch = (Map<String, Object>) plain(section, TenantSettings.class);
        List<Problem.FieldError> refused;
        try {
            return update
                    .merge(caller, Json.provider().createObjectBuilder(patch).build())
                    .stream()
                    .map(changed -> new Change(key(), "set", changed))
                    .toList();
        } catch (InvalidInput invalid) {
            refused = invalid.errors();
        } catch (SettingsOutOfBounds outOfBounds) {
            refused = outOfBounds.errors();
        }
        throw at(section, refused.get(0));
    }

    /** The section as plain values; an enum key as written (YAML 1.1 reads a bare {@code OFF} as false). */
    private static Object plain(ConfigNode node, Class<?> type) {
        if (type != null && type.isRecord() && node.isMapping()) {
            Map<String, Class<?>> keys = new LinkedHashMap<>();
            Arrays.stream(type.getRecordComponents()).forEach(c -> keys.put(c.getName(), c.getType()));
            Map<String, Object> values = new LinkedHashMap<>();
            node.fields().forEach((name, value) -> values.put(name, plain(value, keys.get(name))));
            return values;
        }
        Object value = node.plain();
        return type != null && type.isEnum() && value instanceof Boolean ? node.text() : value;
    }

    /** The error at the node its field names; map keys (permission names) may hold dots. */
    private static ConfigError at(ConfigNode section, Problem.FieldError error) {
        ConfigNode node = section;
        String rest = error.field();
        while (!rest.isEmpty() && node.isMapping()) {
            String remaining = rest;
            Optional<String> name = node.fields().keySet().stream()
                    .filter(field -> remaining.equals(field) || remaining.startsWith(field + "."))
                    .max(Comparator.comparingInt(String::length));
            if (name.isEmpty()) {
                break;
            }
            node = node.field(name.get()).orElseThrow();
            rest = rest.equals(name.get()) ? "" : rest.substring(name.get().length() + 1);
        }
        return rest.isEmpty() || !node.isMapping() ? node.error(error.message()) : node.error(rest, error.message());
    }
}
