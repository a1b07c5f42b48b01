package io.custos.customers.customer;

import io.custos.platform.access.CustomerFacts;
import io.custos.platform.problem.InvalidInput;
import io.custos.platform.tenancy.TenantId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * A customer under ownership: home store (and its region), owner, owning team. IDENTITY and
 * CONTACT fields are stored plainly (they are searched); SENSITIVE and FINANCIAL values are
 * stored sealed under the tenant's data key.
 */
@Entity
@Table(name = "customers_customer")
@Multitenant
@TenantDiscriminatorColumn(name = "tenant_id", length = 36)
public class Customer {

    static final String ERASED = "(erased)";

    /** IDENTITY and CONTACT, the attributes, the place and the owners: shown with customer.read. */
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

    /** FINANCIAL: the purchase summary. */
    static final List<String> FINANCIAL = List.of("lifetimeValue", "loyaltyPoints", "purchaseCount", "lastPurchaseOn");

    /** SENSITIVE and FINANCIAL: shown and written only with customer.read.sensitive. */
    static final List<String> PROTECTED =
            Stream.concat(Stream.of("birthDate"), FINANCIAL.stream()).toList();

    static final List<String> ALL_FIELDS =
            Stream.concat(VISIBLE.stream(), PROTECTED.stream()).toList();

    /** What a merge patch may change: the place and the owners move only by their own use cases. */
    static final Set<String> PATCHABLE = Set.of(
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

    // the lengths are those of the columns
    static final int NAME_MAX = 100;
    static final int EMAIL_MAX = 254;
    static final int PHONE_MAX = 30;
    static final int DATE_MAX = 40;
    static final String PHONE = "^\\+?[0-9 ()-]{4,30}$";
    static final String PHONE_RULE = "must be a phone number such as +49 30 1234567";

    @Id
    @Column(name = "id")
    private String id;

    @Column(name = "store_id", nullable = false)
    private String storeId;

    @Column(name = "region_id")
    private String regionId;

    @Column(name = "owner_id")
    private String ownerId;

    @Column(name = "team_id")
    private String teamId;

    @Column(name = "given_name", nullable = false)
    private String givenName;

    @Column(name = "family_name", nullable = false)
    private String familyName;

    @Column(name = "email")
    private String email;

    @Column(name = "phone")
    private String phone;

    @Column(name = "country", nullable = false)
    private String country;

    @Column(name = "subdivision")
    private String subdivision;

    /** The rule pack governing the customer's place, for lists that apply gates per pack in SQL. */
    @Column(name = "pack_code")
    private String packCode;

    @Column(name = "sealed_birth_date")
    private String sealedBirthDate;

    /** Plain, for age bands in k-suppressed aggregates; the date itself is sealed. */
    @Column(name = "birth_year")
    private Integer birthYear;

    @Column(name = "sealed_lifetime_value")
    private String sealedLifetimeValue;

    @Column(name = "sealed_loyalty_points")
    private String sealedLoyaltyPoints;

    @Column(name = "sealed_purchase_count")
    private String sealedPurchaseCount;

    @Column(name = "sealed_last_purchase_on")
    private String sealedLastPurchaseOn;

    @Column(name = "attributes")
    private String attributes;

    /** The attributes the tenant declared SENSITIVE, as one sealed JSON object. */
    @Column(name = "sealed_attributes")
    private String sealedAttributes;

    /** This customer's own key for sealed values, wrapped by the tenant's data key; gone once erased. */
    @Column(name = "customer_key")
    private String customerKey;

    @Column(name = "erased_at")
    private Instant erasedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** The customer's own last activity (purchase, consent, request), for retention. */
    @Column(name = "last_active_at", nullable = false)
    private Instant lastActiveAt;

    @Column(name = "deleted_at")
    private Instant deletedAt;

    @Version
    @Column(name = "version")
    private long version;

    protected Customer() {}

    Customer(String id, Place place, Ownership ownership, Identity identity, Instant now) {
        this.id = id;
        this.storeId = place.storeId();
        this.regionId = place.regionId();
        this.country = place.country();
        this.subdivision = place.subdivision();
        this.packCode = place.packCode();
        this.ownerId = ownership.ownerId();
        this.teamId = ownership.teamId();
        this.givenName = identity.givenName();
        this.familyName = identity.familyName();
        this.email = identity.email();
        this.phone = identity.phone();
        this.attributes = identity.attributesJson();
        this.createdAt = now;
        this.lastActiveAt = now;
    }

    /** A purchase (or another act of the customer) at {@code at}; activity never moves back. */
    void activeAt(Instant at) {
        if (at.isAfter(lastActiveAt)) {
            lastActiveAt = at;
        }
    }

    void keyWith(String wrappedKey) {
        this.customerKey = wrappedKey;
    }

    void seal(String birthDate, Integer birthYear, String lifetimeValue, String loyaltyPoints) {
        this.sealedBirthDate = birthDate;
        this.birthYear = birthYear;
        this.sealedLifetimeValue = lifetimeValue;
        this.sealedLoyaltyPoints = loyaltyPoints;
    }

    void rename(String givenName, String familyName) {
        this.givenName = givenName;
        this.familyName = familyName;
    }

    void contact(String email, String phone) {
        this.email = email;
        this.phone = phone;
    }

    void describe(String attributesJson, String sealedAttributes) {
        this.attributes = attributesJson;
        this.sealedAttributes = sealedAttributes;
    }

    String sealedAttributes() {
        return sealedAttributes;
    }

    void sealBirthDate(String sealed, Integer year) {
        this.sealedBirthDate = sealed;
        this.birthYear = year;
    }

    /** Gives the customer to another owner (and team); the store stays. */
    void transfer(String ownerId, String teamId) {
        this.ownerId = ownerId;
        this.teamId = teamId;
    }

    void delete(Instant now) {
        deletedAt = now;
    }

    boolean isDeleted() {
        return deletedAt != null;
    }

    /**
     * Erasure: the customer's key and sealed values go (crypto-shredding), personal plain fields
     * are blanked; the id, home store and country stay as a pseudonymous reference for the audit
     * trail and counts. An erased customer is deleted too.
     */
    void erase(Instant now) {
        customerKey = null;
        sealedBirthDate = null;
        birthYear = null;
        sealedLifetimeValue = null;
        sealedLoyaltyPoints = null;
        sealedPurchaseCount = null;
        sealedLastPurchaseOn = null;
        givenName = ERASED;
        familyName = ERASED;
        email = null;
        phone = null;
        attributes = null;
        sealedAttributes = null;
        subdivision = null;
        erasedAt = now;
        if (deletedAt == null) {
            deletedAt = now;
        }
    }

    boolean isErased() {
        return erasedAt != null;
    }

    Instant createdAt() {
        return createdAt;
    }

    String customerKey() {
        return customerKey;
    }

    public CustomerFacts facts(TenantId tenant) {
        return new CustomerFacts(tenant, id, ownerId, teamId, storeId, regionId, country, subdivision);
    }

    public String id() {
        return id;
    }

    String givenName() {
        return givenName;
    }

    String familyName() {
        return familyName;
    }

    /** Whether {@code contact} is this customer's e-mail address (any case) or phone number (same digits). */
    boolean reachableAt(String contact) {
        if (contact == null || contact.isBlank()) {
            return false;
        }
        String given = contact.trim();
        if (email != null && email.equalsIgnoreCase(given)) {
            return true;
        }
        String digits = given.replaceAll("[^0-9]", "");
        // a phone number has more digits than any code; a few typed digits must not match a number's separators
        return phone != null && digits.length() >= 6 && digits.equals(phone.replaceAll("[^0-9]", ""));
    }

    String email() {
        return email;
    }

    String phone() {
        return phone;
    }

    String country() {
        return country;
    }

    String subdivision() {
        return subdivision;
    }

    String storeId() {
        return storeId;
    }

    String ownerId() {
        return ownerId;
    }

    String teamId() {
        return teamId;
    }

    String attributesJson() {
        return attributes;
    }

    String sealedBirthDate() {
        return sealedBirthDate;
    }

    /** Seals one FINANCIAL value (the purchase summary) by its field name. */
    void sealFinancial(String field, String sealed) {
        switch (field) {
            case "lifetimeValue" -> sealedLifetimeValue = sealed;
            case "loyaltyPoints" -> sealedLoyaltyPoints = sealed;
            case "purchaseCount" -> sealedPurchaseCount = sealed;
            case "lastPurchaseOn" -> sealedLastPurchaseOn = sealed;
            default -> throw new IllegalArgumentException(field + " is not a financial field");
        }
    }

    String sealedFinancial(String field) {
        return switch (field) {
            case "lifetimeValue" -> sealedLifetimeValue;
            case "loyaltyPoints" -> sealedLoyaltyPoints;
            case "purchaseCount" -> sealedPurchaseCount;
            case "lastPurchaseOn" -> sealedLastPurchaseOn;
            default -> throw new IllegalArgumentException(field + " is not a financial field");
        };
    }

    long version() {
        return version;
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

    /** A count of the purchase summary (loyalty points, purchases), where one is given: not negative. */
    static void count(String field, Integer value) {
        if (value != null && value < 0) {
            throw new InvalidInput(field, "must not be negative");
        }
    }

    /** Where a customer belongs: the home store, its region and the customer's country. */
    record Place(String storeId, String regionId, String country, String subdivision, String packCode) {}

    /** Who owns a customer. */
    record Ownership(String ownerId, String teamId) {}

    /** The plain (IDENTITY and CONTACT) fields. */
    record Identity(String givenName, String familyName, String email, String phone, String attributesJson) {}
}
