package io.custos.regions.api;

/** The working calendar of a place, from a maintained holiday library. */
public interface PublicHolidays {

    /** For a country (ISO 3166-1) and optional subdivision (ISO 3166-2, {@code US-CA}). */
    WorkingDays of(String country, String subdivision);
}
