package io.custos.regions.residency;

import io.custos.platform.access.CustomerFacts;
import io.custos.platform.access.GateOutcome;
import io.custos.platform.access.Gates;
import io.custos.platform.access.Gates.Residency;
import io.custos.platform.access.Subject;
import io.custos.regions.api.RulePack;
import io.custos.regions.api.RulePacks;
import io.custos.regions.transfer.TransferVolumes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * SCHEMA.md's residency gate: reads by staff based in another country than the customer (their home
 * store's country, else the tenant's headquarters, as identity knows them) are refused when the
 * customer's pack says LOCALISED, and when it says CONSENT_OR_ASSESSMENT unless the customer
 * granted CROSS_BORDER_TRANSFER (which the consent gate judges). FREE and SAFEGUARDS refuse nothing (safeguards are contracts). Past a
 * pack's yearly volume threshold, transfers under any regime stop until the tenant records a
 * safeguard for that pack.
 */
@ApplicationScoped
public class ResidencyRule implements Gates.ResidencyGate {

    static final String CROSS_BORDER = "CROSS_BORDER_TRANSFER";
    /** The actions that let data leave its country: reading it, in any form. */
    static final java.util.Set<String> READS = java.util.Set.of(
            "customer.read", "customer.read.sensitive", "customer.export", "consent.read", "segments.query");

    @Inject
    RulePacks packs;

    @Inject
    TransferVolumes volumes;

    @Override
    public Residency check(Subject subject, String action, CustomerFacts customer, Supplier<Optional<String>> basedIn) {
        if (!READS.contains(action)) {
            return Residency.settled(
                    GateOutcome.pass(GateOutcome.RESIDENCY, () -> action + " reads no customer data across a border"));
        }
        Optional<String> based = basedIn.get();
        if (based.isEmpty()) {
            return Residency.settled(GateOutcome.fail(GateOutcome.RESIDENCY, "the staff member's country is unknown"));
        }
        String staffCountry = based.get();
        if (staffCountry.equals(customer.country())) {
            return Residency.settled(GateOutcome.pass(
                    GateOutcome.RESIDENCY, () -> "staff member and customer are both in " + customer.country()));
        }
        RulePack pack = packs.governing(customer.country(), customer.subdivision());
        Supplier<String> across = () -> "access from " + staffCountry + " to a " + customer.country() + " customer ("
                + pack.code() + ": " + pack.crossBorder() + ")";
        return switch (pack.crossBorder()) {
            case FREE, SAFEGUARDS ->
                Residency.settled(withinVolume(
                        pack, across, GateOutcome.pass(GateOutcome.RESIDENCY, () -> across.get() + " is allowed")));
            case LOCALISED ->
                Residency.settled(GateOutcome.fail(
                        GateOutcome.RESIDENCY, () -> across.get() + " is refused: data stays in the country"));
            case CONSENT_OR_ASSESSMENT ->
                Residency.onConsentTo(
                        CROSS_BORDER,
                        withinVolume(
                                pack,
                                across,
                                GateOutcome.pass(
                                        GateOutcome.RESIDENCY,
                                        () -> across.get() + " rests on the customer's cross-border consent")),
                        GateOutcome.fail(
                                GateOutcome.RESIDENCY,
                                () -> across.get() + " needs the customer's cross-border consent"));
        };
    }

    /** An allowed transfer, unless the pack's transfers stopped this year for their volume. */
    private GateOutcome withinVolume(RulePack pack, Supplier<String> across, GateOutcome allowed) {
        return volumes.stopped(pack)
                .map(why -> GateOutcome.fail(GateOutcome.RESIDENCY, () -> across.get() + " is refused: " + why))
                .orElse(allowed);
    }

    @Override
    public java.util.Set<String> packsClosedAcrossBorders(String action) {
        if (!READS.contains(action)) {
            return java.util.Set.of();
        }
        java.util.Set<String> closed = packs.all().stream()
                .filter(p -> p.crossBorder() == RulePack.CrossBorder.LOCALISED
                        || p.crossBorder() == RulePack.CrossBorder.CONSENT_OR_ASSESSMENT)
                .map(RulePack::code)
                .collect(java.util.stream.Collectors.toCollection(java.util.HashSet::new));
        closed.addAll(packsStoppedByVolume());
        return closed;
    }

    @Override
    public java.util.Set<String> packsStoppedByVolume() {
        return packs.all().stream()
                .filter(p -> volumes.stopped(p).isPresent())
                .map(RulePack::code)
                .collect(java.util.stream.Collectors.toSet());
    }
}
