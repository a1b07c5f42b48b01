package io.custos.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Every answer carries {@code X-Request-Id}, errors included; the audit trail records it. */
@WebFilter(filterName = "RequestIdFilter", urlPatterns = "/*", asyncSupported = true)
public class RequestIdFilter extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String requestId = RequestIds.ensure(request, response);
        RequestContext.set(new RequestContext.Current(requestId, request.getRemoteAddr()));
        try {
            chain.doFilter(request, response);
        } finally {
            RequestContext.clear();
        }
    }
}
