package io.custos.training.content;

import java.util.Locale;
import java.util.regex.Pattern;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Safelist;

/**
 * Turns authors' Markdown or HTML into HTML that browsers can show without running anything: an
 * allow-list of text elements (headings, paragraphs, lists, emphasis, quotes, code), links to
 * http, https and mailto only (opened with {@code rel="noopener noreferrer"}), images from https
 * or inline raster images only. Everything else (script, style, event attributes, other schemes)
 * is dropped. Markdown's own HTML is escaped, then the result is cleaned like any HTML.
 */
public final class Sanitiser {

    private static final Parser MARKDOWN = Parser.builder().build();
    private static final HtmlRenderer RENDERER =
            HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
    private static final Safelist ALLOWED = new MaterialSafelist();
    private static final Document.OutputSettings COMPACT = new Document.OutputSettings().prettyPrint(false);

    private Sanitiser() {}

    public static String markdown(String markdown) {
        return html(RENDERER.render(MARKDOWN.parse(markdown)));
    }

    public static String html(String html) {
        return Jsoup.clean(html, "", ALLOWED, COMPACT).strip();
    }

    /** Plain text: any markup is dropped, the text it held is kept. */
    public static String text(String text) {
        return Jsoup.parse(text).text().strip();
    }

    private static final class MaterialSafelist extends Safelist {

        /** Inline images: raster formats only (an SVG can carry script). */
        private static final Pattern DATA_IMAGE =
                Pattern.compile("data:image/(png|jpeg|gif|webp);base64,[A-Za-z0-9+/=\\s]+");

        MaterialSafelist() {
            addTags(
                    "h1",
                    "h2",
                    "h3",
                    "h4",
                    "h5",
                    "h6",
                    "p",
                    "br",
                    "hr",
                    "ul",
                    "ol",
                    "li",
                    "a",
                    "img",
                    "em",
                    "strong",
                    "b",
                    "i",
                    "u",
                    "s",
                    "blockquote",
                    "code",
                    "pre",
                    "sub",
                    "sup");
            addAttributes("a", "href", "title");
            addAttributes("img", "src", "alt", "title", "width", "height");
            addAttributes("ol", "start");
            addProtocols("a", "href", "http", "https", "mailto");
            addProtocols("img", "src", "https", "data");
            addEnforcedAttribute("a", "rel", "noopener noreferrer");
        }

        @Override
        public boolean isSafeAttribute(String tagName, Element element, Attribute attribute) {
            if (!super.isSafeAttribute(tagName, element, attribute)) {
                return false;
            }
            String value = attribute.getValue().strip().toLowerCase(Locale.ROOT);
            return !"src".equals(attribute.getKey())
                    || !value.startsWith("data:")
                    || DATA_IMAGE.matcher(attribute.getValue().strip()).matches();
        }
    }
}
