package io.custos.requests.request;

import io.custos.platform.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;

/**
 * One time a request's clock stood still: why, from when to when (open while it stands), who
 * stopped and restarted it, and the date in force before and after.
 */
public record ClockStop(
        Reason reason,
        String note,
        Instant stoppedAt,
        String stoppedBy,
        Instant resumedAt,
        String resumedBy,
        Instant dueBefore,
        Instant dueAfter) {

    /** What the chain waits for from the data subject; the pack says which stop its law allows. */
    public enum Reason {
        IDENTITY_VERIFICATION,
        CLARIFICATION
    }

    ClockStop resumed(Instant at, String by, Instant due) {
        return new ClockStop(reason, note, stoppedAt, stoppedBy, at, by, dueBefore, due);
    }

    /** The history as kept in the request's row. */
    static String write(List<ClockStop> stops) {
        JsonArrayBuilder array = Json.provider().createArrayBuilder();
        for (ClockStop stop : stops) {
            JsonObjectBuilder object = Json.provider()
                    .createObjectBuilder()
                    .add("reason", stop.reason.name())
                    .add("stoppedAt", stop.stoppedAt.toString())
                    .add("stoppedBy", stop.stoppedBy)
                    .add("dueBefore", stop.dueBefore.toString());
            if (stop.note != null) {
                object.add("note", stop.note);
            }
            if (stop.resumedAt != null) {
                object.add("resumedAt", stop.resumedAt.toString())
                        .add("resumedBy", stop.resumedBy)
                        .add("dueAfter", stop.dueAfter.toString());
            }
            array.add(object);
        }
        return array.build().toString();
    }

    static List<ClockStop> read(String json) {
        if (json == null || json.isEmpty()) {
            return List.of();
        }
        try (var reader = Json.provider().createReader(new StringReader(json))) {
            JsonArray array = reader.readArray();
            return array.getValuesAs(JsonObject.class).stream()
                    .map(o -> new ClockStop(
                            Reason.valueOf(o.getString("reason")),
                            o.getString("note", null),
                            Instant.parse(o.getString("stoppedAt")),
                            o.getString("stoppedBy"),
                            instant(o, "resumedAt"),
                            o.getString("resumedBy", null),
                            Instant.parse(o.getString("dueBefore")),
                            instant(o, "dueAfter")))
                    .toList();
        }
    }

    private static Instant instant(JsonObject object, String field) {
        JsonValue value = object.get(field);
        return value == null ? null : Instant.parse(object.getString(field));
    }
}
