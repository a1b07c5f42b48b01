package io.custos.consent.subject;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
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

    /**
     * The purposes (one bit each) lawful for the customer once of consent age, and while a minor;
     * both null until judged under the customer's current pack.
     */
    @Column(name = "lawful_adult")
    private Long lawfulAdult;

    @Column(name = "lawful_minor")
    private Long lawfulMinor;

    /** Made in this transaction: no consent can have been recorded for the customer yet. */
    @Transient
    private boolean fresh;

    protected ConsentSubject() {}

    ConsentSubject(String customerId) {
        this.customerId = customerId;
        this.fresh = true;
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
        if (this.packCode != null && !this.packCode.equals(packCode)) {
            // judged under the pack the customer left: to be judged again under the new one
            lawfulAdult = null;
            lawfulMinor = null;
        }
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

    public boolean fresh() {
        return fresh;
    }

    public boolean judged() {
        return lawfulAdult != null;
    }

    /** Keeps what the customer's purposes were judged to be under their current pack. */
    public void judged(long adult, long minor) {
        lawfulAdult = adult;
        lawfulMinor = minor;
    }

    /** One purpose ({@code mask}, its bit) judged again after a consent; nothing while not judged at all. */
    public void rejudged(long mask, boolean adult, boolean minor) {
        if (!judged()) {
            return;
        }
        lawfulAdult = adult ? lawfulAdult | mask : lawfulAdult & ~mask;
        lawfulMinor = minor ? lawfulMinor | mask : lawfulMinor & ~mask;
    }

    public Long lawfulAdult() {
        return lawfulAdult;
    }

    public Long lawfulMinor() {
        return lawfulMinor;
    }

    public boolean active() {
        return "ACTIVE".equals(status);
    }

    public boolean erased() {
        return "ERASED".equals(status);
    }
}
