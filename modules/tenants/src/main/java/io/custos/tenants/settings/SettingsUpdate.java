package io.custos.tenants.settings;

import io.custos.identity.api.Approvers;
import io.custos.identity.api.People;
import io.custos.identity.api.PermissionNames;
import io.custos.identity.api.SecondFactorRules;
import io.custos.platform.problem.Problem;
import io.custos.platform.problem.Unprocessable;
import io.custos.platform.security.Caller;
import io.custos.platform.tenancy.TenantData;
import io.custos.platform.transaction.ConcurrentChange;
import io.custos.platform.versioning.Versions;
import io.custos.tenants.api.TenantSettings;
import io.custos.tenants.api.TenantSettingsChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.LongConsumer;

/**
 * Changes the bound tenant's settings by a JSON merge patch: checked against the document's keys,
 * types and bounds, stored as a new version, audited with each changed key's old and new value.
 * A patch that changes nothing writes nothing. Changes take turns on the tenant's row.
 */
@ApplicationScoped
public class SettingsUpdate {

    @Inject
    TenantData data;

    @Inject
    CurrentSettings current;

    @Inject
    Validator validator;

    @Inject
    PermissionNames permissions;

    @Inject
    Approvers approvers;

    @Inject
    People people;

    @Inject
    Event<TenantSettingsChanged> changed;

    @Inject
    Event<SecondFactorRules.Changed> secondFactorRulesChanged;

    @Inject
    Clock clock;

    /** The API's update: {@code ifMatch} must name the version in force (428 without, 412 stale). */
    @Transactional
    public Versioned patch(Caller caller, String ifMatch, JsonObject patch) {
        return change(caller, patch, version -> Versions.requireMatch(ifMatch, version))
                .now();
    }

    /**
     * Tenant-config's update: the keys the document names, over whatever version is in force (the
     * document says what the settings must be); answers the keys it changed.
     */
    @Transactional
    public List<String> merge(Caller caller, JsonObject patch) {
        return change(caller, patch, version -> {}).changedKeys();
    }

    private Outcome change(Caller caller, JsonObject patch, LongConsumer precondition) {
        Optional<StoredSettings> row = current.row(LockModeType.PESSIMISTIC_WRITE);
        long version = row.map(StoredSettings::version).orElse(0L);
        precondition.accept(version);
        TenantSettings before =
                row.map(stored -> current.parse(stored.document())).orElse(TenantSettings.DEFAULTS);
        TenantSettings after = SettingsDocument.patched(before, patch);
        refuseOutOfBounds(before, after);
        if (after.fourEyes().enabled() && !before.fourEyes().enabled()) {
            requireTwoApprovers();
        }
        Map<String, Object> was = SettingsDocument.flat(before);
        Map<String, Object> oldValues = new TreeMap<>();
        Map<String, Object> newValues = new TreeMap<>();
        SettingsDocument.flat(after).forEach((key, value) -> {
            if (!Objects.equals(was.get(key), value)) {
                oldValues.put(key, was.get(key));
                newValues.put(key, value);
            }
        });
        if (newValues.isEmpty()) {
            return new Outcome(new Versioned(before, version), List.of());
        }
        Instant now = clock.instant();
        String document = SettingsDocument.write(after);
        StoredSettings stored = row.orElseGet(() -> {
            StoredSettings first = new StoredSettings(document, caller.staffId(), now);
            data.em().persist(first);
            return first;
        });
        stored.replace(document, caller.staffId(), now);
        // two first changes at once: the loser runs again and meets the winner's row
        ConcurrentChange.flush(data.em(), "uq_tenants_settings_tenant", "the tenant's settings");
        current.forget();
        if (!before.mfa().equals(after.mfa())) {
            secondFactorRulesChanged.fire(new SecondFactorRules.Changed(caller.tenantId()));
        }
        changed.fire(new TenantSettingsChanged(
                caller.tenantId(), caller.staffId(), stored.version(), oldValues, newValues, after, now));
        return new Outcome(new Versioned(after, stored.version()), List.copyOf(newValues.keySet()));
    }

    /**
     * 422 naming every key outside its bounds, every freshness window of an unknown permission,
     * every conflicting pair that is not two distinct known permissions, and every emergency admin
     * added who is not an active staff member.
     */
    private void refuseOutOfBounds(TenantSettings before, TenantSettings settings) {
        List<Problem.FieldError> errors = new ArrayList<>();
        validator
                .validate(settings)
                .forEach(violation -> errors.add(
                        new Problem.FieldError(violation.getPropertyPath().toString(), violation.getMessage())));
        settings.mfa().freshnessMinutes().forEach((permission, minutes) -> {
            String key = "mfa.freshnessMinutes." + permission;
            if (!permissions.isKnown(permission)) {
                errors.add(new Problem.FieldError(key, "is not a permission"));
            } else if (minutes < TenantSettings.Mfa.FRESHNESS_MIN || minutes > TenantSettings.Mfa.FRESHNESS_MAX) {
                errors.add(new Problem.FieldError(
                        key,
                        "must be between " + TenantSettings.Mfa.FRESHNESS_MIN + " and "
                                + TenantSettings.Mfa.FRESHNESS_MAX));
            }
        });
        List<List<String>> conflicts =
                Objects.requireNonNullElse(settings.separationOfDuties().conflicts(), List.of());
        if (conflicts.size() > TenantSettings.SeparationOfDuties.MAX_PAIRS) {
            errors.add(new Problem.FieldError(
                    "separationOfDuties.conflicts",
                    "names at most " + TenantSettings.SeparationOfDuties.MAX_PAIRS + " pairs"));
        }
        for (int n = 0; n < conflicts.size(); n++) {
            String key = "separationOfDuties.conflicts[" + n + "]";
            List<String> pair = conflicts.get(n);
            if (pair == null || pair.contains(null)) {
                continue; // Bean Validation names it above
            }
            if (pair.size() != 2) {
                errors.add(new Problem.FieldError(key, "must be a pair of two permissions"));
            } else if (pair.get(0).equals(pair.get(1))) {
                errors.add(new Problem.FieldError(key, "must name two different permissions"));
            } else {
                pair.stream()
                        .filter(permission -> !permissions.isKnown(permission))
                        .forEach(permission ->
                                errors.add(new Problem.FieldError(key, permission + " is not a permission")));
            }
        }
        List<String> emergencyAdmins = Objects.requireNonNullElse(settings.sso().emergencyAdmins(), List.of());
        for (int n = 0; n < emergencyAdmins.size(); n++) {
            String staffId = emergencyAdmins.get(n);
            // one named before and offboarded since must not block every later change of the settings
            boolean added = !before.sso().emergencyAdmins().contains(staffId);
            if (staffId != null && added && !people.isActiveStaff(staffId)) {
                errors.add(
                        new Problem.FieldError("sso.emergencyAdmins[" + n + "]", "no active staff member " + staffId));
            }
        }
        if (!errors.isEmpty()) {
            errors.sort(Comparator.comparing(Problem.FieldError::field));
            throw new SettingsOutOfBounds(errors);
        }
    }

    /** Four eyes with one approver would hold every marked action for good. */
    private void requireTwoApprovers() {
        long active = approvers.active();
        if (active < 2) {
            throw new Unprocessable(
                    "four-eyes-needs-approvers",
                    "four eyes needs two or more active staff holding tenant.manage over the whole tenant;"
                            + " this tenant has " + active);
        }
    }

    /** The settings in force after a change, and the keys it changed. */
    private record Outcome(Versioned now, List<String> changedKeys) {}
}
