package io.custos.regions.region;

/** A region. */
public record RegionView(String id, String code, String name) {

    static RegionView of(Region region) {
        return new RegionView(region.id(), region.code(), region.name());
    }
}
