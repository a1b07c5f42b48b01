package io.custos.app.config;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The REST API, version 1, with the problem answers every endpoint may give. */
@ApplicationPath("/api/v1")
@OpenAPIDefinition(
        info =
                @Info(
                        title = "Custos API",
                        version = "1",
                        description =
                                "Customer data under clear ownership, access control and consent, per store chain.",
                        license = @License(name = "Proprietary")),
        components =
                @Components(
                        schemas = @Schema(name = "Problem", implementation = ProblemSchema.class),
                        responses = {
                            @APIResponse(
                                    name = "BadRequest",
                                    description = "Malformed or invalid request",
                                    content =
                                            @Content(
                                                    mediaType = "application/problem+json",
                                                    schema = @Schema(ref = "Problem"))),
                            @APIResponse(
                                    name = "Unauthenticated",
                                    description = "Missing or invalid credentials",
                                    content =
                                            @Content(
                                                    mediaType = "application/problem+json",
                                                    schema = @Schema(ref = "Problem"))),
                            @APIResponse(
                                    name = "Forbidden",
                                    description = "Refused; `gate` names the refusing gate",
                                    content =
                                            @Content(
                                                    mediaType = "application/problem+json",
                                                    schema = @Schema(ref = "Problem"))),
                            @APIResponse(
                                    name = "NotFound",
                                    description = "Unknown id, or another tenant's",
                                    content =
                                            @Content(
                                                    mediaType = "application/problem+json",
                                                    schema = @Schema(ref = "Problem"))),
                            @APIResponse(
                                    name = "Conflict",
                                    description = "Duplicate or conflicting state",
                                    content =
                                            @Content(
                                                    mediaType = "application/problem+json",
                                                    schema = @Schema(ref = "Problem"))),
                            @APIResponse(
                                    name = "Unprocessable",
                                    description = "Well-formed but not allowed by a rule",
                                    content =
                                            @Content(
                                                    mediaType = "application/problem+json",
                                                    schema = @Schema(ref = "Problem")))
                        },
                        securitySchemes = {
                            @SecurityScheme(
                                    securitySchemeName = "accessToken",
                                    type = SecuritySchemeType.HTTP,
                                    scheme = "bearer",
                                    bearerFormat = "JWT"),
                            @SecurityScheme(
                                    securitySchemeName = "operatorToken",
                                    type = SecuritySchemeType.HTTP,
                                    scheme = "bearer",
                                    description = "The platform operator token (CUSTOS_OPERATOR_TOKEN)")
                        }))
public class CustosApplication extends Application {}
