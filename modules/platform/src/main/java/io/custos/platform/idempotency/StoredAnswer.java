package io.custos.platform.idempotency;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/** A created resource's answer: status, {@code Location} and the JSON body, replayable as is. */
public record StoredAnswer(int status, String location, String body) {

    public static StoredAnswer created(URI location, String json) {
        return new StoredAnswer(201, location.toString(), json);
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
