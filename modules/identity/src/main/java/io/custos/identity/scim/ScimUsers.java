package io.custos.identity.scim;

import io.custos.identity.staff.NewStaff;
import io.custos.identity.staff.Staff;
import io.custos.identity.staff.StaffAccounts;
import io.custos.identity.staff.StaffDirectory;
import io.custos.identity.team.Teams;
import io.custos.platform.security.Caller;
import io.custos.platform.tenancy.TenantData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * SCIM Users as staff accounts. Every change goes through {@link StaffAccounts}, the use cases of
 * the REST API, so it is checked, audited and takes effect (sessions ended, grants revoked) the same
 * way. An offboarded account is gone for SCIM (404) but kept, with its history, in Custos.
 */
@ApplicationScoped
public class ScimUsers implements ScimEndpoint.ResourceType {

    private static final Map<String, ScimQuery.Column> FILTERABLE = Map.of(
            "username",
            new ScimQuery.Column("r.username", ScimQuery.Kind.TEXT),
            "displayname",
            new ScimQuery.Column("r.displayName", ScimQuery.Kind.TEXT),
            "name.formatted",
            new ScimQuery.Column("r.displayName", ScimQuery.Kind.TEXT),
            "externalid",
            new ScimQuery.Column("r.externalId", ScimQuery.Kind.EXACT),
            "id",
            new ScimQuery.Column("r.id", ScimQuery.Kind.EXACT),
            "emails",
            new ScimQuery.Column("r.email", ScimQuery.Kind.TEXT),
            "emails.value",
            new ScimQuery.Column("r.email", ScimQuery.Kind.TEXT),
            "active",
            new ScimQuery.Column("r.status", ScimQuery.Kind.ACTIVE),
            Scim.ENTERPRISE_USER.toLowerCase(java.util.Locale.ROOT) + ":manager.value",
            new ScimQuery.Column("r.managerId", ScimQuery.Kind.EXACT),
            Scim.CUSTOS_USER.toLowerCase(java.util.Locale.ROOT) + ":homestoreid",
            new ScimQuery.Column("r.homeStoreId", ScimQuery.Kind.EXACT));

    @Inject
    StaffAccounts accounts;

    @Inject
    StaffDirectory staff;

    @Inject
    Teams teams;

    @Inject
    TenantData data;

    @Inject
    Validator validator;

    @Inject
    ScimLocations locations;

    /** RFC 7644 §3.3: a userName or externalId that exists already is a 409 {@code uniqueness}, also on a retry. */
    @Override
    @Transactional
    public JsonObject create(Caller caller, JsonObject body) {
        ScimUser wanted = ScimUser.of(body);
        if (wanted.externalId() != null && byExternalId(wanted.externalId()).isPresent()) {
            throw new ScimException(409, "uniqueness", "a user with externalId '" + wanted.externalId() + "' exists");
        }
        NewStaff request = new NewStaff(
                wanted.userName(),
                wanted.email(),
                null,
                wanted.displayName(),
                wanted.homeStoreId().orElse(null),
                wanted.managerId().orElse(null));
        Scim.requireValid(validator, request, ScimUsers::scimName);
        String id = accounts.create(caller, request).id();
        if (wanted.externalId() != null) {
            accounts.identifyExternally(caller, id, wanted.externalId());
        }
        if (!wanted.active()) {
            accounts.suspend(caller, id);
        }
        return representation(staff.get(id));
    }

    @Override
    @Transactional
    public JsonObject get(String id) {
        return representation(live(id));
    }

    @Override
    @Transactional
    public JsonObject replace(Caller caller, String id, JsonObject body) {
        Staff member = live(id);
        store(caller, member, ScimUser.of(body));
        return representation(member);
    }

    @Override
    @Transactional
    public JsonObject patch(Caller caller, String id, JsonObject body) {
        Staff member = live(id);
        store(caller, member, ScimUser.of(ScimPatch.apply(representation(member), body)));
        return representation(member);
    }

    /** Offboards: sessions end, grants are revoked, the account and its history stay. */
    @Override
    @Transactional
    public void delete(Caller caller, String id) {
        accounts.offboard(caller, live(id).id());
    }

    @Override
    @Transactional
    public JsonObject list(String filter, ScimPaging paging) {
        ScimQuery.Found<Staff> found = ScimQuery.find(
                data.em(),
                Staff.class,
                "r.status <> :offboarded",
                Map.of("offboarded", Staff.Status.OFFBOARDED),
                filter,
                FILTERABLE,
                Staff.Status.ACTIVE,
                paging);
        return paging.answer(
                found.total(), found.items().stream().map(this::representation).toList());
    }

    /** Brings the account to what the representation asks, one use case per aspect, each only if it changes. */
    private void store(Caller caller, Staff member, ScimUser wanted) {
        if (!wanted.userName().equalsIgnoreCase(member.username())) {
            throw ScimException.mutability("userName cannot be changed (it is " + member.username() + ")");
        }
        JsonObjectBuilder patch = Scim.JSON.createObjectBuilder();
        if (!wanted.email().equals(member.email())) {
            patch.add("email", wanted.email());
        }
        if (!Objects.equals(wanted.displayName(), member.displayName())) {
            patch.add("displayName", nullable(wanted.displayName()));
        }
        if (wanted.managerGiven() && !Objects.equals(wanted.managerId().orElse(null), member.managerId())) {
            patch.add("managerId", nullable(wanted.managerId().orElse(null)));
        }
        if (wanted.homeStoreGiven() && !Objects.equals(wanted.homeStoreId().orElse(null), member.homeStoreId())) {
            patch.add("homeStoreId", nullable(wanted.homeStoreId().orElse(null)));
        }
        JsonObject changes = patch.build();
        if (!changes.isEmpty()) {
            // SCIM writes without If-Match (WAVE2): the version just read is the one changed.
            accounts.update(caller, member.id(), "\"" + member.version() + "\"", changes);
        }
        accounts.identifyExternally(caller, member.id(), wanted.externalId());
        if (wanted.active() && member.status() == Staff.Status.SUSPENDED) {
            accounts.reinstate(caller, member.id());
        } else if (!wanted.active() && member.status() == Staff.Status.ACTIVE) {
            accounts.suspend(caller, member.id());
        }
    }

    private Staff live(String id) {
        return staff.find(id)
                .filter(member -> member.status() != Staff.Status.OFFBOARDED)
                .orElseThrow(() -> ScimException.notFound("User", id));
    }

    private Optional<Staff> byExternalId(String externalId) {
        return data.em()
                .createQuery("SELECT s FROM Staff s WHERE s.externalId = :external", Staff.class)
                .setParameter("external", externalId)
                .getResultStream()
                .findFirst();
    }

    JsonObject representation(Staff member) {
        JsonArrayBuilder schemas = Scim.JSON.createArrayBuilder().add(Scim.USER);
        JsonObjectBuilder user = Scim.JSON.createObjectBuilder().add("id", member.id());
        if (member.externalId() != null) {
            user.add("externalId", member.externalId());
        }
        user.add("userName", member.username());
        if (member.displayName() != null) {
            // Only displayName is answered: a name beside it would bring a removed displayName back.
            user.add("displayName", member.displayName());
        }
        user.add(
                        "emails",
                        Scim.JSON
                                .createArrayBuilder()
                                .add(Scim.JSON
                                        .createObjectBuilder()
                                        .add("value", member.email())
                                        .add("type", "work")
                                        .add("primary", true)))
                .add("active", member.isActive());
        JsonArrayBuilder groups = Scim.JSON.createArrayBuilder();
        teams.teamsOf(member.id()).stream()
                .sorted()
                .forEach(team -> groups.add(Scim.JSON
                        .createObjectBuilder()
                        .add("value", team)
                        .add("$ref", locations.of("Groups", team))
                        .add("type", "direct")));
        user.add("groups", groups);
        if (member.managerId() != null) {
            schemas.add(Scim.ENTERPRISE_USER);
            user.add(
                    Scim.ENTERPRISE_USER,
                    Scim.JSON
                            .createObjectBuilder()
                            .add(
                                    "manager",
                                    Scim.JSON
                                            .createObjectBuilder()
                                            .add("value", member.managerId())
                                            .add("$ref", locations.of("Users", member.managerId()))));
        }
        if (member.homeStoreId() != null) {
            schemas.add(Scim.CUSTOS_USER);
            user.add(Scim.CUSTOS_USER, Scim.JSON.createObjectBuilder().add("homeStoreId", member.homeStoreId()));
        }
        return user.add("schemas", schemas)
                .add("meta", locations.meta("User", "Users", member.id(), member.createdAt(), null, member.version()))
                .build();
    }

    private static JsonValue nullable(String text) {
        return text == null ? JsonValue.NULL : Scim.JSON.createValue(text);
    }

    /** The SCIM attribute a field of the staff request came from, for error details. */
    private static String scimName(String field) {
        return switch (field) {
            case "username" -> "userName";
            case "email" -> "emails";
            default -> field;
        };
    }
}
