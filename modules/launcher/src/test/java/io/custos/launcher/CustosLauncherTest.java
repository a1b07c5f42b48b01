package io.custos.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class CustosLauncherTest {

    private static final String MASTER_KEY = java.util.Base64.getEncoder().encodeToString(new byte[32]);

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
    void aSettingTheServerWouldStumbleOverLaterStopsTheStartNamingIt() {
        Map<String, String> bad = Map.ofEntries(
                Map.entry("CUSTOS_PASSWORD_ITERATIONS", "1000"),
                Map.entry("CUSTOS_JWT_TTL_SECONDS", "forever"),
                Map.entry("CUSTOS_SESSIONS_IDLE_MINUTES", "0"),
                Map.entry("CUSTOS_SESSIONS_MAX_HOURS", "a day"),
                Map.entry("CUSTOS_MODE", "staging"),
                Map.entry("CUSTOS_OPERATOR_TOKEN", "short"),
                Map.entry("CUSTOS_MASTER_KEY", "bm90IDMyIGJ5dGVz"),
                Map.entry("CUSTOS_DB_URL", "postgres://db/custos"),
                Map.entry("CUSTOS_DEMO_TENANT", "/no/such/file.yaml"),
                Map.entry("CUSTOS_TEST_CLOCK", "yes"),
                Map.entry("CUSTOS_SMTP_TLS", "ssl"),
                Map.entry("CUSTOS_JOBS_POLL_SECONDS", "0"));
        bad.forEach((variable, value) -> assertThatThrownBy(
                        () -> CustosEnvironment.checkSettings(Map.of(variable, value)))
                .as(variable)
                .isInstanceOf(LaunchFailed.class)
                .hasMessageStartingWith(variable + " must be")
                .hasMessageContaining(
                        variable.equals("CUSTOS_OPERATOR_TOKEN") || variable.equals("CUSTOS_MASTER_KEY") ? "" : value));
        CustosEnvironment.checkSettings(Map.of(
                "CUSTOS_PASSWORD_ITERATIONS", "1024",
                "CUSTOS_JWT_TTL_SECONDS", "900",
                "CUSTOS_SESSIONS_IDLE_MINUTES", "480",
                "CUSTOS_SESSIONS_MAX_HOURS", "24",
                "CUSTOS_MODE", "production",
                "CUSTOS_MASTER_KEY", java.util.Base64.getEncoder().encodeToString(new byte[32])));
    }

    @Test
    void productionModeRefusesTheTestClock() {
        assertThatThrownBy(() -> CustosEnvironment.checkSettings(
                        Map.of("CUSTOS_MODE", "production", "CUSTOS_TEST_CLOCK", "enabled")))
                .isInstanceOf(LaunchFailed.class)
                .hasMessageContaining("CUSTOS_TEST_CLOCK must be disabled in production mode");
        CustosEnvironment.checkSettings(Map.of("CUSTOS_MODE", "production", "CUSTOS_TEST_CLOCK", "disabled"));
        CustosEnvironment.checkSettings(Map.of("CUSTOS_MODE", "demo", "CUSTOS_TEST_CLOCK", "enabled"));
    }

    @Test
    void smtpSettingsNeedAHostAndAHostNeedsASender() {
        assertThatThrownBy(() -> CustosEnvironment.checkSettings(Map.of("CUSTOS_SMTP_USER", "mailer")))
                .isInstanceOf(LaunchFailed.class)
                .hasMessageContaining("CUSTOS_SMTP_USER must come with CUSTOS_SMTP_HOST");
        assertThatThrownBy(() -> CustosEnvironment.checkSettings(Map.of("CUSTOS_SMTP_HOST", "smtp.example.com")))
                .isInstanceOf(LaunchFailed.class)
                .hasMessageContaining("CUSTOS_SMTP_FROM");
        assertThatThrownBy(() -> CustosEnvironment.checkSettings(
                        Map.of("CUSTOS_SMTP_HOST", "smtp.example.com", "CUSTOS_SMTP_FROM", "custos at example")))
                .isInstanceOf(LaunchFailed.class)
                .hasMessageStartingWith("CUSTOS_SMTP_FROM must be");
        assertThatThrownBy(() -> CustosEnvironment.checkSettings(Map.of(
                        "CUSTOS_SMTP_HOST",
                        "smtp.example.com",
                        "CUSTOS_SMTP_FROM",
                        "c@example.com",
                        "CUSTOS_SMTP_PORT",
                        "70000")))
                .isInstanceOf(LaunchFailed.class)
                .hasMessageStartingWith("CUSTOS_SMTP_PORT must be");
        CustosEnvironment.checkSettings(Map.of(
                "CUSTOS_SMTP_HOST", "smtp.example.com",
                "CUSTOS_SMTP_PORT", "587",
                "CUSTOS_SMTP_USER", "mailer",
                "CUSTOS_SMTP_PASSWORD", "secret",
                "CUSTOS_SMTP_FROM", "custos@example.com",
                "CUSTOS_SMTP_TLS", "starttls"));
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
                "CUSTOS_OPERATOR_TOKEN", "operator-token-0123456789",
                "CUSTOS_JWT_PRIVATE_KEY", "pem",
                "CUSTOS_MASTER_KEY", MASTER_KEY));
        assertThat(environment.properties())
                .containsEntry(CustosEnvironment.DB_URL, "jdbc:mysql://db/custos")
                .containsEntry(CustosEnvironment.DB_PASSWORD, "s3cret")
                .containsEntry(CustosEnvironment.OPERATOR_TOKEN, "operator-token-0123456789")
                .containsEntry(CustosEnvironment.MODE, "production");
        assertThat(environment.embeddedDatabase()).isEmpty();
    }
}
