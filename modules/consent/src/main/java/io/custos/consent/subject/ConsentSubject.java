package io.custos.consent.subject;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * What consent keeps of a customer, from the customers module's {@code CustomerProfile}: enough
 * to decide lawfulness and scope in one SQL query, without the customer's personal data.
 */
@Entity
@Table(name = "consent_subject")
@Multitenant
@TenantDiscriminatorColumn(name = "tenant_id", length = 36)
public class ConsentSubject {

    @Id
    @Column(name = "customer_id")
    private String customerId;

    @Column(name = "store_id", nullable = false)
    private String storeId;

    @Column(name = "region_id")
    private String regionId;

    @Column(name = "owner_id")
    private String ownerId;

    @Column(name = "team_id")
    private String teamId;

    @Column(name = "country", nullable = false)
    private String country;

    @Column(name = "subdivision")
    private String subdivision;

    @Column(name = "pack_code", nullable = false)
    private String packCode;

    /** Kept only while the customer could be a minor under some consent age. */
    @Column(name = "born_on")
    private LocalDate bornOn;

    @Column(name = "adult_on")
    private LocalDate adultOn;

    @Column(name = "status", nullable = false)
    private String status;

    protected ConsentSubject() {}

    ConsentSubject(String customerId) {
        this.customerId = customerId;
    }

    void place(String storeId, String regionId, String ownerId, String teamId, String country, String subdivision) {
        this.storeId = storeId;
        this.regionId = regionId;
        this.ownerId = ownerId;
        this.teamId = teamId;
        this.country = country;
        this.subdivision = subdivision;
    }

    void governedBy(String packCode, LocalDate bornOn, LocalDate adultOn) {
        this.packCode = packCode;
        this.bornOn = bornOn;
        this.adultOn = adultOn;
    }

    void status(String status) {
        this.status = status;
    }

    public String customerId() {
        return customerId;
    }

    public String country() {
        return country;
    }

    public String subdivision() {
        return subdivision;
    }

    public String packCode() {
        return packCode;
    }

    public LocalDate bornOn() {
        return bornOn;
    }

    /**
     * The day the customer reaches their pack's consent age (a past day for adults) while their
     * birth date is kept; else null.
     */
    public LocalDate adultOn() {
        return adultOn;
    }

    public boolean active() {
        return "ACTIVE".equals(status);
    }

    public boolean erased() {
        return "ERASED".equals(status);
    }
}
