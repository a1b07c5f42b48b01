package io.custos.platform.idempotency;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/** A creating request's answer: status, {@code Location} (if one) and the JSON body, replayable as is. */
public record StoredAnswer(int status, String location, String body) {

    public static StoredAnswer created(URI location, String json) {
        return new StoredAnswer(201, location.toString(), json);
    }

    /** What a request that creates many things at once answers: 200 and their views, no single Location. */
    public static StoredAnswer ok(String json) {
        return new StoredAnswer(200, null, json);
    }

    public Response toResponse() {
        Response.ResponseBuilder response =
                Response.status(status).type(MediaType.APPLICATION_JSON).entity(body);
        if (location != null) {
            response.location(URI.create(location));
        }
        return response.build();
    }
}
