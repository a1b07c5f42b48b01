package io.custos.customers.customer;

import io.custos.customers.access.CustomerAccess;
import io.custos.customers.api.CustomerProfile;
import io.custos.customers.api.CustomerRecords;
import io.custos.customers.api.CustomerSelection;
import io.custos.customers.api.CustomersListed;
import io.custos.customers.api.CustomersReassigned;
import io.custos.customers.api.DataKeyRotated;
import io.custos.customers.api.DeletedCustomersPurged;
import io.custos.customers.datakey.FieldCipher;
import io.custos.platform.access.AccessDecisions;
import io.custos.platform.access.CustomerFacts;
import io.custos.platform.access.ListLimits;
import io.custos.platform.access.Subject;
import io.custos.platform.approval.FourEyes;
import io.custos.platform.geo.Countries;
import io.custos.platform.id.Ids;
import io.custos.platform.paging.Page;
import io.custos.platform.paging.PageRequest;
import io.custos.platform.people.People;
import io.custos.platform.places.StoreDirectory;
import io.custos.platform.problem.InvalidInput;
import io.custos.platform.problem.NotFound;
import io.custos.platform.problem.Unprocessable;
import io.custos.platform.security.Caller;
import io.custos.platform.tenancy.TenantData;
import io.custos.platform.tenancy.TenantId;
import io.custos.platform.tenancy.TenantScope;
import io.custos.platform.versioning.Versions;
import io.custos.regions.api.RulePack;
import io.custos.regions.api.RulePacks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Customers of the bound tenant. Every single-record use goes through the access decision; lists
 * put the caller's reach into the SQL, so records outside it are never loaded.
 */
@ApplicationScoped
public class Customers {

    static final String READ = "customer.read";
    static final String READ_SENSITIVE = "customer.read.sensitive";
    static final List<String> VISIBLE = List.of(
            "givenName",
            "familyName",
            "country",
            "subdivision",
            "storeId",
            "ownerId",
            "teamId",
            "email",
            "phone",
            "attributes");
    static final java.util.Set<String> PATCHABLE = java.util.Set.of(
            "givenName",
            "familyName",
            "email",
            "phone",
            "attributes",
            "birthDate",
            "lifetimeValue",
            "loyaltyPoints",
            "purchaseCount",
            "lastPurchaseOn");
    /** FINANCIAL: the purchase summary. */
    static final List<String> FINANCIAL = List.of("lifetimeValue", "loyaltyPoints", "purchaseCount", "lastPurchaseOn");

    static final List<String> PROTECTED = java.util.stream.Stream.concat(
                    java.util.stream.Stream.of("birthDate"), FINANCIAL.stream())
            .toList();
    static final int ROTATION_PAGE = 1000;

    /** The four-eyes action a tenant may hold: rotating its data key. */
    static final String DATA_KEY_ROTATION = "DATA_KEY_ROTATION";

    static final List<String> ALL_FIELDS =
            java.util.stream.Stream.concat(VISIBLE.stream(), PROTECTED.stream()).toList();

    @Inject
    TenantData data;

    @Inject
    FourEyes fourEyes;

    @Inject
    CustomerAccess access;

    @Inject
    AccessDecisions decisions;

    @Inject
    FieldCipher cipher;

    @Inject
    StoreDirectory stores;

    @Inject
    People people;

    @Inject
    RulePacks packs;

    @Inject
    SensitiveAttributes sensitiveAttributes;

    @Inject
    Clock clock;

    @Inject
    jakarta.enterprise.event.Event<CustomerProfile> profiles;

    @Inject
    jakarta.enterprise.event.Event<DataKeyRotated> rotations;

    @Inject
    jakarta.enterprise.event.Event<DeletedCustomersPurged> purged;

    @Inject
    jakarta.enterprise.event.Event<io.custos.customers.api.InactiveCustomersErased> retentionErased;

    @Inject
    jakarta.enterprise.event.Event<CustomersReassigned> reassigned;

    @Inject
    jakarta.enterprise.event.Event<CustomersListed> listed;

    @Transactional
    public CustomerView create(Caller caller, NewCustomer request) {
        if (!Countries.isAlpha2(request.country())) {
            throw new InvalidInput("country", "is not an ISO 3166-1 alpha-2 country code");
        }
        StoreDirectory.StoreFacts store = stores.store(request.storeId())
                .orElseThrow(() -> new InvalidInput("storeId", "no such store in this tenant"));
        String owner = request.ownerId() == null ? caller.staffId() : request.ownerId();
        if (!people.isActiveStaff(owner)) {
            throw new InvalidInput("ownerId", "no such active staff member");
        }
        if (request.teamId() != null && !people.teamExists(request.teamId())) {
            throw new InvalidInput("teamId", "no such team");
        }
        if (request.lifetimeValue() != null) {
            amount("lifetimeValue", request.lifetimeValue());
        }
        if (request.loyaltyPoints() != null && request.loyaltyPoints() < 0) {
            throw new InvalidInput("loyaltyPoints", "must not be negative");
        }
        if (request.purchaseCount() != null && request.purchaseCount() < 0) {
            throw new InvalidInput("purchaseCount", "must not be negative");
        }
        if (request.attributes() != null) {
            SensitiveAttributes.check(request.attributes());
        }
        Instant now = clock.instant();
        Customer customer = new Customer(
                Ids.newId(),
                new Customer.Place(
                        store.id(),
                        store.regionId(),
                        request.country(),
                        request.subdivision(),
                        packs.governing(request.country(), request.subdivision())
                                .code()),
                new Customer.Ownership(owner, request.teamId()),
                new Customer.Identity(
                        request.givenName(), request.familyName(), request.email(), request.phone(), null),
                now);
        access.require(caller, "customer.create", customer.facts(caller.tenantId()), VISIBLE);
        customer.keyWith(cipher.newCustomerKey(customer.id()));
        Map<String, String> attributes = request.attributes() == null ? Map.of() : request.attributes();
        sensitiveAttributes.requireConsentToWrite(customer, attributes.keySet());
        sensitiveAttributes.store(customer, attributes, sensitiveAttributes.names());
        customer.seal(
                cipher.seal(
                        customer.id(),
                        customer.customerKey(),
                        "birthDate",
                        request.birthDate() == null ? null : request.birthDate().toString()),
                request.birthDate() == null ? null : request.birthDate().getYear(),
                cipher.seal(
                        customer.id(),
                        customer.customerKey(),
                        "lifetimeValue",
                        request.lifetimeValue() == null
                                ? null
                                : request.lifetimeValue().toPlainString()),
                cipher.seal(
                        customer.id(),
                        customer.customerKey(),
                        "loyaltyPoints",
                        request.loyaltyPoints() == null
                                ? null
                                : request.loyaltyPoints().toString()));
        customer.sealFinancial(
                "purchaseCount",
                cipher.seal(
                        customer.id(),
                        customer.customerKey(),
                        "purchaseCount",
                        request.purchaseCount() == null
                                ? null
                                : request.purchaseCount().toString()));
        customer.sealFinancial(
                "lastPurchaseOn",
                cipher.seal(
                        customer.id(),
                        customer.customerKey(),
                        "lastPurchaseOn",
                        request.lastPurchaseOn() == null
                                ? null
                                : request.lastPurchaseOn().toString()));
        data.em().persist(customer);
        announce(caller, customer);
        return view(caller, customer, false);
    }

    /** The customer as the caller may see it; SENSITIVE and FINANCIAL only with customer.read.sensitive. */
    @Transactional
    public Read read(Caller caller, String id) {
        Customer customer = get(id);
        CustomerFacts facts = customer.facts(caller.tenantId());
        boolean sensitive = access.requireReleasing(caller, facts, READ, VISIBLE, READ_SENSITIVE, PROTECTED);
        return new Read(view(caller, customer, sensitive), customer.version());
    }

    /** A read customer and the version its ETag names. */
    public record Read(CustomerView view, long version) {}

    /**
     * A JSON merge patch of the plain fields and birthDate (If-Match required). Changing birthDate
     * needs customer.read.sensitive besides customer.update: nobody writes what they may not read.
     */
    @Transactional
    public Customer update(Caller caller, String id, String ifMatch, JsonObject patch) {
        Customer customer = get(id);
        Versions.requireMatch(ifMatch, customer.version());
        requirePatchable(patch);
        java.util.Map<String, List<String>> actions = new LinkedHashMap<>();
        actions.put("customer.update", List.copyOf(patch.keySet()));
        List<String> protectedFields = new java.util.ArrayList<>(
                PROTECTED.stream().filter(patch::containsKey).toList());
        if (patch.containsKey("attributes")) {
            protectedFields.addAll(sensitiveAttributes.sensitiveIn(patch.get("attributes")));
        }
        if (!protectedFields.isEmpty()) {
            actions.put(READ_SENSITIVE, protectedFields);
        }
        access.requireAll(caller, customer.facts(caller.tenantId()), actions);
        apply(caller, customer, patch);
        return customer;
    }

    /** A rectification the data subject asked for, under the handler's own action; no version check. */
    @Transactional
    public void rectify(Caller caller, String id, String action, JsonObject patch) {
        Customer customer = get(id);
        requirePatchable(patch);
        access.require(caller, action, customer.facts(caller.tenantId()), List.copyOf(patch.keySet()));
        apply(caller, customer, patch);
    }

    private static void requirePatchable(JsonObject patch) {
        for (String field : patch.keySet()) {
            if (!PATCHABLE.contains(field)) {
                throw new InvalidInput(field, "cannot be changed here; patchable: " + PATCHABLE);
            }
        }
    }

    private void apply(Caller caller, Customer customer, JsonObject patch) {
        if (patch.containsKey("birthDate")) {
            String birthDate = text(patch, "birthDate", false, 40);
            if (birthDate != null) {
                try {
                    java.time.LocalDate.parse(birthDate);
                } catch (java.time.format.DateTimeParseException e) {
                    throw new InvalidInput("birthDate", "must be a date such as 1990-04-01");
                }
            }
            customer.sealBirthDate(
                    cipher.seal(customer.id(), customer.customerKey(), "birthDate", birthDate),
                    birthDate == null
                            ? null
                            : java.time.LocalDate.parse(birthDate).getYear());
        }
        for (String field : FINANCIAL) {
            if (patch.containsKey(field)) {
                customer.sealFinancial(
                        field, cipher.seal(customer.id(), customer.customerKey(), field, financial(patch, field)));
                // a purchase summary changes with purchases: the customer was active
                customer.activeAt(clock.instant());
            }
        }
        if (patch.containsKey("givenName") || patch.containsKey("familyName")) {
            customer.rename(
                    patch.containsKey("givenName") ? text(patch, "givenName", true, 100) : customer.givenName(),
                    patch.containsKey("familyName") ? text(patch, "familyName", true, 100) : customer.familyName());
        }
        if (patch.containsKey("email") || patch.containsKey("phone")) {
            customer.contact(
                    patch.containsKey("email") ? text(patch, "email", false, 254) : customer.email(),
                    patch.containsKey("phone") ? phone(patch) : customer.phone());
        }
        if (patch.containsKey("attributes")) {
            sensitiveAttributes.patch(customer, patch.get("attributes"));
        }
        data.em().flush();
        announce(caller, customer);
    }

    /** Gives the customer to another active staff member (and team): customer.transfer. */
    @Transactional
    public Customer transfer(Caller caller, String id, Transfer request) {
        Customer customer = get(id);
        if (!people.isActiveStaff(request.ownerId())) {
            throw new InvalidInput("ownerId", "no such active staff member");
        }
        if (request.teamId() != null && !people.teamExists(request.teamId())) {
            throw new InvalidInput("teamId", "no such team");
        }
        access.require(caller, "customer.transfer", customer.facts(caller.tenantId()), List.of("ownerId", "teamId"));
        customer.transfer(request.ownerId(), request.teamId());
        data.em().flush();
        announce(caller, customer);
        return customer;
    }

    /** Most customers one reassignment moves: one transaction, one decision per customer. */
    static final int MAX_REASSIGNED = 5_000;

    /**
     * Gives every customer of one staff member (typically offboarded) to another active one and
     * optionally a team, all or none: customer.transfer is decided over each customer, and one
     * refusal leaves every customer with its owner.
     */
    @Transactional
    public Reassignment.Done reassign(Caller caller, Reassignment request) {
        if (request.fromStaffId().equals(request.toStaffId())) {
            throw new InvalidInput("toStaffId", "must not be fromStaffId");
        }
        if (!people.staffExists(request.fromStaffId())) {
            throw new InvalidInput("fromStaffId", "no such staff member");
        }
        if (!people.isActiveStaff(request.toStaffId())) {
            throw new InvalidInput("toStaffId", "no such active staff member");
        }
        if (request.teamId() != null && !people.teamExists(request.teamId())) {
            throw new InvalidInput("teamId", "no such team");
        }
        List<Customer> owned = data.em()
                .createQuery(
                        "SELECT c FROM Customer c WHERE c.ownerId = :owner AND c.deletedAt IS NULL ORDER BY c.id",
                        Customer.class)
                .setParameter("owner", request.fromStaffId())
                .setMaxResults(MAX_REASSIGNED + 1)
                .getResultList();
        if (owned.size() > MAX_REASSIGNED) {
            throw new Unprocessable(
                    "too-many-customers",
                    "the staff member owns more than " + MAX_REASSIGNED
                            + " customers: transfer some of them one by one first");
        }
        for (Customer customer : owned) {
            access.require(
                    caller, "customer.transfer", customer.facts(caller.tenantId()), List.of("ownerId", "teamId"));
            customer.transfer(request.toStaffId(), request.teamId());
        }
        data.em().flush();
        owned.forEach(customer -> announce(caller, customer));
        reassigned.fire(new CustomersReassigned(
                caller.tenantId(),
                caller.staffId(),
                request.fromStaffId(),
                request.toStaffId(),
                request.teamId(),
                owned.stream().map(Customer::id).toList(),
                request.reason().strip(),
                clock.instant()));
        return new Reassignment.Done(request.fromStaffId(), request.toStaffId(), request.teamId(), owned.size());
    }

    /** The view that follows a change: what the caller may see now. */
    @Transactional
    public CustomerView viewAfterChange(Caller caller, Customer customer) {
        return view(caller, customer, access.permits(caller, READ_SENSITIVE, customer.facts(caller.tenantId())));
    }

    /** A purchase-summary value from a patch, checked: amounts and counts not negative, a date. */
    private static String financial(JsonObject patch, String field) {
        JsonValue value = patch.get(field);
        if (value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (field.equals("lastPurchaseOn")) {
            String date = text(patch, field, false, 40);
            try {
                return java.time.LocalDate.parse(date).toString();
            } catch (java.time.format.DateTimeParseException e) {
                throw new InvalidInput(field, "must be a date such as 2026-11-24");
            }
        }
        if (!(value instanceof jakarta.json.JsonNumber number)
                || number.bigDecimalValue().signum() < 0) {
            throw new InvalidInput(field, "must be a number, not negative");
        }
        if (!field.equals("lifetimeValue")) {
            try {
                return Integer.toString(number.bigDecimalValue().intValueExact());
            } catch (ArithmeticException e) {
                throw new InvalidInput(field, "must be a whole number");
            }
        }
        return amount(field, number.bigDecimalValue()).toPlainString();
    }

    /** An amount as its sealed column holds it: not negative, at most 15 digits before the point and 4 after. */
    static BigDecimal amount(String field, BigDecimal value) {
        if (value.signum() < 0) {
            throw new InvalidInput(field, "must not be negative");
        }
        BigDecimal significant = value.stripTrailingZeros();
        if (significant.precision() - significant.scale() > 15 || significant.scale() > 4) {
            throw new InvalidInput(field, "must have at most 15 digits before the decimal point and 4 after it");
        }
        return value;
    }

    private static String phone(JsonObject patch) {
        String phone = text(patch, "phone", false, 30);
        if (phone != null && !phone.matches(NewCustomer.PHONE)) {
            throw new InvalidInput("phone", NewCustomer.PHONE_RULE);
        }
        return phone;
    }

    /** A string property of a patch, no longer than its column. */
    private static String text(JsonObject patch, String field, boolean required, int max) {
        JsonValue value = patch.get(field);
        if (value.getValueType() == JsonValue.ValueType.NULL) {
            if (required) {
                throw new InvalidInput(field, "must not be null");
            }
            return null;
        }
        if (!(value instanceof JsonString text) || (required && text.getString().isBlank())) {
            throw new InvalidInput(field, "must be a" + (required ? " non-empty" : "") + " string");
        }
        if (text.getString().length() > max) {
            throw new InvalidInput(field, "must be at most " + max + " characters");
        }
        return text.getString();
    }

    @Transactional
    public void delete(Caller caller, String id) {
        Customer customer = get(id);
        access.require(caller, "customer.delete", customer.facts(caller.tenantId()), List.of());
        customer.delete(clock.instant());
        announce(caller, customer);
    }

    /** Crypto-shreds and blanks the customer (a data-subject erasure); recorded under {@code action}. */
    @Transactional
    public void erase(Caller caller, String id, String action) {
        Customer customer = get(id);
        access.require(caller, action, customer.facts(caller.tenantId()), ALL_FIELDS);
        customer.erase(clock.instant());
        data.em().flush();
        announce(caller, customer);
    }

    /** Every field opened, for a data-subject access bundle; recorded under {@code action}. */
    @Transactional
    public Map<String, Object> everything(Caller caller, String id, String action) {
        Customer customer = get(id);
        access.require(caller, action, customer.facts(caller.tenantId()), ALL_FIELDS);
        CustomerView view = view(caller, customer, true);
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("id", view.id());
        fields.put("givenName", view.givenName());
        fields.put("familyName", view.familyName());
        fields.put("email", view.email());
        fields.put("phone", view.phone());
        fields.put("birthDate", view.birthDate());
        fields.put("country", view.country());
        fields.put("subdivision", view.subdivision());
        fields.put("storeId", view.storeId());
        fields.put("ownerId", view.ownerId());
        fields.put("teamId", view.teamId());
        fields.put("lifetimeValue", view.lifetimeValue());
        fields.put("loyaltyPoints", view.loyaltyPoints());
        fields.put("purchaseCount", view.purchaseCount());
        fields.put("lastPurchaseOn", view.lastPurchaseOn());
        fields.put("attributes", view.attributes());
        fields.put("createdAt", customer.createdAt().toString());
        return fields;
    }

    /** Bytes sealed under the customer's own key (see {@link FieldCipher#sealBytes}); decides nothing. */
    @Transactional
    public byte[] seal(String id, String label, byte[] plaintext) {
        Customer customer = get(id);
        return cipher.sealBytes(customer.id(), customer.customerKey(), label, plaintext);
    }

    /** Opens what {@link #seal} sealed, once the caller may see every field; recorded under {@code action}. */
    @Transactional
    public byte[] open(Caller caller, String id, String action, String label, byte[] sealed) {
        Customer customer = get(id);
        access.require(caller, action, customer.facts(caller.tenantId()), ALL_FIELDS);
        return cipher.openBytes(customer.id(), customer.customerKey(), label, sealed);
    }

    /** See {@link CustomerRecords#select}: the criteria in SQL, one page in id order. */
    @Transactional
    public List<CustomerFacts> select(CustomerSelection selection, String afterId, int limit) {
        if (selection.namesNothing()) {
            return List.of();
        }
        StringBuilder jpql = new StringBuilder("SELECT c FROM Customer c WHERE c.erasedAt IS NULL");
        Map<String, Object> parameters = new LinkedHashMap<>();
        restrict(jpql, parameters, "c.storeId", "stores", selection.storeIds());
        restrict(jpql, parameters, "c.regionId", "regions", selection.regionIds());
        restrict(jpql, parameters, "c.country", "countries", selection.countries());
        restrict(jpql, parameters, "c.id", "ids", selection.customerIds());
        if (afterId != null) {
            jpql.append(" AND c.id > :after");
            parameters.put("after", afterId);
        }
        TypedQuery<Customer> query =
                data.em().createQuery(jpql.append(" ORDER BY c.id").toString(), Customer.class);
        parameters.forEach(query::setParameter);
        TenantId tenant = TenantScope.required();
        return query.setMaxResults(limit)
                .getResultStream()
                .map(c -> c.facts(tenant))
                .toList();
    }

    private static void restrict(
            StringBuilder jpql, Map<String, Object> parameters, String column, String name, List<String> values) {
        if (!values.isEmpty()) {
            jpql.append(" AND ").append(column).append(" IN :").append(name);
            parameters.put(name, values);
        }
    }

    /** The contact fields of customers by id, in the order given (a page chosen by a scoped query). */
    @Transactional
    /** Where the given customers live (erased ones too: their country stays with the pseudonym). */
    public List<io.custos.platform.access.CustomerPlaces.Place> placesOf(java.util.Collection<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return data
                .em()
                .createQuery("SELECT c.id, c.country, c.subdivision FROM Customer c WHERE c.id IN :ids", Object[].class)
                .setParameter("ids", List.copyOf(ids))
                .getResultList()
                .stream()
                .map(row -> new io.custos.platform.access.CustomerPlaces.Place(
                        (String) row[0], (String) row[1], (String) row[2]))
                .toList();
    }

    public List<CustomerRecords.Contact> contacts(List<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<String, Customer> found = new java.util.HashMap<>();
        data.em()
                .createQuery("SELECT c FROM Customer c WHERE c.id IN :ids AND c.deletedAt IS NULL", Customer.class)
                .setParameter("ids", ids)
                .getResultList()
                .forEach(c -> found.put(c.id(), c));
        return ids.stream()
                .map(found::get)
                .filter(java.util.Objects::nonNull)
                .map(c -> new CustomerRecords.Contact(
                        c.id(), c.givenName(), c.familyName(), c.email(), c.phone(), c.country(), c.storeId()))
                .toList();
    }

    /**
     * Replaces the tenant's data key: every customer key (deleted customers' too) is re-wrapped
     * in pages, in one transaction that holds the key row, so creations wait and reads see either
     * the old keys or the new ones.
     */
    @Transactional
    public int rotateDataKey(Caller caller) {
        fourEyes.requireApproval(caller, DATA_KEY_ROTATION, Map.of(), null);
        FieldCipher.Rotation rotation = cipher.rotation();
        int rotated = 0;
        String after = "";
        List<Customer> page = keyedAfter(after);
        while (!page.isEmpty()) {
            for (Customer customer : page) {
                customer.keyWith(rotation.rewrap(customer.id(), customer.customerKey()));
                rotated++;
            }
            after = page.get(page.size() - 1).id();
            data.em().flush();
            data.em().clear();
            page = keyedAfter(after);
        }
        rotation.commit();
        rotations.fire(new DataKeyRotated(
                caller.tenantId(), caller.staffId(), caller.tenantId().value(), rotated, clock.instant()));
        return rotated;
    }

    private List<Customer> keyedAfter(String after) {
        return data.em()
                .createQuery(
                        "SELECT c FROM Customer c WHERE c.customerKey IS NOT NULL AND c.id > :after ORDER BY c.id",
                        Customer.class)
                .setParameter("after", after)
                .setMaxResults(ROTATION_PAGE)
                .getResultList();
    }

    /**
     * Erases customers deleted before {@code cutoff}, a page per call (so the caller commits as it
     * goes), each page on the audit trail in its own transaction: the retention of deleted
     * customers. Answers how many were erased.
     */
    @Transactional
    public int purgeDeleted(String actorId, Instant cutoff, int retentionDays, int page) {
        List<Customer> due = data.em()
                .createQuery(
                        "SELECT c FROM Customer c WHERE c.deletedAt < :cutoff AND c.erasedAt IS NULL ORDER BY c.id",
                        Customer.class)
                .setParameter("cutoff", cutoff)
                .setMaxResults(page)
                .getResultList();
        TenantId tenant = TenantScope.required();
        Instant now = clock.instant();
        for (Customer customer : due) {
            customer.erase(now);
            announce(tenant, customer);
        }
        if (!due.isEmpty()) {
            purged.fire(new DeletedCustomersPurged(
                    tenant,
                    actorId,
                    tenant.value(),
                    due.stream().map(Customer::id).toList(),
                    retentionDays,
                    now));
        }
        return due.size();
    }

    /**
     * The customer acted at {@code at} (a consent, a privacy request): a bulk update, so that the
     * customer's version, and the ETag a client holds, stay as they are.
     */
    @Transactional
    public void activeAt(String id, Instant at) {
        data.em()
                .createQuery("UPDATE Customer c SET c.lastActiveAt = :at WHERE c.id = :id AND c.lastActiveAt < :at")
                .setParameter("at", at)
                .setParameter("id", id)
                .executeUpdate();
    }

    /**
     * Erases a page of the pack's customers inactive since before {@code inactiveSince} (the
     * retention of inactive customers), the page on the audit trail. Answers how many were erased.
     */
    @Transactional
    public int eraseInactive(String actorId, String pack, Instant inactiveSince, int retentionMaxDays, int page) {
        List<Customer> due = data.em()
                .createQuery(
                        "SELECT c FROM Customer c WHERE c.packCode = :pack AND c.lastActiveAt < :since"
                                + " AND c.erasedAt IS NULL ORDER BY c.id",
                        Customer.class)
                .setParameter("pack", pack)
                .setParameter("since", inactiveSince)
                .setMaxResults(page)
                .getResultList();
        TenantId tenant = TenantScope.required();
        Instant now = clock.instant();
        for (Customer customer : due) {
            customer.erase(now);
            announce(tenant, customer);
        }
        if (!due.isEmpty()) {
            retentionErased.fire(new io.custos.customers.api.InactiveCustomersErased(
                    tenant,
                    actorId,
                    pack,
                    due.stream().map(Customer::id).toList(),
                    retentionMaxDays,
                    inactiveSince,
                    now));
        }
        return due.size();
    }

    /**
     * Tells other modules again what they keep of the bound tenant's customers born in
     * {@code sinceYear} or later, a page after {@code afterId}: what they keep of a minor moves
     * with the calendar. Answers the page's last id, or null after the last page.
     */
    @Transactional
    public String reannounceBornSince(int sinceYear, String afterId, int page) {
        List<Customer> young = data.em()
                .createQuery(
                        "SELECT c FROM Customer c WHERE c.birthYear >= :year AND c.erasedAt IS NULL"
                                + " AND c.id > :after ORDER BY c.id",
                        Customer.class)
                .setParameter("year", sinceYear)
                .setParameter("after", afterId)
                .setMaxResults(page)
                .getResultList();
        TenantId tenant = TenantScope.required();
        young.forEach(customer -> announce(tenant, customer));
        return young.size() < page ? null : young.get(young.size() - 1).id();
    }

    /** Tells other modules what they keep of the customer (consent's lawfulness, segments). */
    private void announce(Caller caller, Customer customer) {
        announce(caller.tenantId(), customer);
    }

    private void announce(TenantId tenant, Customer customer) {
        String birthDate = customer.isErased()
                ? null
                : cipher.open(customer.id(), customer.customerKey(), "birthDate", customer.sealedBirthDate());
        java.time.LocalDate bornOn = birthDate == null ? null : java.time.LocalDate.parse(birthDate);
        if (bornOn != null && !bornOn.plusYears(RulePack.OLDEST_CONSENT_AGE).isAfter(java.time.LocalDate.now(clock))) {
            bornOn = null;
        }
        CustomerProfile.Status status = customer.isErased()
                ? CustomerProfile.Status.ERASED
                : customer.isDeleted() ? CustomerProfile.Status.DELETED : CustomerProfile.Status.ACTIVE;
        profiles.fire(new CustomerProfile(customer.facts(tenant), bornOn, status));
    }

    /** The customers the caller may read, filtered; the reach of their grants is part of the query. */
    @Transactional
    public Page<CustomerView> list(Caller caller, String q, String storeId, String country, PageRequest request) {
        ListLimits limits = decisions.limits(Subject.of(caller), READ);
        if (limits.none()) {
            return new Page<>(List.of(), null);
        }
        StringBuilder jpql = new StringBuilder("SELECT c FROM Customer c WHERE c.deletedAt IS NULL");
        Map<String, Object> parameters = new LinkedHashMap<>();
        limits.clause("c", caller.staffId(), parameters)
                .ifPresent(clause -> jpql.append(" AND ").append(clause));
        if (q != null && !q.isBlank()) {
            jpql.append(" AND (LOWER(c.familyName) LIKE :q OR LOWER(c.givenName) LIKE :q OR LOWER(c.email) LIKE :q)");
            parameters.put(
                    "q", q.trim().toLowerCase(Locale.ROOT).replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (storeId != null) {
            jpql.append(" AND c.storeId = :store");
            parameters.put("store", storeId);
        }
        if (country != null) {
            jpql.append(" AND c.country = :country");
            parameters.put("country", country);
        }
        if (request.after() != null) {
            jpql.append(" AND c.id > :after");
            parameters.put("after", request.after());
        }
        TypedQuery<Customer> query =
                data.em().createQuery(jpql.append(" ORDER BY c.id").toString(), Customer.class);
        parameters.forEach(query::setParameter);
        Page<CustomerView> page = Page.of(
                query.setMaxResults(request.probeSize()).getResultList(),
                request,
                Customer::id,
                c -> view(caller, c, false));
        if (!page.items().isEmpty()) {
            listed.fire(new CustomersListed(
                    caller.tenantId(),
                    caller.staffId(),
                    q != null && !q.isBlank(),
                    storeId,
                    country,
                    page.items().stream().map(CustomerView::id).toList(),
                    clock.instant()));
        }
        return page;
    }

    Customer get(String id) {
        return find(id).orElseThrow(() -> new NotFound("customer", id));
    }

    /** The bound tenant's customer, unless there is none or it was deleted. */
    Optional<Customer> find(String id) {
        return Optional.ofNullable(data.em().find(Customer.class, id)).filter(c -> !c.isDeleted());
    }

    private CustomerView view(Caller caller, Customer c, boolean sensitive) {
        List<String> masked = sensitive
                ? List.of()
                : java.util.stream.Stream.concat(PROTECTED.stream(), sensitiveAttributes.masked().stream())
                        .toList();
        return new CustomerView(
                c.id(),
                c.storeId(),
                c.ownerId(),
                c.teamId(),
                c.givenName(),
                c.familyName(),
                c.country(),
                c.subdivision(),
                c.email(),
                c.phone(),
                sensitive ? cipher.open(c.id(), c.customerKey(), "birthDate", c.sealedBirthDate()) : null,
                sensitive ? financial(c, "lifetimeValue") : null,
                sensitive ? whole(financial(c, "loyaltyPoints")) : null,
                sensitive ? whole(financial(c, "purchaseCount")) : null,
                sensitive ? financial(c, "lastPurchaseOn") : null,
                sensitiveAttributes.visible(c, sensitive),
                masked);
    }

    private String financial(Customer c, String field) {
        return cipher.open(c.id(), c.customerKey(), field, c.sealedFinancial(field));
    }

    private static Integer whole(String value) {
        return value == null ? null : Integer.valueOf(value);
    }
}
