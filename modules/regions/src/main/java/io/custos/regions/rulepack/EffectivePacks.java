package io.custos.regions.rulepack;

import io.custos.platform.json.Json;
import io.custos.platform.problem.DomainProblem;
import io.custos.platform.problem.InvalidInput;
import io.custos.platform.problem.NotFound;
import io.custos.platform.problem.Problem;
import io.custos.platform.security.Caller;
import io.custos.platform.tenancy.TenantData;
import io.custos.platform.tenancy.TenantScope;
import io.custos.platform.transaction.ConcurrentChange;
import io.custos.platform.transaction.TransactionMemo;
import io.custos.regions.api.RulePack;
import io.custos.regions.api.RulePackOverridden;
import io.custos.regions.api.RulePacks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.io.StringReader;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The packs as they apply to the bound tenant: shipped figures with the tenant's overrides laid
 * over them. Overrides may only tighten (see {@link Strictness}); each change is a new revision.
 */
@ApplicationScoped
public class EffectivePacks implements RulePacks {

    @Inject
    RulePackCatalogue shipped;

    @Inject
    TenantData data;

    @Inject
    Event<RulePackOverridden> overridden;

    @Inject
    Clock clock;

    @Inject
    TransactionMemo memo;

    @Override
    @Transactional
    public RulePack governing(String country, String subdivision) {
        return effective(shipped.governing(country, subdivision));
    }

    @Override
    @Transactional
    public Optional<RulePack> byCode(String code) {
        return shipped.byCode(code).map(this::effective);
    }

    @Override
    @Transactional
    public java.util.List<RulePack> all() {
        if (TenantScope.current().isEmpty()) {
            return java.util.List.copyOf(shipped.all());
        }
        // one query for every pack's latest revision: lists ask for all packs on each request
        Map<String, String> latest = new java.util.HashMap<>();
        data.em()
                .createQuery(
                        "SELECT o FROM RulePackOverride o ORDER BY o.packCode, o.revision DESC", RulePackOverride.class)
                .getResultStream()
                .forEach(o -> latest.putIfAbsent(o.packCode(), o.overridesJson()));
        return shipped.all().stream()
                .map(law -> {
                    Map<String, Object> overrides = parse(latest.getOrDefault(law.code(), "{}"));
                    return overrides.isEmpty() ? law : overlay(law, overrides);
                })
                .toList();
    }

    /** The tenant's overrides in force for a pack (empty when none). */
    @Transactional
    public Map<String, Object> overridesOf(String code) {
        return latest(code).map(o -> parse(o.overridesJson())).orElse(Map.of());
    }

    /**
     * Replaces the tenant's overrides of a pack with a new revision; 422 for a looser value.
     * Concurrent replacements are each applied, one revision after the other, in some order.
     */
    @Transactional
    public RulePack override(Caller caller, String code, JsonObject request) {
        RulePack law = shipped.byCode(code).orElseThrow(() -> new NotFound("rule pack", code));
        Map<String, Object> proposed = new LinkedHashMap<>();
        for (Map.Entry<String, JsonValue> field : request.entrySet()) {
            if (!Strictness.OVERRIDABLE.contains(field.getKey())) {
                throw new InvalidInput(field.getKey(), "is not a pack field a tenant may override");
            }
            proposed.put(field.getKey(), plain(field.getKey(), field.getValue()));
        }
        RulePack tightened = overlay(law, proposed);
        List<Problem.FieldError> looser = new ArrayList<>();
        for (String field : proposed.keySet()) {
            Strictness.loosening(field, law, tightened)
                    .ifPresent(why -> looser.add(new Problem.FieldError(field, why)));
        }
        if (!looser.isEmpty()) {
            throw new LooserThanTheLaw(code, looser);
        }
        Optional<RulePackOverride> previous = latestTakingTurns(code);
        Map<String, Object> before = previous.map(o -> parse(o.overridesJson())).orElse(Map.of());
        int revision = previous.map(o -> o.revision() + 1).orElse(1);
        data.em()
                .persist(new RulePackOverride(code, revision, Json.write(proposed), caller.staffId(), clock.instant()));
        memo.forget(new LatestOverride(code));
        // another request wrote this revision since the last was read: the run again goes on top of it
        ConcurrentChange.flush(data.em(), "uq_regions_rule_override_revision", "the overrides of " + code);
        overridden.fire(new RulePackOverridden(
                caller.tenantId(), caller.staffId(), code, revision, before, proposed, clock.instant()));
        return tightened;
    }

    /**
     * The pack's latest revision, with all its revisions locked until the transaction ends, so
     * that replacements of one pack take turns: each locks from the first revision up (a request
     * holds nothing else while it waits) and, being a locking read, sees the revision the one before it
     * committed, where a plain read would see its snapshot and clash with that revision on insert.
     * Only the first revision is left to race; its loser runs again ({@link ConcurrentChange}).
     */
    private Optional<RulePackOverride> latestTakingTurns(String code) {
        List<RulePackOverride> revisions = data.em()
                .createQuery(
                        "SELECT o FROM RulePackOverride o WHERE o.packCode = :code ORDER BY o.revision",
                        RulePackOverride.class)
                .setParameter("code", code)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        return revisions.isEmpty() ? Optional.empty() : Optional.of(revisions.get(revisions.size() - 1));
    }

    private RulePack effective(RulePack law) {
        if (TenantScope.current().isEmpty()) {
            return law;
        }
        Map<String, Object> overrides = overridesOf(law.code());
        return overrides.isEmpty() ? law : overlay(law, overrides);
    }

    private Optional<RulePackOverride> latest(String code) {
        return memo.get(new LatestOverride(code), () -> data.em()
                .createQuery(
                        "SELECT o FROM RulePackOverride o WHERE o.packCode = :code ORDER BY o.revision DESC",
                        RulePackOverride.class)
                .setParameter("code", code)
                .setMaxResults(1)
                .getResultStream()
                .findFirst());
    }

    /** A decision asks for a pack's overrides once per gate: read once per transaction. */
    private record LatestOverride(String packCode) {}

    private static RulePack overlay(RulePack law, Map<String, Object> overrides) {
        Map<String, Object> fields = RulePackResource.fields(law);
        fields.putAll(overrides);
        try {
            return RulePackFile.fromFields(law.code() + " with overrides", fields);
        } catch (IllegalStateException wrongType) {
            String message = wrongType.getMessage();
            String field = overrides.keySet().stream()
                    .filter(f -> message.contains(": " + f + " "))
                    .findFirst()
                    .orElse("body");
            throw new InvalidInput(field, message.substring(message.indexOf(": ") + 2));
        }
    }

    private static Map<String, Object> parse(String json) {
        try (var reader = Json.provider().createReader(new StringReader(json))) {
            Map<String, Object> fields = new LinkedHashMap<>();
            reader.readObject().forEach((k, v) -> fields.put(k, plain(k, v)));
            return fields;
        }
    }

    /** JSON values as the plain Java values the pack reader takes (whole numbers as Integer). */
    private static Object plain(String field, JsonValue value) {
        return switch (value.getValueType()) {
            case NULL -> null;
            case TRUE -> Boolean.TRUE;
            case FALSE -> Boolean.FALSE;
            case STRING -> ((JsonString) value).getString();
            case NUMBER -> {
                JsonNumber number = (JsonNumber) value;
                if (!number.isIntegral()) {
                    yield number.doubleValue();
                }
                try {
                    yield number.bigDecimalValue().intValueExact();
                } catch (ArithmeticException e) {
                    throw new InvalidInput(field, "is out of range");
                }
            }
            case ARRAY -> ((JsonArray) value).stream().map(v -> plain(field, v)).toList();
            case OBJECT -> {
                Map<String, Object> map = new LinkedHashMap<>();
                ((JsonObject) value).forEach((k, v) -> map.put(k, plain(field + "." + k, v)));
                yield map;
            }
        };
    }

    /** 422: the override would loosen what the law requires; {@code errors} name the fields. */
    static class LooserThanTheLaw extends DomainProblem {
        private final List<Problem.FieldError> errors;

        LooserThanTheLaw(String code, List<Problem.FieldError> errors) {
            super("overrides of " + code + " may only tighten the law: "
                    + errors.get(0).field() + " " + errors.get(0).message());
            this.errors = List.copyOf(errors);
        }

        @Override
        public Problem problem() {
            return Problem.of(422, "looser-than-the-law", "Not allowed by a rule", getMessage())
                    .withErrors(errors);
        }
    }
}
