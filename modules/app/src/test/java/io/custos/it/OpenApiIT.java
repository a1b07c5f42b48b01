package io.custos.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.RestAssured;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.Constructor;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/** The server serves the contract as written, for where it is reached, and its API docs. */
class OpenApiIT extends ItBase {

    @Test
    void theServedDocumentIsTheCheckedInContract() throws IOException {
        Path file = Path.of(System.getProperty("custos.openapi.file"));
        assertThat(normalised(served()))
                .as("what /openapi serves equals openapi/openapi.yaml (servers aside)")
                .isEqualTo(normalised(Files.readString(file, StandardCharsets.UTF_8)));
    }

    @Test
    void theServedDocumentNamesThePublicUrlAndNothingPayaraAdds() {
        Map<String, Object> doc = new Yaml().load(served());
        assertThat(doc.get("servers"))
                .isEqualTo(List.of(Map.of("url", ItEnvironment.PUBLIC_URL, "description", "This Custos service")));
        assertThat(doc).containsOnlyKeys("openapi", "info", "servers", "tags", "paths", "components");
    }

    @Test
    void swaggerUiIsServedFromTheServersOwnFilesAndReadsTheContract() {
        String page =
                RestAssured.get("/api-docs/").then().statusCode(200).extract().asString();
        assertThat(page).contains("swagger-ui-bundle.js").doesNotContain("://");
        String initializer = RestAssured.get("/api-docs/swagger-initializer.js")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(initializer).contains("url: \"../openapi\"");
        assertThat(RestAssured.get("/api-docs/swagger-ui-bundle.js")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString())
                .contains("SwaggerUIBundle");
    }

    private static String served() {
        String body =
                RestAssured.get("/openapi").then().statusCode(200).extract().asString();
        assertThat(body).as("the served OpenAPI document").startsWith("openapi:");
        return body;
    }

    /**
     * Key order, quoting and the {@code servers} list (where this run is reached) do not count:
     * Payara writes example dates unquoted, so dates are read as the text they are.
     */
    private static Object normalised(String yaml) {
        Map<String, Object> doc = new Yaml(
                        new Constructor(new LoaderOptions()),
                        new Representer(new DumperOptions()),
                        new DumperOptions(),
                        new DatesAsText())
                .load(yaml);
        doc.remove("servers");
        return sorted(doc);
    }

    /** SnakeYAML's resolver without its timestamp rule. */
    private static final class DatesAsText extends Resolver {
        @Override
        public void addImplicitResolver(Tag tag, Pattern regexp, String first, int limit) {
            if (!Tag.TIMESTAMP.equals(tag)) {
                super.addImplicitResolver(tag, regexp, first, limit);
            }
        }
    }

    private static Object sorted(Object node) {
        if (node instanceof Map<?, ?> map) {
            Map<String, Object> result = new TreeMap<>();
            map.forEach((k, v) -> result.put(String.valueOf(k), sorted(v)));
            return result;
        }
        if (node instanceof List<?> list) {
            return list.stream().map(OpenApiIT::sorted).toList();
        }
        return node;
    }
}
