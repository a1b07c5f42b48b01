package io.custos.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DemoCustomersTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
    private static final List<DemoCustomers.Planned> PLAN = DemoCustomers.plan(360, TODAY);

    @Test
    void theSameSeedDrawsTheSameCustomers() {
        assertThat(DemoCustomers.plan(360, TODAY)).isEqualTo(PLAN);
    }

    @Test
    void everyStoreOfTheEightMarketsGetsItsShare() {
        Map<String, Long> byStore =
                PLAN.stream().collect(Collectors.groupingBy(DemoCustomers.Planned::storeCode, Collectors.counting()));
        assertThat(byStore).hasSize(8).allSatisfy((store, count) -> assertThat(count)
                .isEqualTo(45));
        assertThat(PLAN).filteredOn(c -> c.storeCode().equals("SFO-UNION")).allSatisfy(c -> assertThat(c.subdivision())
                .isEqualTo("US-CA"));
    }

    @Test
    void namesAreWrittenAsInTheirCountryAndAddressesAreAscii() {
        assertThat(PLAN).filteredOn(c -> c.country().equals("CN")).allSatisfy(c -> assertThat(c.familyName())
                .matches("\\p{IsHan}+"));
        assertThat(PLAN).filteredOn(c -> c.country().equals("JP")).allSatisfy(c -> assertThat(c.familyName())
                .matches("\\p{IsHan}+"));
        assertThat(PLAN)
                .filteredOn(c -> c.country().equals("DE"))
                .extracting(DemoCustomers.Planned::familyName)
                .anyMatch(name -> !name.chars().allMatch(ch -> ch < 128));
        assertThat(PLAN).allSatisfy(c -> assertThat(c.email()).matches("[a-z0-9.]+@example\\.(com|net|org)"));
        assertThat(PLAN).extracting(DemoCustomers.Planned::email).doesNotHaveDuplicates();
        assertThat(DemoCustomers.ascii("Schäfer O'Brien Yılmaz")).isEqualTo("schafer obrien yilmaz");
    }

    @Test
    void someCustomersAreLawfulForMarketingAndSomeAreNot() {
        long lawful = PLAN.stream().filter(DemoCustomersTest::marketingGranted).count();
        long withdrawn = PLAN.stream()
                .filter(c -> c.consents().stream()
                        .anyMatch(k ->
                                k.purpose().equals("MARKETING") && k.state().equals("WITHDRAWN")))
                .count();
        long denied = PLAN.stream()
                .filter(c -> c.consents().stream()
                        .anyMatch(k ->
                                k.purpose().equals("MARKETING") && k.state().equals("DENIED")))
                .count();
        assertThat(lawful).isBetween(120L, 240L);
        assertThat(withdrawn).isPositive();
        assertThat(denied).isPositive();
        assertThat(PLAN)
                .anyMatch(c -> c.consents().stream().anyMatch(k -> k.source().equals("GPC")));
        assertThat(PLAN)
                .anyMatch(c -> c.consents().stream().anyMatch(k -> k.purpose().equals("CROSS_BORDER_TRANSFER")));
    }

    @Test
    void aFewCustomersCarrySensitiveAttributesAndSomeBelongToTheBerlinTeam() {
        long sensitive = PLAN.stream()
                .filter(c -> DemoCustomers.SENSITIVE_ATTRIBUTES.stream().anyMatch(c.attributes()::containsKey))
                .count();
        assertThat(sensitive).isBetween(5L, 60L);
        assertThat(PLAN)
                .filteredOn(c -> c.owner() == DemoCustomers.Owner.TEAM)
                .isNotEmpty()
                .allSatisfy(c -> assertThat(c.storeCode()).isEqualTo("BER-MITTE"));
        assertThat(PLAN).allSatisfy(c -> assertThat(c.lastPurchaseOn()).isBefore(TODAY));
    }

    /** The last marketing event is a grant: consent stands. */
    private static boolean marketingGranted(DemoCustomers.Planned customer) {
        List<DemoCustomers.Consent> marketing = customer.consents().stream()
                .filter(k -> k.purpose().equals("MARKETING"))
                .toList();
        return !marketing.isEmpty()
                && marketing.get(marketing.size() - 1).state().equals("GRANTED");
    }
}
