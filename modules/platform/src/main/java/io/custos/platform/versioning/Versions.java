package io.custos.platform.versioning;

import io.custos.platform.problem.DomainProblem;
import io.custos.platform.problem.Problem;
import jakarta.ws.rs.core.EntityTag;

/** ETags are an entity's {@code @Version}; updates must name the version they change. */
public final class Versions {

    private Versions() {}

    public static EntityTag etag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** Refuses a missing (428) or stale (412) {@code If-Match} for an entity at {@code current}. */
    public static void requireMatch(String ifMatch, long current) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new PreconditionRequired();
        }
        String expected = "\"" + current + "\"";
        for (String candidate : ifMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.equals(expected) || tag.equals("*")) {
                return;
            }
        }
        throw new PreconditionFailed();
    }

    /** 428: an update must say which version it changes. */
    public static class PreconditionRequired extends DomainProblem {
        public PreconditionRequired() {
            super("this update needs an If-Match header with the ETag of the version it changes");
        }

        @Override
        public Problem problem() {
            return Problem.of(428, "precondition-required", "Precondition required", getMessage());
        }
    }

    /** 412: someone changed the object since the caller read it. */
    public static class PreconditionFailed extends DomainProblem {
        public PreconditionFailed() {
            super("the object changed since it was read; read it again and retry");
        }

        @Override
        public Problem problem() {
            return Problem.of(412, "precondition-failed", "Precondition failed", getMessage());
        }
    }
}
