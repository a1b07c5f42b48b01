package io.custos.requests.request;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** An access request's archive as stored: sealed under the customer's key, bound to the request's id. */
@Entity
@Table(name = "requests_archive")
@Multitenant
@TenantDiscriminatorColumn(name = "tenant_id", length = 36)
public class SealedArchive {

    @Id
    @Column(name = "request_id")
    private String requestId;

    @Lob
    @Column(name = "sealed", nullable = false)
    private byte[] sealed;

    protected SealedArchive() {}

    SealedArchive(String requestId, byte[] sealed) {
        this.requestId = requestId;
        this.sealed = sealed;
    }

    byte[] sealed() {
        return sealed;
    }
}
