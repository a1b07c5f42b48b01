package io.custos.app.console;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Every answer under {@code /console/} carries a strict Content-Security-Policy (no inline script or
 * style, nothing from another origin, never framed) and is revalidated before reuse; a deep link
 * such as {@code /console/staff/123} that names no file is answered with the application's
 * {@code index.html}, whose router shows the screen. The API's answers are not touched.
 */
@WebFilter(filterName = "ConsoleFilter", urlPatterns = "/console/*")
public class ConsoleFilter extends HttpFilter {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; "
            + "form-action 'self'";

    private static final String INDEX = "/console/index.html";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Cache-Control", "no-cache");
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (isDeepLink(path)) {
            request.getRequestDispatcher(INDEX).forward(request, response);
            return;
        }
        chain.doFilter(request, response);
    }

    /** A path of the application's router: no file name (no dot in its last segment), no such file. */
    private boolean isDeepLink(String path) {
        if (path.equals("/console/") || path.equals("/console")) {
            return true;
        }
        String last = path.substring(path.lastIndexOf('/') + 1);
        if (last.contains(".")) {
            return false;
        }
        try {
            return getServletContext().getResource(path) == null || path.endsWith("/");
        } catch (java.net.MalformedURLException e) {
            return true;
        }
    }
}
