package io.custos.platform.web;

import io.custos.platform.problem.PayloadTooLarge;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Caps request bodies: 1 MiB for JSON, 50 MiB for the streamed CSV and YAML uploads. A declared
 * length over the cap is refused before reading; a chunked body is cut off when it passes it.
 */
@WebFilter(
        filterName = "BodyLimitFilter",
        urlPatterns = {"/api/*", "/scim/*"},
        asyncSupported = true)
public class BodyLimitFilter extends HttpFilter {

    public static final long JSON_LIMIT = 1024 * 1024;
    public static final long UPLOAD_LIMIT = 50L * 1024 * 1024;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long limit = limitFor(request);
        if (request.getContentLengthLong() > limit) {
            ProblemResponses.write(
                    response, new PayloadTooLarge(limit).problem(), RequestIds.ensure(request, response));
            return;
        }
        chain.doFilter(new LimitedRequest(request, limit), response);
    }

    static long limitFor(HttpServletRequest request) {
        String contentType = request.getContentType();
        boolean upload = contentType != null && (contentType.startsWith("text/csv") || contentType.contains("yaml"));
        return upload ? UPLOAD_LIMIT : JSON_LIMIT;
    }

    private static final class LimitedRequest extends HttpServletRequestWrapper {
        private final long limit;
        private ServletInputStream limited;

        LimitedRequest(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (limited == null) {
                limited = new LimitedInputStream(super.getInputStream(), limit);
            }
            return limited;
        }
    }

    private static final class LimitedInputStream extends ServletInputStream {
        private final ServletInputStream in;
        private final long limit;
        private long read;

        LimitedInputStream(ServletInputStream in, long limit) {
            this.in = in;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > limit) {
                throw new PayloadTooLarge(limit);
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
