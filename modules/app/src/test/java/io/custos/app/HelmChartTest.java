package io.custos.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

/** helm/custos renders, lints clean, and says what the operations guide promises. */
class HelmChartTest {

    private static final Path CHART = Path.of("../../helm/custos");

    @Test
    void theChartLintsCleanWithItsSecretsGiven(@TempDir Path work) throws IOException {
        LintResult lint = new Helm(withSecrets(work)).lint().strict().call();
        assertThat(lint.isFailed()).as(String.join("\n", lint.getMessages())).isFalse();
    }

    @Test
    void theDeploymentProbesHealthAndNeverMigrates() {
        Map<String, Object> deployment = only(render(secrets()), "Deployment");
        Map<String, Object> container = container(deployment);

        assertThat(path(container, "livenessProbe", "httpGet", "path")).isEqualTo("/health/live");
        assertThat(path(container, "readinessProbe", "httpGet", "path")).isEqualTo("/health/ready");
        assertThat(env(container)).containsEntry("CUSTOS_MIGRATE", "false").containsEntry("CUSTOS_MODE", "production");
        assertThat(env(container).get("CUSTOS_CLUSTER")).startsWith("kubernetes:");
        assertThat(path(deployment, "spec", "template", "spec", "terminationGracePeriodSeconds"))
                .isEqualTo(45);
        assertThat(container).containsKey("resources");
    }

    @Test
    void migrationRunsOnceInAHookJob(@TempDir Path work) throws IOException {
        String template = Files.readString(CHART.resolve("templates/migration-job.yaml"));
        assertThat(template).contains("\"helm.sh/hook\": pre-install,pre-upgrade");
        // helm-java's template leaves hooks out of its output: render a copy without the hook lines
        Path chart = copy(work);
        Files.writeString(
                chart.resolve("templates/migration-job.yaml"),
                template.lines().filter(line -> !line.contains("helm.sh/hook")).reduce("", (a, b) -> a + b + "\n"));
        Map<String, Object> job = only(render(chart, secrets()), "Job");

        assertThat(env(container(job))).containsEntry("CUSTOS_MIGRATE", "only");
        assertThat(path(job, "spec", "template", "spec", "restartPolicy")).isEqualTo("Never");
    }

    @Test
    void scaleOutPiecesAreAllThere() {
        List<Map<String, Object>> manifests = render(secrets());
        assertThat(manifests.stream().map(m -> (String) m.get("kind")))
                .contains(
                        "Deployment",
                        "Service",
                        "ServiceAccount",
                        "Role",
                        "RoleBinding",
                        "HorizontalPodAutoscaler",
                        "PodDisruptionBudget",
                        "ConfigMap",
                        "Secret");
        Map<String, Object> headless = manifests.stream()
                .filter(m -> "Service".equals(m.get("kind")) && "None".equals(path(m, "spec", "clusterIP")))
                .findFirst()
                .orElseThrow();
        assertThat(path(headless, "metadata", "name")).isEqualTo("shop-custos-hazelcast");
        assertThat(path(only(manifests, "PodDisruptionBudget"), "spec", "minAvailable"))
                .isEqualTo(1);
    }

    @Test
    void anExistingSecretReplacesTheChartsOwn() {
        List<Map<String, Object>> manifests = render(Map.of("existingSecret", "custos-prod"));
        assertThat(manifests.stream().map(m -> m.get("kind"))).doesNotContain("Secret");
        assertThat(render(Map.of("existingSecret", "custos-prod")).toString()).contains("name=custos-prod");
    }

    @Test
    void thePublicUrlReachesTheServer() {
        Map<String, Object> config = only(
                render(Map.of(
                        "secrets.dbPassword", "db-password",
                        "secrets.operatorToken", "operator-token-0123456789",
                        "secrets.jwtPrivateKey", "pem",
                        "secrets.masterKey", "key",
                        "publicUrl", "https://shop.example.com/custos")),
                "ConfigMap");
        assertThat(path(config, "data", "CUSTOS_PUBLIC_URL")).isEqualTo("https://shop.example.com/custos");
    }

    @Test
    void missingSecretsStopTheInstall() {
        assertThatThrownBy(() -> render(Map.of())).hasMessageContaining("secrets.dbPassword");
    }

    @Test
    void theChartShipsTheCurrentExampleTenantConfiguration() throws IOException {
        assertThat(Files.readString(CHART.resolve("files/example.yaml")))
                .isEqualTo(Files.readString(Path.of("../../tenant-config/example.yaml")));
    }

    private static Map<String, Object> secrets() {
        return Map.of(
                "secrets.dbPassword", "db-password",
                "secrets.operatorToken", "operator-token-0123456789",
                "secrets.jwtPrivateKey", "pem",
                "secrets.masterKey", "key");
    }

    private static List<Map<String, Object>> render(Map<String, Object> values) {
        return render(CHART, values);
    }

    private static List<Map<String, Object>> render(Path chart, Map<String, Object> values) {
        var template = new Helm(chart).template().withName("shop").withNamespace("retail");
        values.forEach(template::set);
        List<Map<String, Object>> manifests = new ArrayList<>();
        for (Object document : new Yaml().loadAll(template.call())) {
            if (document instanceof Map<?, ?> manifest) {
                @SuppressWarnings("unchecked")
                Map<String, Object> typed = (Map<String, Object>) manifest;
                manifests.add(typed);
            }
        }
        return manifests;
    }

    private static Path withSecrets(Path work) throws IOException {
        Path chart = copy(work);
        Path values = chart.resolve("values.yaml");
        Files.writeString(
                values,
                Files.readString(values)
                        .replace("dbPassword: \"\"", "dbPassword: \"db\"")
                        .replace("operatorToken: \"\"", "operatorToken: \"operator-token-0123456789\"")
                        .replace("jwtPrivateKey: \"\"", "jwtPrivateKey: \"pem\"")
                        .replace("masterKey: \"\"", "masterKey: \"key\""));
        return chart;
    }

    private static Path copy(Path work) throws IOException {
        Path chart = work.resolve("custos");
        try (Stream<Path> files = Files.walk(CHART)) {
            for (Path source : files.sorted(Comparator.naturalOrder()).toList()) {
                Path target = chart.resolve(CHART.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
        return chart;
    }

    private static Map<String, Object> only(List<Map<String, Object>> manifests, String kind) {
        List<Map<String, Object>> found =
                manifests.stream().filter(m -> kind.equals(m.get("kind"))).toList();
        assertThat(found).as(kind).hasSize(1);
        return found.get(0);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> container(Map<String, Object> workload) {
        List<Map<String, Object>> containers =
                (List<Map<String, Object>>) path(workload, "spec", "template", "spec", "containers");
        return containers.get(0);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> env(Map<String, Object> container) {
        Map<String, String> env = new java.util.HashMap<>();
        for (Map<String, Object> variable : (List<Map<String, Object>>) container.get("env")) {
            if (variable.get("value") != null) {
                env.put((String) variable.get("name"), String.valueOf(variable.get("value")));
            }
        }
        return env;
    }

    @SuppressWarnings("unchecked")
    private static Object path(Map<String, Object> node, String... keys) {
        Object current = node;
        for (String key : keys) {
            current = ((Map<String, Object>) current).get(key);
        }
        return current;
    }
}
