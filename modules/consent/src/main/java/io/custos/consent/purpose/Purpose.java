package io.custos.consent.purpose;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** A purpose a tenant added; its lawful basis follows a built-in purpose, or is opt-in everywhere. */
@Entity
@Table(name = "consent_purpose")
@Multitenant
@TenantDiscriminatorColumn(name = "tenant_id", length = 36)
public class Purpose {

    @Id
    @Column(name = "id")
    private String id;

    @Column(name = "code", nullable = false)
    private String code;

    @Column(name = "description", nullable = false)
    private String description;

    @Column(name = "follows")
    private String follows;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "lawful_bit", nullable = false)
    private int lawfulBit;

    protected Purpose() {}

    Purpose(String id, String code, String description, String follows, int lawfulBit, Instant createdAt) {
        this.id = id;
        this.code = code;
        this.description = description;
        this.follows = follows;
        this.lawfulBit = lawfulBit;
        this.createdAt = createdAt;
    }

    PurposeBit bit() {
        return new PurposeBit(code, lawfulBit, BuiltInPurpose.of(follows));
    }

    PurposeView view() {
        return new PurposeView(code, description, follows, false);
    }
}
