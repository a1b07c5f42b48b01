package io.custos.identity.role;

import static io.custos.identity.role.Permission.*;

import io.custos.platform.tenancy.TenantData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** The role templates every store chain starts with; tenants copy and change them. */
@ApplicationScoped
public class BuiltInRoles {

    public static final String TENANT_ADMIN = "TENANT_ADMIN";

    public static final String REGIONAL_ADMIN = "REGIONAL_ADMIN";

    static final Map<String, Set<Permission>> TEMPLATES = templates();

    @Inject
    TenantData data;

    @Inject
    Clock clock;

    /** Creates the built-in roles for the tenant in scope; answers the TENANT_ADMIN role. */
    public Role createFor() {
        Instant now = clock.instant();
        Role admin = null;
        for (Map.Entry<String, Set<Permission>> template : TEMPLATES.entrySet()) {
            Role role = new Role(template.getKey(), template.getValue(), true, now);
            data.em().persist(role);
            if (TENANT_ADMIN.equals(role.name())) {
                admin = role;
            }
        }
        return admin;
    }

    private static Map<String, Set<Permission>> templates() {
        Map<String, Set<Permission>> roles = new LinkedHashMap<>();
        roles.put(TENANT_ADMIN, EnumSet.allOf(Permission.class));
        roles.put(
                "PRIVACY_OFFICER",
                EnumSet.of(
                        CUSTOMER_READ,
                        CUSTOMER_READ_SENSITIVE,
                        CUSTOMER_EXPORT,
                        CUSTOMER_DELETE,
                        CONSENT_READ,
                        CONSENT_RECORD,
                        PRIVACY_REQUEST_HANDLE,
                        BREACH_MANAGE,
                        AUDIT_READ,
                        RULEPACK_MANAGE,
                        TRAINING_MANAGE,
                        TRAINING_AUTHOR,
                        TRAINING_REPORT,
                        ACCESS_REVIEW_RUN));
        roles.put(
                "REGION_MANAGER",
                EnumSet.of(
                        CUSTOMER_READ,
                        CUSTOMER_CREATE,
                        CUSTOMER_UPDATE,
                        CUSTOMER_TRANSFER,
                        CONSENT_READ,
                        CONSENT_RECORD,
                        SEGMENTS_QUERY,
                        INSIGHTS_AGGREGATE,
                        STAFF_MANAGE));
        // Delegated administration: over a region (or store) it manages, grants and reviews the staff
        // based there; what it may grant is still bounded by what its holder holds there.
        roles.put(REGIONAL_ADMIN, EnumSet.of(STAFF_MANAGE, GRANT_MANAGE, ACCESS_REVIEW_RUN));
        roles.put(
                "STORE_MANAGER",
                EnumSet.of(
                        CUSTOMER_READ,
                        CUSTOMER_CREATE,
                        CUSTOMER_UPDATE,
                        CUSTOMER_TRANSFER,
                        CONSENT_READ,
                        CONSENT_RECORD,
                        SEGMENTS_QUERY));
        roles.put(
                "SALES_ASSOCIATE",
                EnumSet.of(CUSTOMER_READ, CUSTOMER_CREATE, CUSTOMER_UPDATE, CONSENT_RECORD, CONSENT_READ));
        roles.put("ANALYST", EnumSet.of(INSIGHTS_AGGREGATE));
        roles.put("AUDITOR", EnumSet.of(AUDIT_READ));
        return Map.copyOf(roles);
    }
}
