package io.custos.training.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SanitiserTest {

    @Test
    void scriptsStylesAndEventAttributesAreDropped() {
        String clean = Sanitiser.html("<h2 onclick=\"steal()\">Rules</h2><script>steal()</script>"
                + "<style>body{display:none}</style><p>Keep <em>this</em>"
                + "<img src=\"https://cdn.example/x.png\" onerror=\"steal()\"></p>");
        assertThat(clean).isEqualTo("<h2>Rules</h2><p>Keep <em>this</em><img src=\"https://cdn.example/x.png\"></p>");
    }

    @Test
    void linksKeepWebAndMailSchemesOnlyAndOpenWithoutTheirOpener() {
        assertThat(Sanitiser.html("<a href=\"javascript:steal()\">x</a>"))
                .isEqualTo("<a rel=\"noopener noreferrer\">x</a>");
        assertThat(Sanitiser.html("<a href=\"https://example.com/a\">a</a>"))
                .isEqualTo("<a href=\"https://example.com/a\" rel=\"noopener noreferrer\">a</a>");
        assertThat(Sanitiser.html("<a href=\"mailto:dpo@example.com\">dpo</a>"))
                .contains("href=\"mailto:dpo@example.com\"");
        assertThat(Sanitiser.html("<a href=\"data:text/html,<script>x</script>\">d</a>"))
                .doesNotContain("href");
    }

    @Test
    void imagesComeFromHttpsOrAreInlineRasterImages() {
        assertThat(Sanitiser.html("<img src=\"http://plain.example/x.png\">")).isEqualTo("<img>");
        assertThat(Sanitiser.html("<img src=\"data:image/png;base64,iVBORw0KGgo=\">"))
                .isEqualTo("<img src=\"data:image/png;base64,iVBORw0KGgo=\">");
        assertThat(Sanitiser.html("<img src=\"data:image/svg+xml;base64,PHN2Zz4=\">"))
                .isEqualTo("<img>");
        assertThat(Sanitiser.html("<img src=\"data:text/html;base64,PHN2Zz4=\">"))
                .isEqualTo("<img>");
    }

    @Test
    void markdownBecomesCleanHtmlAndItsRawHtmlIsEscaped() {
        String html = Sanitiser.markdown("## Rules\n\n- one\n- **two**\n\n[site](https://example.com) "
                + "[bad](javascript:alert(1))\n\n<script>alert(1)</script>");
        assertThat(html)
                .contains("<h2>Rules</h2>")
                .contains("<li><strong>two</strong></li>")
                .contains("<a href=\"https://example.com\" rel=\"noopener noreferrer\">site</a>")
                .doesNotContain("<script")
                .doesNotContain("javascript:");
    }

    @Test
    void plainTextKeepsTheTextOfMarkup() {
        assertThat(Sanitiser.text("Rules <b>&amp;</b> <script>x()</script>duties"))
                .isEqualTo("Rules & duties");
    }
}
