package io.custos.it;

import java.util.List;
import java.util.Map;

/**
 * A request body each JSON operation accepts, by operationId (reviewed by hand: a body built from
 * the schema alone would name objects that do not exist, and the 404 or 400 it earns would hide
 * what a probe looks for). Objects a body names are the caller's own: in the isolation probe,
 * only the path names the other tenant's.
 */
final class ValidBodies {

    private ValidBodies() {}

    static Map<String, Object> of(String operationId, TenantObjects caller) {
        Map<String, String> own = caller.ids;
        return switch (operationId) {
            case "onboardTenant" -> new Tenants().newTenantBody(Tenants.uniqueSlug("probe"));
            case "advanceTestClock" -> Map.of("advance", "PT1S");
            case "sendTestMail" -> Map.of("to", "probe@example.com");
            case "logIn" -> Map.of("tenant", caller.tenant.slug(), "username", "nobody", "password", "probe");
            case "completeMfaLogin" -> Map.of("mfaToken", "probe", "code", "123456");
            case "confirmTotpEnrolment", "stepUp" -> Map.of("code", "123456");
            case "openAccessReview" -> Map.of("name", "Probe", "autoRevokeUnreviewed", false);
            case "decideAccessReviewItem", "decideMyAccessReviewItem" -> Map.of("decision", "KEEP");
            case "openBreakGlass" -> Map.of("customerId", own.get("customer"), "reason", "probe", "hours", 1);
            case "reviewBreakGlass" -> Map.of("justified", true, "note", "probe");
            case "registerBreach" -> TenantObjects.breachOf(own.get("customer"));
            case "completeBreachTask" -> Map.of("note", "probe");
            case "purgeAuditTrail" -> Map.of("before", "2020-01-01T00:00:00Z");
            case "setAuditRetention" -> Map.of("days", 3650);
            case "declareSensitiveAttributes" -> Map.of("items", List.of("allergies"));
            case "createCustomer" ->
                Map.of("storeId", own.get("store"), "givenName", "Eve", "familyName", "Probe", "country", "DE");
            case "updateCustomer" -> Map.of("givenName", "Eve");
            case "recordConsent" -> Map.of("purpose", "MARKETING", "state", "GRANTED", "source", "POS");
            case "createScimToken" -> Map.of("name", "Probe provisioning");
            case "recordTransferSafeguard" -> transferSafeguard();
            case "createSsoProvider" -> TenantObjects.ssoProviderBody();
            case "updateSsoProvider" -> Map.of("trustedAcr", List.of("1"));
            case "linkSsoSubject" -> Map.of("staffId", own.get("staff"), "subject", "probe-subject-2");
            // a change (else every racer matches the unchanged version): an emergency admin, SSO still optional
            case "changeSsoPolicy" -> Map.of("ssoOnly", false, "emergencyAdmins", List.of(caller.tenant.adminId()));
            case "publishConsentNotice" ->
                Map.of("purpose", "PROFILING", "language", "en", "title", "Profiles", "text", "What we learn");
            case "transferCustomerOwnership" -> Map.of("ownerId", caller.tenant.adminId());
            case "reassignCustomers" ->
                Map.of("fromStaffId", own.get("staff"), "toStaffId", caller.tenant.adminId(), "reason", "probe");
            case "giveGrant" -> grant(own);
            case "giveGrantsInBulk" -> Map.of("grants", List.of(grant(own)));
            case "revokeGrantsInBulk" -> Map.of("grantIds", List.of(own.get("grant")), "reason", "probe");
            case "revokeGrant", "extendPrivacyRequest", "resetStaffSecondFactor", "resetStaffPassword" ->
                Map.of("reason", "probe");
            // the current password, and itself again as the new one: refused (400) without changing anything
            case "changeMyPassword" ->
                Map.of("currentPassword", Tenants.ADMIN_PASSWORD, "newPassword", Tenants.ADMIN_PASSWORD);
            case "approveApproval", "rejectApproval" -> Map.of("reason", "probe");
            case "aggregateCustomers" -> Map.of("groupBy", List.of("country"));
            case "acknowledgeCourse" -> Map.of("version", "2026.1");
            case "receivePrivacyRequest" -> Map.of("customerId", own.get("customer"), "type", "ACCESS");
            case "createPrivacyCentreTillCode" -> Map.of("customerId", own.get("customer"));
            case "fulfilPrivacyRequest" -> Map.of("purposes", List.of());
            case "stopPrivacyRequestClock" -> Map.of("reason", "CLARIFICATION");
            case "verifyPrivacyRequestIdentity" -> Map.of("method", "ID_DOCUMENT", "result", "VERIFIED");
            case "createPurpose" -> Map.of("code", "PROBE", "description", "Probe");
            case "createWebhook" -> Map.of("url", "http://127.0.0.1:9/probe", "eventTypes", List.of("grant.revoked"));
            case "updateWebhook" -> Map.of("description", "probe");
            case "createRegion" -> Map.of("code", "PROBE", "name", "Probe");
            case "createRole" -> Map.of("name", "Probe", "permissions", List.of("customer.read"));
            case "updateRole" -> Map.of("name", "Probe updated", "permissions", List.of("customer.read"));
            case "setRulePackOverrides" -> Map.of("dsarResponseDays", 20);
            case "updateTenantSettings" -> Map.of("training", Map.of("graceDays", 14));
            case "countSegment", "exportSegment", "querySegment" -> Map.of("purpose", "MARKETING");
            case "createStaff" -> Map.of("username", "probe", "email", "probe@example.com");
            case "updateStaff" -> Map.of("displayName", "Probe");
            case "createStore" -> Map.of("code", "PRB", "name", "Probe", "country", "DE");
            case "createTeam" -> Map.of("name", "Probe");
            case "replaceTeamMembers" -> Map.of("staffIds", List.of(caller.tenant.adminId()));
            case "renameTeam" -> Map.of("name", "Probe floor");
            case "assignTraining" -> Map.of("staffId", caller.tenant.adminId(), "courseCode", own.get("course"));
            case "createCourse" ->
                Map.of(
                        "code",
                        "PROBE",
                        "title",
                        "Probe",
                        "version",
                        "1",
                        "validityMonths",
                        12,
                        "jurisdictions",
                        List.of("CN"),
                        "requiredForPermissions",
                        List.of("customer.export"));
            case "updateCourse" -> Map.of("title", "Probe");
            case "publishCourseVersion" -> Map.of("version", "2026.2", "requiresReacknowledgment", false);
            case "createCourseDraft" ->
                Map.of(
                        "version",
                        "2026.8",
                        "requiresReacknowledgment",
                        false,
                        "sections",
                        List.of(Map.of("heading", "Probe", "body", "Probe *material*")));
            case "replaceCourseDraft" ->
                Map.of(
                        "requiresReacknowledgment",
                        true,
                        "sections",
                        List.of(Map.of("heading", "Probe", "body", "Probe *material*")));
            case "submitQuizAttempt" -> Map.of("answers", List.of());
            case "importCompletions" ->
                Map.of(
                        "completions",
                        List.of(Map.of(
                                "staff",
                                caller.tenant.adminId(),
                                "courseCode",
                                own.get("course"),
                                "version",
                                "2026.1",
                                "completedAt",
                                "2026-01-15T09:00:00Z",
                                "sourceSystem",
                                "ProbeLMS")));
            default ->
                throw new AssertionError("No valid request body for operation " + operationId
                        + ": add one to ValidBodies.of (a body the operation accepts in a fresh tenant)");
        };
    }

    /** A safeguard for a pack without a volume threshold (EU): recording it changes no decision. */
    static Map<String, Object> transferSafeguard() {
        return Map.of("kind", "STANDARD_CONTRACT", "pack", "EU", "validFrom", "2026-01-01", "reference", "Probe SCC");
    }

    /** A grant of the caller's own role to their own staff member over the whole tenant. */
    private static Map<String, Object> grant(Map<String, String> own) {
        return Map.of(
                "staffId",
                own.get("staff"),
                "roleId",
                own.get("role"),
                "scope",
                Map.of("type", "TENANT"),
                "reason",
                "probe");
    }
}
