package io.custos.platform.jobs;

import io.custos.platform.security.OperatorOnly;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * Runs a scheduler round now, for the operator (and for tests, which then never wait for a poll):
 * what it ran is in the answer; slots another instance claimed are not.
 */
@Path("platform/jobs")
@OperatorOnly
@Produces(MediaType.APPLICATION_JSON)
public class JobsResource {

    @Inject
    Scheduler scheduler;

    @POST
    @Path("run-due")
    public DueWork runDue() {
        return scheduler.runDue();
    }
}
