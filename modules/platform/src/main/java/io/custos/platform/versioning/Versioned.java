package io.custos.platform.versioning;

import jakarta.ws.rs.core.Response;

/** What a use case answers about an object whose changes need {@code If-Match}: its view and version. */
public record Versioned<T>(T view, long version) {

    /** 200 with the view and its version as the ETag. */
    public Response answer() {
        return Response.ok(view).tag(Versions.etag(version)).build();
    }
}
