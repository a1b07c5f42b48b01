package io.custos.privacycentre.customer;

import io.custos.platform.tenancy.TenantDirectory;
import io.custos.platform.tenancy.TenantScope;
import io.custos.platform.web.ProblemResponses;
import io.custos.platform.web.RequestIds;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Everything under {@code /privacy/{tenant}/}: the tenant is the one the path names (a customer has
 * no token to name it), bound around the customers' API, whose sessions are looked up inside that
 * tenant only; any other path is a page of the centre, served from {@code /privacy-centre/} with a
 * strict Content-Security-Policy. An unknown or inactive tenant is a 404.
 */
@WebFilter(filterName = "PrivacyCentreFilter", urlPatterns = "/privacy/*")
public class PrivacyCentreFilter extends HttpFilter {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self'; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

    private static final Pattern PATH = Pattern.compile("/privacy/([a-z0-9-]{1,63})(/(.*))?");
    private static final Pattern PAGE_FILE = Pattern.compile("[a-z0-9-]+\\.(html|js|css|json)");
    static final String PAGES = "/privacy-centre/";

    @Inject
    CentreTenants tenants;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Matcher path = PATH.matcher(
                request.getRequestURI().substring(request.getContextPath().length()));
        Optional<TenantDirectory.TenantSummary> tenant =
                path.matches() ? tenants.bySlug(path.group(1)) : Optional.empty();
        if (tenant.isEmpty()) {
            notFound(request, response);
            return;
        }
        String rest = path.group(3);
        if (rest == null) {
            // relative, so that no Host header decides where the browser goes
            response.setStatus(HttpServletResponse.SC_FOUND);
            response.setHeader("Location", path.group(1) + "/");
            return;
        }
        if (rest.startsWith("api/")) {
            bound(tenant.get(), request, response, chain);
            return;
        }
        String file = rest.isEmpty() ? "index.html" : rest;
        if (!PAGE_FILE.matcher(file).matches()) {
            notFound(request, response);
            return;
        }
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Cache-Control", "no-cache");
        request.getRequestDispatcher(PAGES + file).forward(request, response);
    }

    private static void bound(
            TenantDirectory.TenantSummary tenant,
            HttpServletRequest request,
            HttpServletResponse response,
            FilterChain chain)
            throws IOException, ServletException {
        try {
            TenantScope.call(tenant.id(), () -> {
                chain.doFilter(request, response);
                return null;
            });
        } catch (IOException | ServletException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }

    private static void notFound(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ProblemResponses.write(
                response,
                ProblemResponses.forStatus(404, "there is no privacy centre at this address"),
                RequestIds.ensure(request, response));
    }
}
