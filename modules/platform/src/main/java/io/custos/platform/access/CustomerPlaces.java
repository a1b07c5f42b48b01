package io.custos.platform.access;

import java.util.Collection;
import java.util.List;

/**
 * Where customers of the bound tenant live, for rules that follow the customer's country after
 * the fact (counting transfers abroad); implemented by the customer module.
 */
public interface CustomerPlaces {

    /** The place of each existing customer among {@code customerIds}; unknown ids are left out. */
    List<Place> placesOf(Collection<String> customerIds);

    record Place(String customerId, String country, String subdivision) {}
}
