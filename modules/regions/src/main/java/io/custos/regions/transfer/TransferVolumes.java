package io.custos.regions.transfer;

import io.custos.platform.access.AccessDecisions;
import io.custos.platform.access.CustomerPlaces;
import io.custos.platform.access.Subject;
import io.custos.platform.events.DomainEvent;
import io.custos.platform.tenancy.TenantData;
import io.custos.platform.tenancy.TenantScope;
import io.custos.regions.api.RulePack;
import io.custos.regions.api.RulePacks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Cross-border transfers per pack and calendar year (UTC): an individual counts once a year when
 * staff based in another country than theirs are shown their record (read, list page, segment
 * page, export). Counted in the transaction of the access, so a refused or rolled-back access
 * counts nothing; the residency gate compares the count with the pack's volume threshold.
 */
@ApplicationScoped
public class TransferVolumes {

    /** Single-customer actions that show the customer's data (as the residency gate reads them). */
    private static final Set<String> READS =
            Set.of("customer.read", "customer.read.sensitive", "customer.export", "consent.read", "segments.query");

    @Inject
    TenantData data;

    @Inject
    RulePacks packs;

    @Inject
    AccessDecisions decisions;

    @Inject
    Instance<CustomerPlaces> places;

    @Inject
    Safeguards safeguards;

    @Inject
    Clock clock;

    /** Counts the customers an allowed access showed to staff based abroad. */
    void count(@Observes DomainEvent event) {
        Set<String> shown = shown(event);
        if (shown.isEmpty() || !places.isResolvable()) {
            return;
        }
        Optional<String> staffCountry = decisions.basedIn(Subject.withoutSession(event.actorId(), event.tenantId()));
        if (staffCountry.isEmpty()) {
            return; // the system's own work (a job) transfers nothing
        }
        // sorted, so that concurrent accesses lock individuals and counts in one order
        Map<String, Set<String>> abroadByPack = new TreeMap<>();
        for (CustomerPlaces.Place place : places.get().placesOf(shown)) {
            if (!place.country().equals(staffCountry.get())) {
                abroadByPack
                        .computeIfAbsent(
                                packs.governing(place.country(), place.subdivision())
                                        .code(),
                                k -> new TreeSet<>())
                        .add(place.customerId());
            }
        }
        if (abroadByPack.isEmpty()) {
            return;
        }
        int year = event.at().atZone(ZoneOffset.UTC).getYear();
        abroadByPack.forEach((pack, customers) -> add(pack, year, customers));
    }

    private static Set<String> shown(DomainEvent event) {
        if ("DENY".equals(event.decision())) {
            return Set.of();
        }
        Set<String> shown = new TreeSet<>(event.exposedCustomers());
        if ("customer".equals(event.targetType()) && event.targetId() != null && READS.contains(event.action())) {
            shown.add(event.targetId());
        }
        return shown;
    }

    private void add(String pack, int year, Set<String> customers) {
        String tenant = TenantScope.required().value();
        int added = 0;
        for (String customer : customers) {
            added += data.em()
                    .createNativeQuery("INSERT IGNORE INTO regions_transfer_individual"
                            + " (tenant_id, pack_code, calendar_year, customer_id) VALUES (?1, ?2, ?3, ?4)")
                    .setParameter(1, tenant)
                    .setParameter(2, pack)
                    .setParameter(3, year)
                    .setParameter(4, customer)
                    .executeUpdate();
        }
        if (added > 0) {
            data.em()
                    .createNativeQuery("INSERT INTO regions_transfer_volume"
                            + " (tenant_id, pack_code, calendar_year, individuals) VALUES (?1, ?2, ?3, ?4)"
                            + " ON DUPLICATE KEY UPDATE individuals = individuals + ?4")
                    .setParameter(1, tenant)
                    .setParameter(2, pack)
                    .setParameter(3, year)
                    .setParameter(4, added)
                    .executeUpdate();
        }
    }

    /** Individuals counted per pack and year, oldest year first, against each pack's threshold now. */
    @Transactional
    public TransferReport report() {
        LocalDate today = today();
        return new TransferReport(data
                .em()
                .createQuery("SELECT v FROM TransferVolume v ORDER BY v.calendarYear, v.packCode", TransferVolume.class)
                .getResultList()
                .stream()
                .map(v -> {
                    Optional<RulePack> pack = packs.byCode(v.packCode());
                    return new TransferReport.Line(
                            v.packCode(),
                            v.calendarYear(),
                            v.individuals(),
                            pack.map(RulePack::crossBorderVolumeThreshold).orElse(null),
                            pack.map(p -> p.transferReachesThreshold(v.individuals()))
                                    .orElse(false),
                            safeguards
                                    .inForce(v.packCode(), today)
                                    .map(Safeguard::id)
                                    .orElse(null));
                })
                .toList());
    }

    private int year() {
        return clock.instant().atZone(ZoneOffset.UTC).getYear();
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private long counted(String pack, int year) {
        return data.em()
                .createQuery(
                        "SELECT v.individuals FROM TransferVolume v WHERE v.packCode = :pack AND v.calendarYear = :year",
                        Long.class)
                .setParameter("pack", pack)
                .setParameter("year", year)
                .getResultStream()
                .findFirst()
                .orElse(0L);
    }

    /**
     * Why the pack's transfers stop for their volume this year, or empty while they may go: below
     * the threshold, or resting on a safeguard in force today.
     */
    @Transactional
    public Optional<String> stopped(RulePack pack) {
        if (pack.crossBorderVolumeThreshold() == null) {
            return Optional.empty();
        }
        long counted = counted(pack.code(), year());
        if (!pack.transferReachesThreshold(counted)) {
            return Optional.empty();
        }
        if (safeguards.inForce(pack.code(), today()).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(counted + " individuals transferred in " + year() + " bring " + pack.code()
                + "'s threshold of " + pack.crossBorderVolumeThreshold()
                + " within reach, and no transfer safeguard is recorded");
    }
}
