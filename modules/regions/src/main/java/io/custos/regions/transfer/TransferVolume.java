package io.custos.regions.transfer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * How many individuals of one pack were transferred abroad in one calendar year: read here,
 * written by {@link TransferVolumes} with upserts (an individual counts once, under concurrency too).
 */
@Entity
@Table(name = "regions_transfer_volume")
@IdClass(TransferVolume.Key.class)
@Multitenant
@TenantDiscriminatorColumn(name = "tenant_id", length = 36)
public class TransferVolume {

    @Id
    @Column(name = "pack_code")
    private String packCode;

    @Id
    @Column(name = "calendar_year")
    private int calendarYear;

    @Column(name = "individuals", nullable = false)
    private long individuals;

    protected TransferVolume() {}

    public String packCode() {
        return packCode;
    }

    public int calendarYear() {
        return calendarYear;
    }

    public long individuals() {
        return individuals;
    }

    /** The composite key. */
    public static class Key implements Serializable {
        private String packCode;
        private int calendarYear;

        public Key() {}

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key
                    && java.util.Objects.equals(packCode, key.packCode)
                    && calendarYear == key.calendarYear;
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(packCode, calendarYear);
        }
    }
}
