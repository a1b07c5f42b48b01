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
    void publicUrlDefaultsToThisMachinesPort() {
        assertThat(CustosLauncher.publicUrl(Map.of(), new String[] {"--port", "9090"}))
                .isEqualTo("http://localhost:9090");
        assertThat(CustosLauncher.publicUrl(Map.of(), new String[0])).isEqualTo("http://localhost:8080");
    }

    @Test
    void publicUrlBehindAProxyAndAPathIsTakenWithoutItsTrailingSlash() {
        assertThat(CustosLauncher.publicUrl(
                        Map.of("CUSTOS_PUBLIC_URL", "https://shop.example.com/custos/"),
                        new String[] {"--port", "8080"}))
                .isEqualTo("https://shop.example.com/custos");
    }

    @Test
    void publicUrlThatIsNotAnAbsoluteWebUrlIsRefused() {
        for (String bad :
                new String[] {"custos.example.com", "ftp://custos.example.com", "https://x/?a=b", "http://"}) {
            assertThatThrownBy(() -> CustosLauncher.publicUrl(Map.of("CUSTOS_PUBLIC_URL", bad), new String[0]))
                    .as(bad)
                    .isInstanceOf(LaunchFailed.class)
                    .hasMessageContaining("CUSTOS_PUBLIC_URL");
        }
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
