package io.custos.requests.request;

import java.time.Instant;

/** How staff made sure the requester is the customer, whether it worked, by whom and when. */
public record IdentityVerification(Method method, Result result, String note, String verifiedBy, Instant verifiedAt) {

    public enum Method {
        /** An identity document shown at the till or a copy checked. */
        ID_DOCUMENT,
        /** Details only the customer would know matched the record. */
        KNOWN_DETAILS,
        /** The request came through the customer's signed-in account. */
        AUTHENTICATED_ACCOUNT,
        OTHER
    }

    public enum Result {
        VERIFIED,
        FAILED
    }

    boolean verified() {
        return result == Result.VERIFIED;
    }
}
