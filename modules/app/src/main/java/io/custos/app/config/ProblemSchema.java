package io.custos.app.config;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The documented shape of an RFC 9457 problem answer. */
@Schema(name = "Problem", description = "RFC 9457 problem details")
public record ProblemSchema(
        @Schema(required = true) String type,
        @Schema(required = true) String title,
        @Schema(required = true) int status,
        String detail,

        @Schema(description = "The request id, also in the X-Request-Id header")
        String requestId,

        @Schema(description = "The refusing gate of the access decision, on 403")
        String gate,

        @Schema(description = "Validation errors, on 400") List<FieldErrorSchema> errors) {

    @Schema(name = "FieldError")
    public record FieldErrorSchema(String field, String message) {}
}
