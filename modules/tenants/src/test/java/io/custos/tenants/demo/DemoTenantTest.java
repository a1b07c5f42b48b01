package io.custos.tenants.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.custos.tenants.onboarding.NewTenant;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoTenantTest {

    @Test
    void theShippedDemoTenantReadsAsAnOnboardingWithItsConfiguration() {
        DemoTenant.Document demo = DemoTenant.read(Path.of("../../tenant-config/demo.yaml"));
        NewTenant tenant = demo.tenant();

        assertThat(tenant.slug()).isEqualTo("demo-chain");
        assertThat(tenant.headquartersCountry()).isEqualTo("DE");
        assertThat(tenant.admin().username()).isEqualTo("admin");
        assertThat(tenant.admin().password()).isNotBlank();
        assertThat(demo.document().fields()).containsKeys("regions", "stores", "staff");
    }

    @Test
    void aFileWithoutAnAdminIsRefusedWithTheReasonAndLine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("broken.yaml");
        Files.writeString(file, "tenant:\n  slug: x\n");

        assertThatThrownBy(() -> DemoTenant.read(file))
                .hasMessageContaining("admin")
                .hasMessageContaining("line 1");
    }
}
