package io.custos.app.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

import io.custos.platform.config.ConfigNode;
import io.custos.platform.tenancy.TenantId;
import io.custos.tenants.api.DemoTenantOnboarded;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DemoDataTest {

    private static ConfigNode demoFile() throws IOException {
        try (Reader reader =
                Files.newBufferedReader(Path.of("../../tenant-config/demo.yaml"), StandardCharsets.UTF_8)) {
            return ConfigNode.parse(reader);
        }
    }

    @Test
    void productionModeSeedsNothing() throws IOException {
        // no collaborators at all: the first use case the step tried would fail
        DemoData step = new DemoData();
        step.mode = "production";
        DemoTenantOnboarded onboarded = new DemoTenantOnboarded(
                new TenantId("01a00000-0000-7000-8000-000000000001"), "demo-chain", "admin-id", demoFile());
        assertThatNoException().isThrownBy(() -> step.seed(onboarded));
    }

    @Test
    void theDemoFileSaysHowManyCustomersAndTheStaffPassword() throws IOException {
        DemoData.Settings settings = DemoData.Settings.of(demoFile()).orElseThrow();
        assertThat(settings.customers()).isEqualTo(360);
        assertThat(settings.staffPassword()).isNotBlank();
    }

    @Test
    void aTenantFileWithoutDemoDataAsksForNone() throws IOException {
        try (Reader reader =
                Files.newBufferedReader(Path.of("../../tenant-config/example.yaml"), StandardCharsets.UTF_8)) {
            assertThat(DemoData.Settings.of(ConfigNode.parse(reader))).isEmpty();
        }
    }

    @Test
    void everyStoreOfTheDemoFileHasAClerkAndAManager() throws IOException {
        ConfigNode stores = demoFile().field("stores").orElseThrow();
        assertThat(stores.items())
                .extracting(store -> store.text("code"))
                .containsExactlyInAnyOrderElementsOf(DemoData.CLERKS.keySet())
                .containsExactlyInAnyOrderElementsOf(DemoData.MANAGERS.keySet())
                .containsExactlyInAnyOrderElementsOf(DemoCustomers.MARKETS.stream()
                        .map(DemoCustomers.Market::storeCode)
                        .toList());
    }
}
