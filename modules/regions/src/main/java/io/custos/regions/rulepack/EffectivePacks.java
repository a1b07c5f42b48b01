package io.custos.regions.rulepack;

import io.custos.platform.access.TenantRules;
import io.custos.platform.access.TenantRulesChanged;
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

    private static final String IN_FORCE = "rule-pack-overrides";

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

    @Inject
    TenantRules tenantRules;

    @Inject
    Event<TenantRulesChanged> rulesChanged;

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
        InForce inForce = inForce();
        return shipped.all().stream()
                .map(law -> inForce.packs().getOrDefault(law.code(), law))
                .toList();
    }

    /** The tenant's overrides in force for a pack (empty when none). */
    @Transactional
    public Map<String, Object> overridesOf(String code) {
        return inForce().overrides().getOrDefault(code, Map.of());
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
        memo.forget(IN_FORCE);
        // another request wrote this revision since the last was read: the run again goes on top of it
        ConcurrentChange.flush(data.em(), "uq_regions_rule_override_revision", "the overrides of " + code);
        rulesChanged.fire(new TenantRulesChanged(caller.tenantId(), IN_FORCE));
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
        return inForce().packs().getOrDefault(law.code(), law);
    }

    /**
     * The tenant's overrides in force and the packs they make: every decision asks, an admin
     * rarely changes them, so they are read once per transaction and kept across requests under
     * the tenant's context version (#18, P2).
     */
    private InForce inForce() {
        return memo.get(IN_FORCE, () -> tenantRules.get(IN_FORCE, this::readInForce));
    }

    private InForce readInForce() {
        Map<String, Map<String, Object>> overrides = new java.util.HashMap<>();
        data.em()
                .createQuery(
                        "SELECT o FROM RulePackOverride o ORDER BY o.packCode, o.revision DESC", RulePackOverride.class)
                .getResultStream()
                .forEach(o -> overrides.computeIfAbsent(
                        o.packCode(), code -> java.util.Collections.unmodifiableMap(parse(o.overridesJson()))));
        Map<String, RulePack> packs = new java.util.HashMap<>();
        overrides.forEach((code, fields) -> shipped.byCode(code)
                .filter(law -> !fields.isEmpty())
                .ifPresent(law -> packs.put(code, overlay(law, fields))));
        return new InForce(Map.copyOf(overrides), Map.copyOf(packs));
    }

    /** Overrides by pack code, and the effective pack of each pack they change. */
    private record InForce(Map<String, Map<String, Object>> overrides, Map<String, RulePack> packs) {}

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
