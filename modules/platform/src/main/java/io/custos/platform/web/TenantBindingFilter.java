package io.custos.platform.web;

import io.custos.platform.security.Caller;
import io.custos.platform.tenancy.TenantScope;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The one place a request's tenant is bound: from the authenticated staff or provisioning caller,
 * never from a header, path or body. The binding lasts exactly as long as the request is being served.
 */
@WebFilter(
        filterName = "TenantBindingFilter",
        urlPatterns = {"/api/*", "/scim/*"})
public class TenantBindingFilter extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!(request.getAttribute(Caller.class.getName()) instanceof Caller caller) || caller.isOperator()) {
            chain.doFilter(request, response);
            return;
        }
        try {
            TenantScope.call(caller.tenantId(), () -> {
                chain.doFilter(request, response);
                return null;
            });
        } catch (IOException | ServletException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
