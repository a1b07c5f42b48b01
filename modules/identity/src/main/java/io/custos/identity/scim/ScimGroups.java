package io.custos.identity.scim;

import io.custos.identity.team.Members;
import io.custos.identity.team.NewTeam;
import io.custos.identity.team.Team;
import io.custos.identity.team.TeamChange;
import io.custos.identity.team.TeamView;
import io.custos.identity.team.Teams;
import io.custos.platform.security.Caller;
import io.custos.platform.tenancy.TenantData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * SCIM Groups as teams, changed through {@link Teams} like the REST API changes them. Membership
 * places staff in a team; it grants no permission (grants are given in Custos only).
 */
@ApplicationScoped
public class ScimGroups implements ScimEndpoint.ResourceType {

    private static final Map<String, ScimQuery.Column> FILTERABLE = Map.of(
            "displayname", new ScimQuery.Column("r.name", ScimQuery.Kind.TEXT),
            "id", new ScimQuery.Column("r.id", ScimQuery.Kind.EXACT));

    @Inject
    Teams teams;

    @Inject
    TenantData data;

    @Inject
    Validator validator;

    @Inject
    ScimLocations locations;

    /** A team of the same name exists already: 409 {@code uniqueness}, also on a retry (RFC 7644 §3.3). */
    @Override
    @Transactional
    public JsonObject create(Caller caller, JsonObject body) {
        String name = displayName(body);
        NewTeam request = new NewTeam(name, null);
        Scim.requireValid(validator, request, field -> "displayName");
        requireFree(name, null);
        TeamView team = teams.create(caller, request);
        List<String> members = members(body);
        if (!members.isEmpty()) {
            teams.replaceMembers(caller, team.id(), new Members(members));
        }
        return representation(live(team.id()));
    }

    @Override
    @Transactional
    public JsonObject get(String id) {
        return representation(live(id));
    }

    @Override
    @Transactional
    public JsonObject replace(Caller caller, String id, JsonObject body) {
        Team team = live(id);
        store(caller, team, body);
        return representation(team);
    }

    @Override
    @Transactional
    public JsonObject patch(Caller caller, String id, JsonObject body) {
        Team team = live(id);
        store(caller, team, ScimPatch.apply(representation(team), body));
        return representation(team);
    }

    @Override
    @Transactional
    public JsonObject list(String filter, ScimPaging paging) {
        ScimQuery.Found<Team> found =
                ScimQuery.find(data.em(), Team.class, "1 = 1", Map.of(), filter, FILTERABLE, null, paging);
        return paging.answer(
                found.total(), found.items().stream().map(this::representation).toList());
    }

    /** A team still in use (grants, customers) answers 409 and stays. */
    @Override
    @Transactional
    public void delete(Caller caller, String id) {
        teams.delete(caller, live(id).id());
    }

    /** Name and members follow the representation where they differ. */
    private void store(Caller caller, Team team, JsonObject wanted) {
        String name = displayName(wanted);
        if (!name.equals(team.name())) {
            TeamChange change = new TeamChange(name);
            Scim.requireValid(validator, change, field -> "displayName");
            requireFree(name, team.id());
            teams.rename(caller, team.id(), change);
        }
        List<String> members = members(wanted);
        if (!Set.copyOf(members).equals(Set.copyOf(teams.view(team.id()).memberIds()))) {
            teams.replaceMembers(caller, team.id(), new Members(members));
        }
    }

    private void requireFree(String name, String exceptTeamId) {
        boolean taken = data
                .em()
                .createQuery("SELECT t.id FROM Team t WHERE LOWER(t.name) = :name", String.class)
                .setParameter("name", name.toLowerCase(java.util.Locale.ROOT))
                .getResultList()
                .stream()
                .anyMatch(id -> !id.equals(exceptTeamId));
        if (taken) {
            throw new ScimException(409, "uniqueness", "a group named '" + name + "' exists");
        }
    }

    private Team live(String id) {
        return teams.find(id).orElseThrow(() -> ScimException.notFound("Group", id));
    }

    private static String displayName(JsonObject body) {
        JsonValue name = ScimPatch.get(body, "displayName");
        if (!(name instanceof JsonString text) || text.getString().isBlank()) {
            throw ScimException.invalidValue("displayName is required");
        }
        return text.getString();
    }

    /** The members' SCIM ids (staff ids), each once, in the order given. */
    private static List<String> members(JsonObject body) {
        JsonValue members = ScimPatch.get(body, "members");
        if (members == null || members == JsonValue.NULL) {
            return List.of();
        }
        if (!(members instanceof JsonArray list)) {
            throw ScimException.invalidValue("members is an array");
        }
        Set<String> ids = new LinkedHashSet<>();
        for (JsonValue member : list) {
            JsonValue value = member instanceof JsonObject o ? ScimPatch.get(o, "value") : null;
            if (!(value instanceof JsonString id)) {
                throw ScimException.invalidValue("each member has a value (a User id)");
            }
            ids.add(id.getString());
        }
        return new ArrayList<>(ids);
    }

    private JsonObject representation(Team team) {
        JsonArrayBuilder members = Scim.JSON.createArrayBuilder();
        teams.view(team.id())
                .memberIds()
                .forEach(id -> members.add(Scim.JSON
                        .createObjectBuilder()
                        .add("value", id)
                        .add("$ref", locations.of("Users", id))
                        .add("type", "User")));
        return Scim.JSON
                .createObjectBuilder()
                .add("schemas", Scim.JSON.createArrayBuilder().add(Scim.GROUP))
                .add("id", team.id())
                .add("displayName", team.name())
                .add("members", members)
                .add(
                        "meta",
                        locations.meta(
                                "Group", "Groups", team.id(), team.createdAt(), team.modifiedAt(), team.version()))
                .build();
    }
}
