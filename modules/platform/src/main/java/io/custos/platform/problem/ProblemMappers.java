package io.custos.platform.problem;

import io.custos.platform.transaction.ConcurrentChange;
import io.custos.platform.versioning.Versions;
import io.custos.platform.web.ProblemResponses;
import io.custos.platform.web.RequestIds;
import jakarta.annotation.Priority;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.persistence.OptimisticLockException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.TransactionalException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Turns every exception that reaches JAX-RS into a problem+json answer; 5xx say nothing inside. */
public final class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());

    private ProblemMappers() {}

    static Response answer(HttpServletRequest request, Throwable failure) {
        String requestId = RequestIds.of(request);
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof DomainProblem problem) {
                Response.ResponseBuilder answer =
                        Response.fromResponse(ProblemResponses.response(problem.problem(), requestId));
                problem.headers().forEach(answer::header);
                return answer.build();
            }
            if (t instanceof JsonbException || t instanceof JsonParsingException) {
                return ProblemResponses.response(
                        Problem.of(
                                400, "malformed-json", "Malformed JSON", "the body is not valid JSON for this request"),
                        requestId);
            }
            if (t instanceof ConstraintViolationException violations) {
                return ProblemResponses.response(validation(violations), requestId);
            }
            if (t instanceof OptimisticLockException) {
                return ProblemResponses.response(lostUpdate(request).problem(), requestId);
            }
        }
        if (failure instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            Response.ResponseBuilder answer = Response.fromResponse(ProblemResponses.response(
                    ProblemResponses.forStatus(web.getResponse().getStatus(), web.getMessage()), requestId));
            if (web instanceof NotAllowedException) {
                answer.header(HttpHeaders.ALLOW, web.getResponse().getHeaderString(HttpHeaders.ALLOW));
            }
            return answer.build();
        }
        if (failure instanceof ProcessingException) {
            return ProblemResponses.response(
                    Problem.of(400, "bad-request", "Bad request", "the request body could not be read"), requestId);
        }
        LOG.log(Level.SEVERE, "request " + requestId + " failed", failure);
        return ProblemResponses.response(
                ProblemResponses.forStatus(500, "an unexpected error occurred; quote the request id " + requestId),
                requestId);
    }

    /**
     * Someone changed the object between this request's read and its write (and retrying did not
     * get through). With {@code If-Match} the caller named the version it changes: a failed
     * precondition (412). Without, it is the conflict it would meet one request after the other.
     */
    static DomainProblem lostUpdate(HttpServletRequest request) {
        String ifMatch = request == null ? null : request.getHeader(HttpHeaders.IF_MATCH);
        if (ifMatch != null && !ifMatch.isBlank()) {
            return new Versions.PreconditionFailed();
        }
        return new ConcurrentChange("the object");
    }

    static Problem validation(ConstraintViolationException e) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(field(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        return new InvalidInput(errors).problem();
    }

    /** {@code onboard.arg0.admin.password} → {@code admin.password}: the path inside the body. */
    static String field(ConstraintViolation<?> violation) {
        StringBuilder field = new StringBuilder();
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.PARAMETER) {
                continue;
            }
            if (node.getKind() == ElementKind.CONTAINER_ELEMENT && node.getName() == null) {
                continue;
            }
            if (node.getIndex() != null && field.length() > 0) {
                field.append('[').append(node.getIndex()).append(']');
            }
            if (node.getName() != null) {
                if (field.length() > 0) {
                    field.append('.');
                }
                field.append(node.getName());
            }
        }
        return field.length() == 0 ? "body" : field.toString();
    }

    /** Bean Validation failures; more specific than Jersey's own ValidationException mapper. */
    @Provider
    public static class ValidationFailures implements ExceptionMapper<ConstraintViolationException> {
        @Context
        HttpServletRequest request;

        @Override
        public Response toResponse(ConstraintViolationException e) {
            return answer(request, e);
        }
    }

    /**
     * A failure at commit arrives wrapped in a {@link TransactionalException}. Jersey registers a
     * mapper of its own for it that rethrows to the container (a bare 500); this one outranks it
     * and answers by the cause, as {@link EveryException} does.
     */
    @Provider
    @Priority(Priorities.USER - 100)
    public static class FailuresAtCommit implements ExceptionMapper<TransactionalException> {
        @Context
        HttpServletRequest request;

        @Override
        public Response toResponse(TransactionalException e) {
            return answer(request, e);
        }
    }

    /**
     * One mapper for everything else that reaches JAX-RS: {@link #answer} looks through the cause
     * chain, so a domain problem wrapped by the runtime still gets its own answer.
     */
    @Provider
    public static class EveryException implements ExceptionMapper<Throwable> {
        @Context
        HttpServletRequest request;

        @Override
        public Response toResponse(Throwable e) {
            return answer(request, e);
        }
    }
}
