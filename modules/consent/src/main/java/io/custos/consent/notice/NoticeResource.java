package io.custos.consent.notice;

import io.custos.platform.idempotency.Idempotency;
import io.custos.platform.security.CallerContext;
import io.custos.platform.security.RequiresPermission;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/** Privacy notices: what customers are shown when asked for consent, versioned per purpose and language. */
@Path("consent-notices")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class NoticeResource {

    @Inject
    Notices notices;

    @Inject
    CallerContext callers;

    @Inject
    Idempotency idempotency;

    @Context
    UriInfo uri;

    @GET
    public NoticeList list(@QueryParam("purpose") String purpose, @QueryParam("language") String language) {
        return new NoticeList(notices.list(purpose, language));
    }

    /** The catalogue answer. */
    public record NoticeList(List<NoticeView> items) {}

    @GET
    @Path("{id}")
    public NoticeView get(@PathParam("id") String id) {
        return notices.get(id);
    }

    @POST
    @RequiresPermission("tenant.manage")
    public Response publish(
            @NotNull(message = "a JSON body is required") @Valid NewNotice request,
            @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        return idempotency.created(
                callers.staff(),
                idempotencyKey,
                "consent.notice.publish",
                request,
                () -> notices.publish(callers.staff(), request),
                notice -> uri.getAbsolutePathBuilder().path(notice.id()).build());
    }
}
