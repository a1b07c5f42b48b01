package io.custos.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** How the console's files are served: a strict policy on every one, deep links to the application, the API untouched. */
class ConsoleServedIT extends ItBase {

    private static final String POLICY =
            "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                    + "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + base.getPort() + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void everyConsoleAnswerCarriesTheStrictPolicy() throws Exception {
        for (String path : new String[] {
            "/console/",
            "/console/js/main.js",
            "/console/i18n/de.json",
            "/console/vendor/htm/mini/index.module.js",
            "/console/vendor/uplot/dist/uPlot.esm.js"
        }) {
            HttpResponse<String> answer = get(path);
            assertThat(answer.statusCode()).as(path).isEqualTo(200);
            assertThat(answer.headers().firstValue("Content-Security-Policy"))
                    .as(path)
                    .hasValue(POLICY);
            assertThat(answer.headers().firstValue("X-Content-Type-Options"))
                    .as(path)
                    .hasValue("nosniff");
            assertThat(answer.headers().firstValue("Referrer-Policy")).as(path).hasValue("no-referrer");
        }
    }

    @Test
    void aDeepLinkLoadsTheApplicationAndAMissingFileIsA404() throws Exception {
        HttpResponse<String> deep = get("/console/staff/01ABC");
        assertThat(deep.statusCode()).isEqualTo(200);
        assertThat(deep.body()).contains("<script type=\"module\" src=\"/console/js/main.js\"></script>");
        assertThat(deep.body()).doesNotContain("style=").doesNotContain("<script>");
        assertThat(get("/console/js/nothing-here.js").statusCode()).isEqualTo(404);
    }

    @Test
    void apiAnswersAreLeftAsTheyWere() throws Exception {
        HttpResponse<String> api = get("/api/v1/permissions");
        assertThat(api.statusCode()).isEqualTo(401);
        assertThat(api.headers().firstValue("Content-Security-Policy")).isEmpty();
        assertThat(api.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    }
}
