package io.custos.regions.rulepack;

import io.custos.platform.id.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * One version of a tenant's overrides of a pack: the complete set, as JSON. Versions are never
 * changed; the newest is in force, the older ones are the history.
 */
@Entity
@Table(name = "regions_rule_override")
@Multitenant
@TenantDiscriminatorColumn(name = "tenant_id", length = 36)
public class RulePackOverride {

    @Id
    @Column(name = "id")
    private String id;

    @Column(name = "pack_code", nullable = false)
    private String packCode;

    @Column(name = "revision", nullable = false)
    private int revision;

    @Column(name = "overrides", nullable = false)
    private String overrides;

    @Column(name = "changed_by", nullable = false)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected RulePackOverride() {}

    RulePackOverride(String packCode, int revision, String overridesJson, String changedBy, Instant now) {
        this.id = Ids.newId();
        this.packCode = packCode;
        this.revision = revision;
        this.overrides = overridesJson;
        this.changedBy = changedBy;
        this.changedAt = now;
    }

    int revision() {
        return revision;
    }

    String packCode() {
        return packCode;
    }

    String overridesJson() {
        return overrides;
    }
}
