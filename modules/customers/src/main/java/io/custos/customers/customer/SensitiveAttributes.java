package io.custos.customers.customer;

import io.custos.customers.api.SensitiveAttributesDeclared;
import io.custos.customers.datakey.FieldCipher;
import io.custos.platform.id.Ids;
import io.custos.platform.json.Json;
import io.custos.platform.problem.InvalidInput;
import io.custos.platform.security.Caller;
import io.custos.platform.tenancy.TenantData;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Attributes the tenant declares SENSITIVE ("allergies", "clothingSize"…): their values are kept
 * apart from the plain attributes, sealed under the customer's key, and shown only with
 * customer.read.sensitive; otherwise the answer names them in {@code masked}.
 */
@ApplicationScoped
public class SensitiveAttributes {

    static final Pattern NAME = Pattern.compile("^[A-Za-z][A-Za-z0-9_.-]{0,63}$");
    static final String FIELD = "attributes";
    private static final Object NAMES_IN_TRANSACTION = new Object();

    @Inject
    TenantData data;

    @Inject
    FieldCipher cipher;

    @Inject
    Clock clock;

    @Inject
    Event<SensitiveAttributesDeclared> declared;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Inject
    io.custos.regions.api.RulePacks packs;

    @Inject
    io.custos.platform.access.AccessDecisions decisions;

    /** The consent module's purpose for sensitive data, which a pack's EXPLICIT sensitiveDataConsent asks for. */
    static final String CONSENT_PURPOSE = "SENSITIVE_DATA";

    /** The declared names, read once per transaction (a list views many customers). */
    @SuppressWarnings("unchecked")
    public Set<String> names() {
        Object cached =
                transactions.getTransactionKey() == null ? null : transactions.getResource(NAMES_IN_TRANSACTION);
        if (cached != null) {
            return (Set<String>) cached;
        }
        Set<String> names = Set.copyOf(data.em()
                .createQuery("SELECT a.name FROM SensitiveAttribute a", String.class)
                .getResultList());
        if (transactions.getTransactionKey() != null) {
            transactions.putResource(NAMES_IN_TRANSACTION, names);
        }
        return names;
    }

    /** Replaces the declared names and re-seals every customer's attributes by them, in pages. */
    @Transactional
    public List<String> declare(Caller caller, List<String> requested) {
        Set<String> names = new TreeSet<>();
        for (int i = 0; i < requested.size(); i++) {
            String name = requested.get(i);
            if (name == null || !NAME.matcher(name).matches()) {
                throw new InvalidInput(
                        "items[" + i + "]", "must be an attribute name: a letter, then letters, digits, _ . -");
            }
            names.add(name);
        }
        data.em().createQuery("DELETE FROM SensitiveAttribute a").executeUpdate();
        Instant now = clock.instant();
        names.forEach(name -> data.em().persist(new SensitiveAttribute(Ids.newId(), name, now)));
        data.em().flush();
        transactions.putResource(NAMES_IN_TRANSACTION, Set.copyOf(names));
        int resealed = 0;
        String after = "";
        List<Customer> page = describedAfter(after);
        while (!page.isEmpty()) {
            for (Customer customer : page) {
                Map<String, String> all = new LinkedHashMap<>(plain(customer));
                all.putAll(hidden(customer));
                store(customer, all, names);
                resealed++;
            }
            after = page.get(page.size() - 1).id();
            data.em().flush();
            data.em().clear();
            page = describedAfter(after);
        }
        List<String> result = List.copyOf(names);
        declared.fire(new SensitiveAttributesDeclared(
                caller.tenantId(), caller.staffId(), caller.tenantId().value(), result, resealed, now));
        return result;
    }

    private List<Customer> describedAfter(String after) {
        return data.em()
                .createQuery(
                        "SELECT c FROM Customer c WHERE (c.attributes IS NOT NULL OR c.sealedAttributes IS NOT NULL)"
                                + " AND c.customerKey IS NOT NULL AND c.id > :after ORDER BY c.id",
                        Customer.class)
                .setParameter("after", after)
                .setMaxResults(DataKeyRotation.PAGE)
                .getResultList();
    }

    static final int MAX_ATTRIBUTES = 50;
    static final int MAX_VALUE = 1000;

    /** Refuses (400) attributes that would not fit: too many, a bad name or too long a value. */
    static void check(Map<String, String> attributes) {
        if (attributes.size() > MAX_ATTRIBUTES) {
            throw new InvalidInput(FIELD, "holds at most " + MAX_ATTRIBUTES + " attributes");
        }
        attributes.forEach((name, value) -> {
            if (!NAME.matcher(name).matches()) {
                throw new InvalidInput(
                        FIELD + "." + name, "is not an attribute name: a letter, then letters, digits, _ . -");
            }
            if (value == null || value.length() > MAX_VALUE) {
                throw new InvalidInput(FIELD + "." + name, "must be a string of at most " + MAX_VALUE + " characters");
            }
        });
    }

    /**
     * Refuses (422) writing a value of a declared sensitive attribute for a customer whose pack
     * needs explicit consent to sensitive data, unless they granted {@value #CONSENT_PURPOSE};
     * removing a value needs none. Values declared sensitive after they were written stay.
     */
    void requireConsentToWrite(Customer customer, java.util.Collection<String> written) {
        Set<String> names = names();
        List<String> sensitive =
                written.stream().filter(names::contains).sorted().toList();
        if (sensitive.isEmpty()) {
            return;
        }
        io.custos.regions.api.RulePack pack = packs.governing(customer.country(), customer.subdivision());
        if (pack.sensitiveDataConsent() == io.custos.regions.api.RulePack.SensitiveConsent.EXPLICIT
                && !decisions.consented(customer.id(), CONSENT_PURPOSE)) {
            throw new io.custos.platform.problem.Unprocessable(
                    "sensitive-data-consent-required",
                    "writing " + sensitive.stream().map(n -> FIELD + "." + n).toList() + " needs the customer's "
                            + CONSENT_PURPOSE + " consent under " + pack.code() + " (sensitive data: "
                            + pack.sensitiveDataConsent() + ")");
        }
    }

    /** Splits attributes into the plain and the sealed part by the declared names. */
    void store(Customer customer, Map<String, String> attributes, Set<String> names) {
        Map<String, String> plain = new LinkedHashMap<>();
        Map<String, String> hidden = new LinkedHashMap<>();
        attributes.forEach((k, v) -> (names.contains(k) ? hidden : plain).put(k, v));
        customer.describe(
                plain.isEmpty() ? null : Json.write(plain),
                hidden.isEmpty()
                        ? null
                        : cipher.seal(customer.id(), customer.customerKey(), FIELD, Json.write(hidden)));
    }

    /**
     * Applies an {@code attributes} merge patch (RFC 7396: a key set to null goes; null for the
     * whole object removes every attribute).
     */
    void patch(Customer customer, JsonValue patch) {
        Map<String, String> all = new LinkedHashMap<>();
        if (patch.getValueType() == JsonValue.ValueType.OBJECT) {
            all.putAll(plain(customer));
            all.putAll(hidden(customer));
            requireConsentToWrite(
                    customer,
                    ((JsonObject) patch)
                            .entrySet().stream()
                                    .filter(e -> e.getValue().getValueType() != JsonValue.ValueType.NULL)
                                    .map(Map.Entry::getKey)
                                    .toList());
            for (Map.Entry<String, JsonValue> entry : ((JsonObject) patch).entrySet()) {
                if (entry.getValue().getValueType() == JsonValue.ValueType.NULL) {
                    all.remove(entry.getKey());
                } else if (entry.getValue() instanceof JsonString text
                        && text.getString().length() <= 1000) {
                    all.put(entry.getKey(), text.getString());
                } else {
                    throw new InvalidInput(
                            "attributes." + entry.getKey(), "must be a string (at most 1000 characters) or null");
                }
            }
        } else if (patch.getValueType() != JsonValue.ValueType.NULL) {
            throw new InvalidInput(FIELD, "must be an object of strings or null");
        }
        check(all);
        store(customer, all, names());
    }

    /** Which attribute fields a patch of {@code attributes} touches that are SENSITIVE. */
    List<String> sensitiveIn(JsonValue patch) {
        Set<String> names = names();
        if (patch.getValueType() == JsonValue.ValueType.OBJECT) {
            return ((JsonObject) patch)
                    .keySet().stream()
                            .filter(names::contains)
                            .map(k -> FIELD + "." + k)
                            .toList();
        }
        return names.stream().sorted().map(k -> FIELD + "." + k).toList();
    }

    /** The attributes as the caller may see them, and the names masked for them. */
    Map<String, String> visible(Customer customer, boolean sensitive) {
        Map<String, String> shown = new LinkedHashMap<>(plain(customer));
        if (sensitive) {
            shown.putAll(hidden(customer));
        }
        return shown.isEmpty() ? null : shown;
    }

    List<String> masked() {
        return names().stream().sorted().map(k -> FIELD + "." + k).toList();
    }

    private static Map<String, String> plain(Customer customer) {
        return parse(customer.attributesJson());
    }

    private Map<String, String> hidden(Customer customer) {
        return customer.sealedAttributes() == null
                ? Map.of()
                : parse(cipher.open(customer.id(), customer.customerKey(), FIELD, customer.sealedAttributes()));
    }

    static Map<String, String> parse(String json) {
        Map<String, String> attributes = new LinkedHashMap<>();
        if (json == null) {
            return attributes;
        }
        try (var reader = Json.provider().createReader(new StringReader(json))) {
            reader.readObject()
                    .forEach((k, v) -> attributes.put(k, v instanceof JsonString s ? s.getString() : v.toString()));
        }
        return attributes;
    }
}
