package io.custos.requests.request;

import static org.assertj.core.api.Assertions.assertThat;

import io.custos.platform.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

class AccessArchiveTest {

    private static final AccessArchive.Heading HEADING = new AccessArchive.Heading(
            "Nordlicht Optik", "nordlicht", "r-1", "c-1", Instant.parse("2026-12-01T06:00:00Z"));

    private static final JsonObject BUNDLE = Json.provider()
            .createReader(new StringReader("{\"customer\": {\"givenName\": \"-Chris\", \"email\": null},"
                    + " \"consents\": {\"current\": [{\"purpose\": \"MARKETING\"}], \"history\": []},"
                    + " \"accessLog\": [{\"action\": \"customer.read\", \"actorId\": \"s-1\"}]}"))
            .readObject();

    @Test
    void theSameBundleGivesTheSameBytes() {
        assertThat(AccessArchive.zip(HEADING, BUNDLE)).isEqualTo(AccessArchive.zip(HEADING, BUNDLE));
        assertThat(io.custos.platform.crypto.Sha256.hex(AccessArchive.zip(HEADING, BUNDLE)))
                .hasSize(64);
    }

    @Test
    void aCsvPerSectionWithFormulasDefused() throws IOException {
        Map<String, String> files = unzipped(AccessArchive.zip(HEADING, BUNDLE));
        assertThat(files.keySet())
                .startsWith("README.txt", "bundle.json")
                .contains("customer.csv", "consents-current.csv", "consents-history.csv", "access-log.csv");
        assertThat(files.get("customer.csv")).isEqualTo("field,value\r\ngivenName,'-Chris\r\nemail,\r\n");
        assertThat(files.get("consents-history.csv"))
                .as("an empty list: a header only")
                .isEqualTo("value\r\n");
        assertThat(files.get("access-log.csv")).contains("customer.read").contains("s-1");
        assertThat(files.get("README.txt"))
                .contains("Nordlicht Optik (nordlicht)")
                .contains("2026-12-01T06:00:00Z");
    }

    private static Map<String, String> unzipped(byte[] zip) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }
}
