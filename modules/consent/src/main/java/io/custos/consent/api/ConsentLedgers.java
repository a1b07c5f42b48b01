package io.custos.consent.api;

import io.custos.platform.security.Caller;
import jakarta.json.JsonObject;
import java.util.List;

/** Consent for data-subject requests: the history for an access bundle, withdrawals for an opt-out. */
public interface ConsentLedgers {

    /** Current state per purpose and the full history of one customer's consents. */
    JsonObject historyOf(String customerId);

    /** Records WITHDRAWN for every purpose given (all purposes when empty); the codes withdrawn. */
    List<String> withdrawAll(Caller caller, String customerId, List<String> purposes, String evidence);
}
