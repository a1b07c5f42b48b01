package io.custos.identity.scim;

import io.custos.platform.json.Json;
import io.custos.platform.security.Caller;
import io.custos.platform.security.CallerContext;
import jakarta.json.JsonObject;
import jakarta.json.spi.JsonProvider;
import jakarta.ws.rs.core.Response;

/** The protocol's names (RFC 7643/7644) and how its answers are written. */
final class Scim {

    static final String MEDIA_TYPE = "application/scim+json";

    static final String USER = "urn:ietf:params:scim:schemas:core:2.0:User";
    static final String GROUP = "urn:ietf:params:scim:schemas:core:2.0:Group";
    static final String ENTERPRISE_USER = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
    /** Custos' own extension: the staff member's home store. */
    static final String CUSTOS_USER = "urn:custos:params:scim:schemas:extension:custos:2.0:User";

    static final String LIST_RESPONSE = "urn:ietf:params:scim:api:messages:2.0:ListResponse";
    static final String PATCH_OP = "urn:ietf:params:scim:api:messages:2.0:PatchOp";
    static final String ERROR = "urn:ietf:params:scim:api:messages:2.0:Error";

    /** The most resources one list answer carries (also announced in ServiceProviderConfig). */
    static final int MAX_RESULTS = 200;

    static final JsonProvider JSON = Json.provider();

    private Scim() {}

    /** The body of a SCIM request: a JSON object, else {@code invalidSyntax}. */
    static JsonObject read(String body) {
        if (body == null || body.isBlank()) {
            throw ScimException.invalidSyntax("a JSON body is required");
        }
        try (var reader = JSON.createReader(new java.io.StringReader(body))) {
            return reader.readObject();
        } catch (jakarta.json.JsonException | IllegalStateException e) {
            throw ScimException.invalidSyntax("the body is not a JSON object");
        }
    }

    /**
     * Holds a request of the REST use cases to its Bean Validation constraints, which only JAX-RS
     * checks otherwise; a violation is an {@code invalidValue} naming the SCIM attribute.
     */
    static void requireValid(
            jakarta.validation.Validator validator,
            Object request,
            java.util.function.UnaryOperator<String> scimAttribute) {
        var violations = validator.validate(request);
        if (!violations.isEmpty()) {
            throw ScimException.invalidValue(violations.stream()
                    .map(v -> scimAttribute.apply(v.getPropertyPath().toString()) + ": " + v.getMessage())
                    .sorted()
                    .collect(java.util.stream.Collectors.joining("; ")));
        }
    }

    /** The caller of a SCIM request: a provisioning token of the tenant, else 401 in SCIM's format. */
    static Caller provisioning(CallerContext callers) {
        return callers.current()
                .filter(Caller::isProvisioning)
                .orElseThrow(() -> new ScimException(401, null, "a SCIM token of this tenant is required"));
    }

    /** 201 with the new resource and its {@code meta.location} as {@code Location}. */
    static Response created(JsonObject resource) {
        return Response.status(201)
                .type(MEDIA_TYPE)
                .location(java.net.URI.create(resource.getJsonObject("meta").getString("location")))
                .entity(resource.toString())
                .build();
    }

    static Response answer(int status, JsonObject body) {
        return Response.status(status).type(MEDIA_TYPE).entity(body.toString()).build();
    }
}
