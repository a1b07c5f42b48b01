package io.custos.platform.web;

import io.custos.platform.id.Ids;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.regex.Pattern;

/** The request id: the caller's {@code X-Request-Id} when it is sane, else a new one. */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";
    private static final String ATTRIBUTE = RequestIds.class.getName();
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    private RequestIds() {}

    /** The id of this request, assigned and echoed on the response the first time it is asked for. */
    public static String ensure(HttpServletRequest request, HttpServletResponse response) {
        Object known = request.getAttribute(ATTRIBUTE);
        if (known instanceof String id) {
            return id;
        }
        String given = request.getHeader(HEADER);
        String id = given != null && SANE.matcher(given).matches() ? given : Ids.newId();
        request.setAttribute(ATTRIBUTE, id);
        if (response != null && !response.isCommitted()) {
            response.setHeader(HEADER, id);
        }
        return id;
    }

    public static String of(HttpServletRequest request) {
        return ensure(request, null);
    }
}
