package io.custos.regions.store;

/** A store and the rule pack that governs its customers. */
public record StoreView(
        String id, String code, String name, String country, String subdivision, String regionId, String rulePack) {}
