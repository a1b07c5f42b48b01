package io.custos.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The console's own files: every message in both bundles, nothing the CSP would refuse, no token storage. */
class ConsoleFilesTest {

    private static final Path CONSOLE = Path.of("src/main/webapp/console");
    private static final Pattern MESSAGE_KEY = Pattern.compile("\\bt\\('([A-Za-z0-9_.]+)'");

    @SuppressWarnings("unchecked")
    private static Map<String, String> bundle(String language) throws IOException {
        return new ObjectMapper()
                .readValue(CONSOLE.resolve("i18n/" + language + ".json").toFile(), Map.class);
    }

    private static String scripts() throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.walk(CONSOLE.resolve("js"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".js")).toList()) {
                all.append(Files.readString(file)).append('\n');
            }
        }
        return all.toString();
    }

    @Test
    void englishAndGermanCarryTheSameMessages() throws IOException {
        assertThat(bundle("de").keySet()).isEqualTo(bundle("en").keySet());
        assertThat(bundle("de").values()).noneMatch(String::isBlank);
    }

    @Test
    void everyMessageTheScriptsAskForIsInTheBundles() throws IOException {
        Set<String> asked = new TreeSet<>();
        Matcher keys = MESSAGE_KEY.matcher(scripts());
        while (keys.find()) {
            asked.add(keys.group(1));
        }
        assertThat(asked).isNotEmpty();
        assertThat(bundle("en").keySet()).containsAll(asked);
    }

    @Test
    void nothingInlineThatTheContentSecurityPolicyWouldRefuse() throws IOException {
        String index = Files.readString(CONSOLE.resolve("index.html"));
        assertThat(index).doesNotContain("style=").doesNotContain("<style").doesNotContain("<script>");
        assertThat(index).doesNotContainPattern("\\son[a-z]+=");
        String scripts = scripts();
        assertThat(scripts)
                .doesNotContain("style=\"")
                .doesNotContain("innerHTML")
                .doesNotContain("eval(");
        // no address to load anything from; the SVG namespace is a name, never fetched
        assertThat(scripts).doesNotContainPattern("https?://(?!www\\.w3\\.org/2000/svg')");
    }

    @Test
    void theTokenIsNeverStoredInTheBrowser() throws IOException {
        assertThat(scripts())
                .doesNotContain("localStorage")
                .doesNotContain("sessionStorage.")
                .doesNotContain("document.cookie");
    }
}
