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
    void theShippedDemoTenantReadsAsAnOnboarding() {
        NewTenant demo = DemoTenant.read(Path.of("../../tenant-config/demo.yaml"));

        assertThat(demo.slug()).isEqualTo("demo-chain");
        assertThat(demo.headquartersCountry()).isEqualTo("DE");
        assertThat(demo.admin().username()).isEqualTo("admin");
        assertThat(demo.admin().password()).isNotBlank();
    }

    @Test
    void aFileWithoutAnAdminIsRefusedWithTheReason(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("broken.yaml");
        Files.writeString(file, "tenant:\n  slug: x\n");

        assertThatThrownBy(() -> DemoTenant.read(file)).hasMessageContaining("'admin'");
    }
}
