package io.custos.regions.rulepack;

import io.custos.platform.problem.NotFound;
import io.custos.platform.security.CallerContext;
import io.custos.platform.security.RequiresPermission;
import io.custos.regions.api.RulePack;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The country rule packs, for every staff member to read. */
@Path("rule-packs")
@Produces(MediaType.APPLICATION_JSON)
public class RulePackResource {

    @Inject
    RulePackCatalogue catalogue;

    @Inject
    EffectivePacks effective;

    @Inject
    CallerContext callers;

    @GET
    public Listing list() {
        return new Listing(catalogue.all().stream()
                .map(p -> new Summary(
                        p.code(),
                        p.name(),
                        p.version(),
                        p.law(),
                        p.countries(),
                        p.effectiveFrom().toString()))
                .toList());
    }

    @GET
    @Path("{code}")
    public Map<String, Object> get(@PathParam("code") String code) {
        RulePack pack = effective.byCode(code).orElseThrow(() -> new NotFound("rule pack", code));
        return withOverrides(pack);
    }

    @PUT
    @Path("{code}/overrides")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission("rulepack.manage")
    public Map<String, Object> override(
            @PathParam("code") String code, @NotNull(message = "a JSON body is required") JsonObject overrides) {
        return withOverrides(effective.override(callers.staff(), code, overrides));
    }

    private Map<String, Object> withOverrides(RulePack pack) {
        Map<String, Object> answer = fields(pack);
        Map<String, Object> overrides = effective.overridesOf(pack.code());
        answer.put("overrides", overrides);
        answer.put("lawValues", lawValues(pack.code(), overrides));
        return answer;
    }

    /** The shipped value of each overridden field, nulls included; empty when nothing is overridden. */
    private Map<String, Object> lawValues(String code, Map<String, Object> overrides) {
        Map<String, Object> lawValues = new LinkedHashMap<>();
        if (overrides.isEmpty()) {
            return lawValues;
        }
        Map<String, Object> law = fields(catalogue.byCode(code).orElseThrow(() -> new NotFound("rule pack", code)));
        overrides.keySet().forEach(field -> lawValues.put(field, law.get(field)));
        return lawValues;
    }

    /** Every field of the pack at the top level, in the schema's order, nulls included. */
    static Map<String, Object> fields(RulePack pack) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (var component : RulePack.class.getRecordComponents()) {
            try {
                Object value = component.getAccessor().invoke(pack);
                fields.put(component.getName(), plain(value));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        fields.put("effectiveFrom", pack.effectiveFrom().toString());
        return fields;
    }

    /** Enums by name, also inside lists and maps (clock stops, deadline units), as a pack file has them. */
    private static Object plain(Object value) {
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        if (value instanceof List<?> list) {
            return list.stream().map(RulePackResource::plain).toList();
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> names = new LinkedHashMap<>();
            map.forEach((k, v) -> names.put(k, plain(v)));
            return names;
        }
        return value;
    }

    /** The listing answer. */
    public record Listing(List<Summary> items) {}

    /** One pack in the listing. */
    public record Summary(
            String code, String name, String version, String law, List<String> countries, String effectiveFrom) {}
}
