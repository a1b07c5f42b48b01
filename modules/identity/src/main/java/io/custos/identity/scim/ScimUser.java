package io.custos.identity.scim;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Locale;
import java.util.Optional;

/**
 * What a SCIM User representation asks a staff account to be. An extension left out leaves what it
 * carries alone (clients that never heard of Custos' extension must not clear home stores); an
 * extension sent without its attribute clears it.
 */
record ScimUser(
        String userName,
        String displayName,
        String email,
        boolean active,
        String externalId,
        Optional<String> managerId,
        boolean managerGiven,
        Optional<String> homeStoreId,
        boolean homeStoreGiven) {

    static ScimUser of(JsonObject body) {
        String userName = text(body, "userName");
        if (userName == null || userName.isBlank()) {
            throw ScimException.invalidValue("userName is required");
        }
        Optional<JsonObject> enterprise = ScimPatch.object(body, Scim.ENTERPRISE_USER);
        Optional<JsonObject> custos = ScimPatch.object(body, Scim.CUSTOS_USER);
        return new ScimUser(
                userName,
                displayName(body),
                email(body),
                active(body),
                text(body, "externalId"),
                enterprise.flatMap(ScimUser::manager),
                enterprise.isPresent(),
                custos.map(c -> text(c, "homeStoreId")),
                custos.isPresent());
    }

    private static String displayName(JsonObject body) {
        String displayName = text(body, "displayName");
        if (displayName != null) {
            return displayName;
        }
        Optional<JsonObject> name = ScimPatch.object(body, "name");
        if (name.isEmpty()) {
            return null;
        }
        String formatted = text(name.get(), "formatted");
        if (formatted != null) {
            return formatted;
        }
        String joined = (Optional.ofNullable(text(name.get(), "givenName")).orElse("") + " "
                        + Optional.ofNullable(text(name.get(), "familyName")).orElse(""))
                .strip();
        return joined.isEmpty() ? null : joined;
    }

    /** The primary e-mail address, else the first; a staff account needs one. */
    private static String email(JsonObject body) {
        JsonValue emails = ScimPatch.get(body, "emails");
        if (emails instanceof JsonArray list) {
            Optional<JsonObject> chosen = list.stream()
                    .filter(e -> e instanceof JsonObject o && ScimPatch.get(o, "primary") == JsonValue.TRUE)
                    .map(JsonObject.class::cast)
                    .findFirst()
                    .or(() -> list.stream()
                            .filter(JsonObject.class::isInstance)
                            .map(JsonObject.class::cast)
                            .findFirst());
            String value = chosen.map(o -> text(o, "value")).orElse(null);
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        throw ScimException.invalidValue("emails needs a work e-mail address: a staff account has one");
    }

    /** Booleans, and the strings "True"/"False" some providers send for them. */
    private static boolean active(JsonObject body) {
        JsonValue active = ScimPatch.get(body, "active");
        if (active == null || active == JsonValue.NULL || active == JsonValue.TRUE) {
            return true;
        }
        if (active == JsonValue.FALSE) {
            return false;
        }
        if (active instanceof JsonString s
                && (s.getString().equalsIgnoreCase("true") || s.getString().equalsIgnoreCase("false"))) {
            return s.getString().toLowerCase(Locale.ROOT).equals("true");
        }
        throw ScimException.invalidValue("active is true or false");
    }

    /** The manager's SCIM id: {@code manager.value}, or a bare string as some providers send it. */
    private static Optional<String> manager(JsonObject enterprise) {
        JsonValue manager = ScimPatch.get(enterprise, "manager");
        if (manager instanceof JsonString id) {
            return Optional.of(id.getString()).filter(s -> !s.isBlank());
        }
        if (manager instanceof JsonObject reference) {
            return Optional.ofNullable(text(reference, "value")).filter(s -> !s.isBlank());
        }
        return Optional.empty();
    }

    private static String text(JsonObject object, String name) {
        JsonValue value = ScimPatch.get(object, name);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (!(value instanceof JsonString text)) {
            throw ScimException.invalidValue(name + " is a string");
        }
        return text.getString();
    }
}
