package io.custos.identity.role;

import java.util.Arrays;
import java.util.Optional;

/** The catalogue of permissions; sensitive ones need a session with a second factor. */
public enum Permission {
    CUSTOMER_READ("customer.read", "Read customers' identity and contact fields", false),
    CUSTOMER_READ_SENSITIVE("customer.read.sensitive", "Read sensitive and financial fields", true),
    CUSTOMER_CREATE("customer.create", "Create customers", false),
    CUSTOMER_UPDATE("customer.update", "Update customers", false),
    CUSTOMER_DELETE("customer.delete", "Delete customers", true),
    CUSTOMER_EXPORT("customer.export", "Export customer data", true),
    CUSTOMER_TRANSFER("customer.transfer", "Transfer customer ownership", true),
    CONSENT_RECORD("consent.record", "Record consent events", false),
    CONSENT_READ("consent.read", "Read consent state and history", false),
    INSIGHTS_AGGREGATE("insights.aggregate", "See aggregated, small-cell-suppressed counts", false),
    SEGMENTS_QUERY("segments.query", "Query consent-aware customer segments", false),
    PRIVACY_REQUEST_HANDLE("privacy-request.handle", "Handle data-subject requests", true),
    STAFF_MANAGE("staff.manage", "Manage staff accounts and teams", false),
    ROLE_MANAGE("role.manage", "Manage roles", false),
    GRANT_MANAGE("grant.manage", "Grant and revoke roles", true),
    ACCESS_REVIEW_RUN("access-review.run", "Run access-review campaigns", true),
    AUDIT_READ("audit.read", "Read and export the audit trail", true),
    RULEPACK_MANAGE("rulepack.manage", "Override country rule packs", false),
    TRAINING_MANAGE("training.manage", "Manage training courses", false),
    TRAINING_AUTHOR("training.author", "Write and publish course material and quizzes", false),
    TRAINING_REPORT("training.report", "Read training completion reports and the reminder feed", false),
    TENANT_MANAGE("tenant.manage", "Manage tenant settings and configuration", true),
    BREAK_GLASS_USE("break-glass.use", "Open emergency access to one customer or store, reviewed afterwards", true),
    WEBHOOK_MANAGE("webhook.manage", "Register webhook endpoints and see their deliveries", true),
    BREACH_MANAGE("breach.manage", "Register data breaches and record their notifications", true);

    private final String code;
    private final String description;
    private final boolean sensitive;

    Permission(String code, String description, boolean sensitive) {
        this.code = code;
        this.description = description;
        this.sensitive = sensitive;
    }

    public String code() {
        return code;
    }

    public String description() {
        return description;
    }

    public boolean isSensitive() {
        return sensitive;
    }

    public static Optional<Permission> byCode(String code) {
        return Arrays.stream(values()).filter(p -> p.code.equals(code)).findFirst();
    }
}
