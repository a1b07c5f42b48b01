package io.custos.identity.scim;

import io.custos.platform.problem.Conflict;
import io.custos.platform.problem.DomainProblem;
import io.custos.platform.problem.InvalidInput;
import io.custos.platform.problem.Problem;
import io.custos.platform.web.RequestIds;
import jakarta.annotation.Priority;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.stream.JsonParsingException;
import jakarta.persistence.OptimisticLockException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.TransactionalException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Every failure of a SCIM request in the protocol's error format (RFC 7644 §3.12), never
 * problem+json. Registered by {@link ScimApplication} only, so the REST API keeps its own mappers.
 */
public class ScimErrors implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ScimErrors.class.getName());

    @Context
    HttpServletRequest request;

    @Override
    public Response toResponse(Throwable failure) {
        return answer(request, failure);
    }

    /** Failures at commit arrive wrapped; Jersey's own mapper for them would answer a bare 500. */
    @Priority(Priorities.USER - 100)
    public static class AtCommit implements ExceptionMapper<TransactionalException> {

        @Context
        HttpServletRequest request;

        @Override
        public Response toResponse(TransactionalException failure) {
            return answer(request, failure);
        }
    }

    /** Looks through the cause chain: a domain problem wrapped by the runtime keeps its own answer. */
    static Response answer(HttpServletRequest request, Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            Response known = known(t);
            if (known != null) {
                return known;
            }
        }
        if (failure instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            return error(web.getResponse().getStatus(), null, web.getMessage());
        }
        String requestId = RequestIds.of(request);
        LOG.log(Level.SEVERE, "SCIM request " + requestId + " failed", failure);
        return error(500, null, "an unexpected error occurred; quote the request id " + requestId);
    }

    private static Response known(Throwable t) {
        if (t instanceof ScimException scim) {
            return error(scim.status, scim.scimType, scim.getMessage());
        }
        if (t instanceof InvalidInput invalid) {
            String detail = invalid.errors().stream()
                    .map(e -> e.field() + ": " + e.message())
                    .collect(Collectors.joining("; "));
            return error(400, "invalidValue", detail);
        }
        if (t instanceof Conflict conflict) {
            Problem problem = conflict.problem();
            // Only a taken unique value is SCIM's "uniqueness"; other conflicts (an offboarded account) have no type.
            return error(409, problem.type().endsWith("-taken") ? "uniqueness" : null, problem.detail());
        }
        if (t instanceof DomainProblem domain) {
            Problem problem = domain.problem();
            return error(problem.status(), null, problem.detail());
        }
        if (t instanceof ConstraintViolationException invalid) {
            return error(400, "invalidValue", invalid.getMessage());
        }
        if (t instanceof JsonParsingException) {
            return error(400, "invalidSyntax", "the body is not valid JSON");
        }
        if (t instanceof OptimisticLockException) {
            return error(409, null, "the resource changed meanwhile; read it and try again");
        }
        return null;
    }

    static Response error(int status, String scimType, String detail) {
        JsonObjectBuilder body = Scim.JSON
                .createObjectBuilder()
                .add("schemas", Scim.JSON.createArrayBuilder().add(Scim.ERROR))
                .add("status", Integer.toString(status));
        if (scimType != null) {
            body.add("scimType", scimType);
        }
        if (detail != null) {
            body.add("detail", detail);
        }
        return Scim.answer(status, body.build());
    }
}
