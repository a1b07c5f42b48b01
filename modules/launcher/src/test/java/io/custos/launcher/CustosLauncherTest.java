package io.custos.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class CustosLauncherTest {

    @Test
    void withoutClusterSettingTheServerStaysAloneAndNeverPhonesHome() {
        assertThat(CustosLauncher.payaraArguments(Map.of(), new String[] {"--port", "8080"}))
                .containsExactly("--disablephonehome", "--nocluster", "--port", "8080");
    }

    @Test
    void tcpipClusterIsPassedToPayara() {
        assertThat(CustosLauncher.payaraArguments(
                        Map.of("CUSTOS_CLUSTER", "tcpip:127.0.0.1:5900"), new String[] {"--interfaces", "127.0.0.1"}))
                .containsExactly(
                        "--disablephonehome", "--clustermode", "tcpip:127.0.0.1:5900", "--interfaces", "127.0.0.1");
    }

    @Test
    void callersOwnClusterFlagsReplaceOurs() {
        assertThat(CustosLauncher.payaraArguments(Map.of(), new String[] {"--clustermode", "tcpip:127.0.0.1:5900"}))
                .containsExactly("--disablephonehome", "--clustermode", "tcpip:127.0.0.1:5900");
    }

    @Test
    void kubernetesDiscoveryMayNameItsNamespaceAndService() {
        assertThat(CustosLauncher.clusterFlags("kubernetes:shop,custos-hazelcast"))
                .containsExactly("--clustermode", "kubernetes:shop,custos-hazelcast");
    }

    @Test
    void unknownClusterModeIsRefused() {
        assertThatThrownBy(() -> CustosLauncher.clusterFlags("multicast"))
                .isInstanceOf(LaunchFailed.class)
                .hasMessageContaining("CUSTOS_CLUSTER");
    }

    @Test
    void productionWithoutDatabaseRefusesToStart() {
        assertThatThrownBy(() -> CustosEnvironment.resolve(Map.of("CUSTOS_MODE", "production")))
                .isInstanceOf(LaunchFailed.class)
                .hasMessageContaining("CUSTOS_DB_URL");
    }

    @Test
    void productionWithoutSecretsRefusesToStart() {
        assertThatThrownBy(() -> CustosEnvironment.resolve(Map.of(
                        "CUSTOS_MODE", "production",
                        "CUSTOS_DB_URL", "jdbc:mysql://db/custos",
                        "CUSTOS_DB_USER", "custos")))
                .isInstanceOf(LaunchFailed.class)
                .hasMessageContaining("CUSTOS_OPERATOR_TOKEN");
    }

    @Test
    void externalDatabaseAndGivenSecretsArePassedThrough() {
        CustosEnvironment environment = CustosEnvironment.resolve(Map.of(
                "CUSTOS_MODE", "production",
                "CUSTOS_DB_URL", "jdbc:mysql://db/custos",
                "CUSTOS_DB_USER", "custos",
                "CUSTOS_DB_PASSWORD", "s3cret",
                "CUSTOS_OPERATOR_TOKEN", "op",
                "CUSTOS_JWT_PRIVATE_KEY", "pem",
                "CUSTOS_MASTER_KEY", "key"));
        assertThat(environment.properties())
                .containsEntry(CustosEnvironment.DB_URL, "jdbc:mysql://db/custos")
                .containsEntry(CustosEnvironment.DB_PASSWORD, "s3cret")
                .containsEntry(CustosEnvironment.OPERATOR_TOKEN, "op")
                .containsEntry(CustosEnvironment.MODE, "production");
        assertThat(environment.embeddedDatabase()).isEmpty();
    }
}
