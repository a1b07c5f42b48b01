package io.custos.platform.approval;

import java.time.Duration;
import java.util.Optional;

/**
 * Which actions the bound tenant holds for a second person's approval, and for how long such an
 * approval stays open; implemented by the module that keeps tenant settings.
 */
public interface ApprovalPolicy {

    /** How long an approval of {@code action} stays open; empty when the tenant runs it at once. */
    Optional<Duration> approvalWindow(String action);
}
