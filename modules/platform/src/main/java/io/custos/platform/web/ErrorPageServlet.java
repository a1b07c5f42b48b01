package io.custos.platform.web;

import io.custos.platform.json.Json;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Renders container-level errors (unknown paths outside the API, failed authentication, errors
 * thrown outside JAX-RS) as problem+json, or in SCIM's error format under {@code /scim/}. Mapped by the error pages of the application's web.xml.
 */
@WebServlet(name = "ProblemErrorPage", urlPatterns = ErrorPageServlet.PATH)
public class ErrorPageServlet extends HttpServlet {

    public static final String PATH = "/__problem";
    /** Request attribute a component may set to explain its error in the problem's detail. */
    public static final String DETAIL = ErrorPageServlet.class.getName() + ".detail";

    private static final String SCIM_PATH = "/scim/";
    private static final String SCIM_ERROR = "urn:ietf:params:scim:api:messages:2.0:Error";

    private static final Logger LOG = Logger.getLogger(ErrorPageServlet.class.getName());

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String requestId = RequestIds.ensure(request, response);
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer c ? c : 404;
        Throwable failure = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        if (status >= 500 || failure != null) {
            LOG.log(Level.SEVERE, "request " + requestId + " failed", failure);
            status = Math.max(status, 500);
        }
        Object detail = request.getAttribute(DETAIL);
        String message = detail != null ? detail.toString() : defaultDetail(status, request);
        response.resetBuffer();
        if (status == 401) {
            response.setHeader("WWW-Authenticate", "Bearer");
        }
        String uri = String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
        if (uri.startsWith(request.getContextPath() + SCIM_PATH)) {
            writeScimError(response, status, message);
            return;
        }
        ProblemResponses.write(response, ProblemResponses.forStatus(status, message), requestId);
    }

    /** SCIM clients read errors in their protocol's format (RFC 7644 §3.12), not problem+json. */
    private static void writeScimError(HttpServletResponse response, int status, String detail) throws IOException {
        response.setStatus(status);
        response.setContentType("application/scim+json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter()
                .write(Json.provider()
                        .createObjectBuilder()
                        .add("schemas", Json.provider().createArrayBuilder().add(SCIM_ERROR))
                        .add("status", Integer.toString(status))
                        .add("detail", detail)
                        .build()
                        .toString());
    }

    private static String defaultDetail(int status, HttpServletRequest request) {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        return switch (status) {
            case 401 -> "a valid bearer token is required";
            case 404 -> "no resource at " + uri;
            case 405 -> "this method is not allowed on " + uri;
            default -> status >= 500 ? "an unexpected error occurred; quote the request id" : "the request failed";
        };
    }
}
