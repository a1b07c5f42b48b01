package io.custos.platform.events;

import java.util.Map;
import java.util.Set;

/**
 * Records a module keeps outside the audit trail whose content hash its {@link DomainEvent}s put
 * in their details: verifying the trail then also checks that each record still hashes to what its
 * chained entry says, so a record edited in the database shows although the chain itself is intact.
 * A module makes its implementation a CDI bean; the trail's verification finds it.
 */
public interface ChainedRecords {

    /** The action of the entries that hold the hashes, such as {@code consent.record}. */
    String action();

    /** The details key naming the record. */
    String idKey();

    /** The details key holding the record's content hash. */
    String hashKey();

    /**
     * Of the records named (id → the hash their entries hold), in the bound tenant, those whose
     * content no longer hashes to it, or that are gone.
     */
    Set<String> altered(Map<String, String> hashesOnTrail);
}
