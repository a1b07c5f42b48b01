package io.custos.identity.config;

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
import io.custos.platform.config.ConfigNode;
import io.custos.platform.config.TenantConfigSection;
import io.custos.platform.problem.InvalidInput;
import io.custos.platform.security.Caller;
import io.custos.regions.api.StoreDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code staff: [{username, email, displayName?, homeStore?, grants: [{role, scope, validUntil?,
 * reason?}]}]}: accounts made this way have no password until an admin sets one. Stores, regions
 * and roles are named by code and name; a grant already in force is left alone.
 */
@ApplicationScoped
public class StaffSection implements TenantConfigSection {

    @Inject
    StaffDirectory directory;

    @Inject
    StaffAccounts accounts;

    @Inject
    Roles roles;

    @Inject
    Grants grants;

    @Inject
    Instance<StoreDirectory> places;

    @Inject
    Clock clock;

    @Override
    public String key() {
        return "staff";
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public List<Change> apply(Caller caller, ConfigNode section) {
        List<Change> changes = new ArrayList<>();
        for (ConfigNode item : section.items()) {
            item.allowing("username", "email", "displayName", "homeStore", "grants");
            String username = item.text("username");
            String staffId = directory.byUsername(username).map(Staff::id).orElse(null);
            if (staffId == null) {
                String homeStore = item.optionalText("homeStore")
                        .map(code -> store(item, code))
                        .orElse(null);
                try {
                    staffId = accounts.create(
                                    caller,
                                    new NewStaff(
                                            username,
                                            item.text("email"),
                                            null,
                                            item.optionalText("displayName").orElse(null),
                                            homeStore,
                                            null))
                            .id();
                } catch (InvalidInput invalid) {
                    throw item.error(
                            invalid.errors().get(0).field(),
                            invalid.errors().get(0).message());
                }
                changes.add(new Change(key(), "create", username));
            }
            for (ConfigNode grant : item.field("grants").map(ConfigNode::items).orElse(List.of())) {
                if (grantIfMissing(caller, staffId, grant)) {
                    changes.add(new Change(key(), "grant", username + " " + grant.text("role")));
                }
            }
        }
        return changes;
    }

    private boolean grantIfMissing(Caller caller, String staffId, ConfigNode grant) {
        grant.allowing("role", "scope", "validUntil", "reason");
        String roleName = grant.text("role");
        Role role = roles.byName(roleName).orElseThrow(() -> grant.error("role", "no role named " + roleName));
        Scope scope = scope(grant.field("scope").orElseThrow(() -> grant.error("scope", "is required")));
        Instant now = clock.instant();
        boolean inForce = grants.activeGrantsOf(staffId, now).stream()
                .anyMatch(g -> g.roleId().equals(role.id()) && g.scope().equals(scope));
        if (inForce) {
            return false;
        }
        Instant until;
        try {
            until = grant.optionalText("validUntil").map(Instant::parse).orElse(null);
        } catch (java.time.format.DateTimeParseException e) {
            throw grant.error("validUntil", "must be an RFC 3339 UTC time such as 2027-01-01T00:00:00Z");
        }
        try {
            grants.give(
                    caller,
                    new NewGrant(
                            staffId,
                            role.id(),
                            scope,
                            null,
                            until,
                            grant.optionalText("reason").orElse("tenant configuration")));
        } catch (InvalidInput invalid) {
            throw grant.error(
                    invalid.errors().get(0).field(), invalid.errors().get(0).message());
        }
        return true;
    }

    /** {@code {type: STORE, store: BER-1}}, {@code {type: REGION, region: DACH}}, {@code {type: TENANT}}. */
    private Scope scope(ConfigNode node) {
        node.allowing("type", "store", "region");
        ScopeType type;
        try {
            type = ScopeType.valueOf(node.text("type").toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw node.error("type", "must be one of OWN, TEAM, STORE, REGION, TENANT");
        }
        return switch (type) {
            case STORE -> new Scope(type, store(node, node.text("store")));
            case REGION -> new Scope(type, region(node, node.text("region")));
            default -> new Scope(type, null);
        };
    }

    private String store(ConfigNode node, String code) {
        return directory()
                .storeIdByCode(code)
                .orElseThrow(() -> node.error(
                        node.field("store").isPresent() ? "store" : "homeStore", "no store with the code " + code));
    }

    private String region(ConfigNode node, String code) {
        return directory()
                .regionIdByCode(code)
                .orElseThrow(() -> node.error("region", "no region with the code " + code));
    }

    private StoreDirectory directory() {
        if (!places.isResolvable()) {
            throw new IllegalStateException("stores are not available");
        }
        return places.get();
    }
}
