package io.custos.identity.grant;

import io.custos.platform.problem.Forbidden;
import io.custos.platform.problem.Problem;
import java.time.Instant;

/** A grant that would let someone give themselves, or others, more than they hold, or for longer. */
public class SeparationOfDuties extends Forbidden {
    private final String slug;

    SeparationOfDuties(String slug, String detail) {
        super("grant", detail);
        this.slug = slug;
    }

    static SeparationOfDuties selfGrant() {
        return new SeparationOfDuties("self-grant", "nobody grants roles to themselves");
    }

    static SeparationOfDuties escalation(String permission, Scope scope) {
        return new SeparationOfDuties(
                "escalation", "you do not hold " + permission + " over " + scope + ", so you cannot grant it");
    }

    static SeparationOfDuties outliving(String permission, Scope scope, Instant heldUntil) {
        return new SeparationOfDuties(
                "escalation",
                "you hold " + permission + " over " + scope + " only until " + heldUntil
                        + ", so the grant must end by then (validUntil)");
    }

    /** A region or store admin placing staff outside where they hold the permission. */
    public static SeparationOfDuties outsideReach(String permission, String storeId) {
        return new SeparationOfDuties(
                "escalation",
                "you hold " + permission + " only over some regions or stores, and "
                        + (storeId == null ? "staff without a home store" : "store " + storeId)
                        + " is not among them");
    }

    /** A region admin opening a campaign beyond their regions. */
    public static SeparationOfDuties outsideRegions(String permission) {
        return new SeparationOfDuties(
                "escalation", "you hold " + permission + " only over some regions: name one of them (regionId)");
    }

    @Override
    public Problem problem() {
        return Problem.of(403, slug, "Forbidden", getMessage()).with("gate", gate());
    }
}
