package io.custos.platform.web;

import io.custos.platform.problem.Problem;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** Writes a problem as the answer, with the request id as an extension member. */
public final class ProblemResponses {

    private ProblemResponses() {}

    public static Response response(Problem problem, String requestId) {
        return Response.status(problem.status())
                .type(Problem.MEDIA_TYPE)
                .entity(problem.with("requestId", requestId).toJson().toString())
                .build();
    }

    public static void write(HttpServletResponse response, Problem problem, String requestId) throws IOException {
        response.setStatus(problem.status());
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(problem.with("requestId", requestId).toJson().toString());
    }

    /** A problem for a bare status code (unknown path, wrong method, ...). */
    public static Problem forStatus(int status, String detail) {
        return switch (status) {
            case 400 -> Problem.of(400, "bad-request", "Bad request", detail);
            case 401 -> Problem.of(401, "unauthenticated", "Not authenticated", detail);
            case 403 -> Problem.of(403, "forbidden", "Forbidden", detail);
            case 404 -> Problem.of(404, "not-found", "Not found", detail);
            case 405 -> Problem.of(405, "method-not-allowed", "Method not allowed", detail);
            case 406 -> Problem.of(406, "not-acceptable", "Not acceptable", detail);
            case 413 -> Problem.of(413, "payload-too-large", "Payload too large", detail);
            case 415 -> Problem.of(415, "unsupported-media-type", "Unsupported media type", detail);
            case 500 -> Problem.of(500, "internal", "Internal error", detail);
            default -> Problem.of(status, "http-" + status, "HTTP " + status, detail);
        };
    }
}
