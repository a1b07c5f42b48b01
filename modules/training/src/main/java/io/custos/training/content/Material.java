package io.custos.training.content;

import io.custos.platform.crypto.Sha256;
import io.custos.platform.json.Json;
import io.custos.platform.json.StrictJson;
import java.util.List;

/** A version's material: its sections, stored as one JSON document. */
public record Material(List<Section> sections) {

    public static final Material NONE = new Material(List.of());

    /** Sanitises what an author wrote; no sections is no material. */
    public static Material of(List<NewSection> sections) {
        return sections == null
                ? NONE
                : new Material(sections.stream().map(NewSection::sanitised).toList());
    }

    public static Material fromJson(String json) {
        return json == null ? NONE : StrictJson.read(json, Material.class);
    }

    /** Null for no material, so versions without any keep a null column. */
    public String toJson() {
        return sections.isEmpty() ? null : Json.write(this);
    }

    /**
     * SHA-256 of the statement and the material, the exact text a learner saw: the statement, then
     * each section's heading and HTML, separated by ASCII unit and record separators so that no
     * two contents hash alike by shifting text between parts. Without material, the statement's hash.
     */
    public String hashWith(String statement) {
        StringBuilder text = new StringBuilder(statement);
        sections.forEach(
                s -> text.append('\u001e').append(s.heading()).append('\u001f').append(s.html()));
        return sha256(text.toString());
    }

    public static String sha256(String text) {
        return Sha256.hex(text);
    }
}
