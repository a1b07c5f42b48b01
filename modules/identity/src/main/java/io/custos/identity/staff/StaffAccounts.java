package io.custos.identity.staff;

import io.custos.identity.api.StaffCreated;
import io.custos.identity.api.StaffOffboarded;
import io.custos.identity.api.StaffReinstated;
import io.custos.identity.api.StaffSuspended;
import io.custos.identity.api.StaffUpdated;
import io.custos.identity.grant.AdminReach;
import io.custos.identity.grant.Grants;
import io.custos.identity.grant.TenantAdmins;
import io.custos.identity.session.Session;
import io.custos.identity.session.Sessions;
import io.custos.platform.paging.Page;
import io.custos.platform.paging.PageRequest;
import io.custos.platform.persistence.Constraints;
import io.custos.platform.problem.Conflict;
import io.custos.platform.problem.InvalidInput;
import io.custos.platform.problem.NotFound;
import io.custos.platform.security.Caller;
import io.custos.platform.security.PasswordHashing;
import io.custos.platform.security.PasswordPolicy;
import io.custos.platform.tenancy.TenantId;
import io.custos.platform.versioning.Versions;
import io.custos.regions.api.StoreDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Creating, changing, suspending and offboarding staff accounts of the bound tenant. */
@ApplicationScoped
public class StaffAccounts {

    private static final Set<String> PATCHABLE = Set.of("email", "displayName", "homeStoreId", "managerId", "password");

    /** Deeper than any real org chart; a longer walk up means a loop. */
    private static final int MAX_MANAGEMENT_DEPTH = 64;

    /** What administering staff takes; where it is held decides whom (see {@link AdminReach}). */
    static final String MANAGE = "staff.manage";

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+$");

    @Inject
    StaffDirectory staff;

    @Inject
    Grants grants;

    @Inject
    Sessions sessions;

    @Inject
    TenantAdmins tenantAdmins;

    @Inject
    AdminReach reach;

    @Inject
    PasswordHashing passwords;

    @Inject
    Instance<StoreDirectory> stores;

    @Inject
    Event<StaffCreated> created;

    @Inject
    Event<StaffUpdated> updated;

    @Inject
    Event<StaffSuspended> suspended;

    @Inject
    Event<StaffOffboarded> offboarded;

    @Inject
    Event<StaffReinstated> reinstated;

    @Inject
    Clock clock;

    @Transactional
    public StaffView create(Caller caller, NewStaff request) {
        if (request.password() != null) {
            PasswordPolicy.check("password", request.password(), request.username());
        }
        requireStore("homeStoreId", request.homeStoreId());
        AdminReach.Reach managing = reach.of(caller, MANAGE);
        managing.requireStore(request.homeStoreId());
        if (staff.byUsername(request.username()).isPresent()) {
            throw usernameTaken(request.username());
        }
        Instant now = clock.instant();
        Staff member = new Staff(
                request.username(),
                request.email(),
                request.displayName(),
                request.homeStoreId(),
                request.password() == null ? null : passwords.hash(request.password()),
                now);
        staff.add(member);
        if (request.managerId() != null) {
            member.reportTo(requireManager(managing, member.id(), request.managerId()));
        }
        try {
            staff.flush();
        } catch (PersistenceException e) {
            if (Constraints.isDuplicateOf(e, "uq_identity_staff_username")) {
                throw usernameTaken(request.username());
            }
            throw e;
        }
        created.fire(new StaffCreated(
                caller.tenantId(),
                caller.staffId(),
                member.id(),
                member.username(),
                member.email(),
                member.homeStoreId(),
                now));
        return StaffView.of(member);
    }

    /**
     * A role-free account without a password for a person an identity provider vouches for (single
     * sign-on's just-in-time creation), in the caller's transaction; {@code username} is free.
     */
    public Staff provision(TenantId tenant, String username, String email, String displayName) {
        Instant now = clock.instant();
        Staff member = new Staff(username, email, displayName, null, null, now);
        staff.add(member);
        staff.flush();
        created.fire(new StaffCreated(
                tenant, "system", member.id(), member.username(), member.email(), member.homeStoreId(), now));
        return member;
    }

    /** A JSON merge patch of {@code email}, {@code displayName}, {@code homeStoreId}, {@code managerId}, {@code password}. */
    @Transactional
    public Staff update(Caller caller, String id, String ifMatch, JsonObject patch) {
        AdminReach.Reach managing = reach.of(caller, MANAGE);
        Staff member = administered(managing, id);
        Versions.requireMatch(ifMatch, member.version());
        for (String field : patch.keySet()) {
            if (!PATCHABLE.contains(field)) {
                throw new InvalidInput(field, "cannot be changed; patchable: " + PATCHABLE);
            }
        }
        Map<String, Object> before = new LinkedHashMap<>();
        Map<String, Object> after = new LinkedHashMap<>();
        if (patch.containsKey("email")) {
            String email = requiredText(patch, "email");
            if (!EMAIL.matcher(email).matches() || email.length() > 254) {
                throw new InvalidInput("email", "must be a well-formed email address");
            }
            before.put("email", member.email());
            member.changeEmail(email);
            after.put("email", email);
        }
        if (patch.containsKey("displayName")) {
            String name = optionalText(patch, "displayName");
            if (name != null && name.length() > 200) {
                throw new InvalidInput("displayName", "size must be between 0 and 200");
            }
            before.put("displayName", String.valueOf(member.displayName()));
            member.changeDisplayName(name);
            after.put("displayName", String.valueOf(name));
        }
        if (patch.containsKey("homeStoreId")) {
            String store = optionalText(patch, "homeStoreId");
            requireStore("homeStoreId", store);
            managing.requireStore(store);
            before.put("homeStoreId", String.valueOf(member.homeStoreId()));
            member.moveToStore(store);
            after.put("homeStoreId", String.valueOf(store));
        }
        if (patch.containsKey("managerId")) {
            String manager = optionalText(patch, "managerId");
            before.put("managerId", String.valueOf(member.managerId()));
            member.reportTo(manager == null ? null : requireManager(managing, id, manager));
            after.put("managerId", String.valueOf(manager));
        }
        if (patch.containsKey("password")) {
            String password = requiredText(patch, "password");
            PasswordPolicy.check("password", password, member.username());
            member.changePasswordHash(passwords.hash(password));
            before.put("password", "(changed)");
            after.put("password", "(changed)");
        }
        staff.flush();
        updated.fire(new StaffUpdated(caller.tenantId(), caller.staffId(), id, before, after, clock.instant()));
        return member;
    }

    @Transactional
    public Staff suspend(Caller caller, String id) {
        Staff member = administered(caller, id);
        tenantAdmins.ensureAnotherRemainsWithoutStaff(id);
        member.suspend();
        staff.flush();
        sessions.endAllOf(caller, id, Session.EndReason.STAFF_SUSPENDED);
        suspended.fire(new StaffSuspended(caller.tenantId(), caller.staffId(), id, "suspended", clock.instant()));
        return member;
    }

    /** Lifts a suspension; reinstating an active account changes and records nothing. */
    @Transactional
    public Staff reinstate(Caller caller, String id) {
        Staff member = administered(caller, id);
        if (member.reinstate()) {
            staff.flush();
            reinstated.fire(new StaffReinstated(caller.tenantId(), caller.staffId(), id, clock.instant()));
        }
        return member;
    }

    /**
     * Records the identity provider's id of a staff member ({@code null} forgets it); another
     * member with the same one is a conflict. Setting the value it has records nothing.
     */
    @Transactional
    public Staff identifyExternally(Caller caller, String id, String externalId) {
        Staff member = administered(caller, id);
        if (java.util.Objects.equals(member.externalId(), externalId)) {
            return member;
        }
        String before = member.externalId();
        member.identifyExternally(externalId);
        try {
            staff.flush();
        } catch (PersistenceException e) {
            if (Constraints.isDuplicateOf(e, "uq_identity_staff_external_id")) {
                throw new Conflict(
                        "external-id-taken", "a staff member with the externalId '" + externalId + "' exists already");
            }
            throw e;
        }
        updated.fire(new StaffUpdated(
                caller.tenantId(),
                caller.staffId(),
                id,
                Map.of("externalId", String.valueOf(before)),
                Map.of("externalId", String.valueOf(externalId)),
                clock.instant()));
        return member;
    }

    @Transactional
    public Staff offboard(Caller caller, String id) {
        Staff member = administered(caller, id);
        tenantAdmins.ensureAnotherRemainsWithoutStaff(id);
        member.offboard();
        int revoked = grants.revokeAllOf(caller, id, "offboarded");
        staff.flush();
        sessions.endAllOf(caller, id, Session.EndReason.STAFF_OFFBOARDED);
        offboarded.fire(new StaffOffboarded(caller.tenantId(), caller.staffId(), id, revoked, clock.instant()));
        return member;
    }

    /** A staff member the caller administers; 404 for anyone outside their reach, like another tenant's. */
    @Transactional
    public Staff administered(Caller caller, String id) {
        return administered(reach.of(caller, MANAGE), id);
    }

    /** A page of the staff the caller administers (see {@link StaffDirectory#page}). */
    @Transactional
    public Page<StaffView> page(Caller caller, String q, PageRequest request) {
        return staff.page(q, reach.of(caller, MANAGE), request);
    }

    private Staff administered(AdminReach.Reach managing, String id) {
        return staff.find(id).filter(managing::covers).orElseThrow(() -> new NotFound("staff", id));
    }

    /**
     * A manager the caller administers, not offboarded, not {@code staffId}, and not managed by
     * them in any line.
     */
    private String requireManager(AdminReach.Reach managing, String staffId, String managerId) {
        Staff manager = staff.find(managerId)
                .filter(managing::covers)
                .orElseThrow(() -> new InvalidInput("managerId", "no such staff member"));
        if (manager.status() == Staff.Status.OFFBOARDED) {
            throw new InvalidInput("managerId", "the manager is offboarded");
        }
        String above = manager.id();
        for (int depth = 0; above != null; depth++) {
            if (above.equals(staffId) || depth > MAX_MANAGEMENT_DEPTH) {
                throw new InvalidInput("managerId", "would make a loop: nobody manages themselves, directly or not");
            }
            above = staff.find(above).map(Staff::managerId).orElse(null);
        }
        return manager.id();
    }

    private void requireStore(String field, String storeId) {
        if (storeId == null) {
            return;
        }
        boolean known = stores.isResolvable() && stores.get().store(storeId).isPresent();
        if (!known) {
            throw new InvalidInput(field, "no such store in this tenant");
        }
    }

    private static String requiredText(JsonObject patch, String field) {
        String value = optionalText(patch, field);
        if (value == null || value.isBlank()) {
            throw new InvalidInput(field, "must be a non-empty string");
        }
        return value;
    }

    private static String optionalText(JsonObject patch, String field) {
        JsonValue value = patch.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (!(value instanceof JsonString text)) {
            throw new InvalidInput(field, "must be a string or null");
        }
        return text.getString();
    }

    private static Conflict usernameTaken(String username) {
        return new Conflict("username-taken", "a staff member with the username '" + username + "' exists already");
    }
}
