package io.custos.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.RestAssured;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The checked-in contract is the served document. Regenerate it with
 * {@code ./mvnw verify -Dcustos.openapi.update=true}; never edit it by hand.
 */
class OpenApiIT extends ItBase {

    @Test
    void theCheckedInContractIsWhatTheServerServes() throws IOException {
        String served = served();
        Path file = Path.of(System.getProperty("custos.openapi.file"));
        if (Boolean.getBoolean("custos.openapi.update")) {
            Files.writeString(file, served, StandardCharsets.UTF_8);
        }
        assertThat(Files.exists(file))
                .as("openapi/openapi.yaml exists; create it with -Dcustos.openapi.update=true")
                .isTrue();
        assertThat(normalised(Files.readString(file, StandardCharsets.UTF_8)))
                .as("openapi/openapi.yaml is stale; regenerate it with -Dcustos.openapi.update=true")
                .isEqualTo(normalised(served));
    }

    @Test
    void theContractDescribesOnboardingAndLogin() {
        Map<String, Object> doc = new Yaml().load(served());
        @SuppressWarnings("unchecked")
        Map<String, Object> paths = (Map<String, Object>) doc.get("paths");
        assertThat(paths).containsKeys("/api/v1/platform/tenants", "/api/v1/auth/login", "/api/v1/staff");
    }

    private static String served() {
        String body =
                RestAssured.get("/openapi").then().statusCode(200).extract().asString();
        assertThat(body).as("the served OpenAPI document").startsWith("openapi:");
        return body;
    }

    /** Key order and the {@code servers} list (host and port of this run) do not count. */
    @SuppressWarnings("unchecked")
    private static Object normalised(String yaml) {
        Map<String, Object> doc = new Yaml().load(yaml);
        doc.remove("servers");
        return sorted(doc);
    }

    @SuppressWarnings("unchecked")
    private static Object sorted(Object node) {
        if (node instanceof Map<?, ?> map) {
            Map<String, Object> result = new TreeMap<>();
            map.forEach((k, v) -> result.put(String.valueOf(k), sorted(v)));
            return result;
        }
        if (node instanceof java.util.List<?> list) {
            return list.stream().map(OpenApiIT::sorted).toList();
        }
        return node;
    }
}
