package io.custos.app.demo;

import io.custos.identity.review.AccessReviewItem;
import io.custos.identity.review.AccessReviews;
import io.custos.identity.review.ItemView;
import io.custos.identity.review.NewAccessReview;
import io.custos.platform.security.Caller;
import io.custos.platform.security.PermissionCheck;
import io.custos.requests.request.Extension;
import io.custos.requests.request.Fulfilment;
import io.custos.requests.request.IdentityVerification;
import io.custos.requests.request.NewIdentityVerification;
import io.custos.requests.request.NewPrivacyRequest;
import io.custos.requests.request.PrivacyRequest;
import io.custos.requests.request.PrivacyRequestView;
import io.custos.requests.request.PrivacyRequests;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * The privacy office's desk: data-subject requests on the clocks their rule packs set, one of them
 * overdue, one extended and two fulfilled; and an access review half done.
 */
@ApplicationScoped
public class DemoCaseWork {

    static final String REVIEW = "Europe access review, winter 2026";

    @Inject
    Endpoint endpoint;

    @Inject
    PrivacyRequests requests;

    @Inject
    AccessReviews reviews;

    @Inject
    Clock clock;

    /**
     * Requests handled by the admin (the privacy officer has yet to enrol a second factor), received
     * at different times so the queue shows its clocks: one overdue, one days from its deadline, fresh
     * ones, one extended, two fulfilled (the access request after its requester's identity was
     * verified). Answers how many.
     */
    int requests(DemoData.Demo demo) {
        Caller admin = demo.admin();
        endpoint.require(admin, "privacy-request.handle", PermissionCheck.Reach.ANY_SCOPE);
        receive(
                admin,
                demo.customerIn("BER-MITTE", 0),
                PrivacyRequest.Type.ACCESS,
                34,
                "A letter asking for a copy of their data, left unopened at the store for weeks");
        receive(
                admin,
                demo.customerIn("TYO-GINZA", 0),
                PrivacyRequest.Type.RECTIFICATION,
                11,
                "New phone number after a move; the shortest clock of the chain (JP, 14 days)");
        receive(
                admin,
                demo.customerIn("SAO-PAULISTA", 0),
                PrivacyRequest.Type.ERASURE,
                2,
                "Closing their loyalty account");
        receive(admin, demo.customerIn("SFO-UNION", 0), PrivacyRequest.Type.OPT_OUT, 0, "Do not sell or share my data");
        var extended = receive(
                admin,
                demo.customerIn("LON-SOHO", 0),
                PrivacyRequest.Type.ACCESS,
                20,
                "Everything since the account opened");
        requests.extend(
                admin, extended.id(), new Extension("Eight years of purchase history across two stores to collect"));
        var access = receive(admin, demo.customerIn("PAR-MARAIS", 0), PrivacyRequest.Type.ACCESS, 6, "Sent by e-mail");
        requests.verifyIdentity(
                admin,
                access.id(),
                new NewIdentityVerification(
                        IdentityVerification.Method.ID_DOCUMENT,
                        IdentityVerification.Result.VERIFIED,
                        "Identity card shown at the Marais store"));
        requests.fulfil(admin, access.id(), new Fulfilment(null, null));
        var optOut = receive(admin, demo.customerIn("SFO-UNION", 1), PrivacyRequest.Type.OPT_OUT, 1, "Web form");
        requests.fulfil(admin, optOut.id(), new Fulfilment(null, List.of("MARKETING", "SALE_OR_SHARING")));
        return 7;
    }

    private PrivacyRequestView receive(
            Caller admin, String customerId, PrivacyRequest.Type type, int daysAgo, String note) {
        return requests.receive(
                admin,
                new NewPrivacyRequest(customerId, type, note, clock.instant().minus(Duration.ofDays(daysAgo))));
    }

    /** Kept and to be revoked at closing; every other item of the campaign is left open. */
    static final List<String> KEPT = List.of("lena.weber", "jonas.becker");

    static final String TO_REVOKE = "camille.martin";

    /** A campaign over Europe's grants with a few items decided and the rest open; answers its size. */
    int review(DemoData.Demo demo) {
        Caller admin = demo.admin();
        endpoint.require(admin, "access-review.run");
        var review = reviews.open(
                admin,
                new NewAccessReview(
                        REVIEW, demo.region("EUROPE"), clock.instant().plus(Duration.ofDays(21)), false));
        List<ItemView> items = reviews.items(admin, review.id());
        for (ItemView item : items.stream()
                .filter(i -> i.reviewerId().equals(admin.staffId()))
                .toList()) {
            if (item.staffId().equals(demo.staffId(TO_REVOKE))) {
                reviews.decide(admin, review.id(), item.id(), AccessReviewItem.Decision.REVOKE);
            } else if (KEPT.stream().map(demo::staffId).anyMatch(item.staffId()::equals)) {
                reviews.decide(admin, review.id(), item.id(), AccessReviewItem.Decision.KEEP);
            }
        }
        return items.size();
    }
}
