package io.custos.identity.sso;

import io.custos.platform.paging.Page;
import io.custos.platform.paging.PageRequest;
import io.custos.platform.security.CallerContext;
import io.custos.platform.security.RequiresPermission;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** A tenant's single sign-on: its OpenID Providers, who is who at them, and the SSO-only policy ({@code tenant.manage}). */
@Path("sso")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequiresPermission("tenant.manage")
public class SsoResource {

    @Inject
    SsoAdministration sso;

    @Inject
    CallerContext callers;

    @Context
    UriInfo uri;

    @GET
    @Path("providers")
    public Page<SsoProviderView> list(@QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        return sso.page(PageRequest.of(limit, cursor));
    }

    /** 201. No Idempotency-Key: replaying the answer would mean keeping the request's client secret beside it. */
    @POST
    @Path("providers")
    public Response create(@NotNull(message = "a JSON body is required") @Valid NewSsoProvider request) {
        SsoProviderView created = sso.create(callers.staff(), request);
        return Response.created(uri.getAbsolutePathBuilder().path(created.id()).build())
                .entity(created)
                .build();
    }

    @GET
    @Path("providers/{id}")
    public Response get(@PathParam("id") String id) {
        return sso.view(id).answer();
    }

    @PATCH
    @Path("providers/{id}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    public Response change(
            @PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull(message = "a JSON body is required") @Valid SsoProviderChange request) {
        return sso.change(callers.staff(), id, ifMatch, request).answer();
    }

    @DELETE
    @Path("providers/{id}")
    public Response delete(@PathParam("id") String id) {
        sso.delete(callers.staff(), id);
        return Response.noContent().build();
    }

    @POST
    @Path("providers/{id}/links")
    public Response link(
            @PathParam("id") String id, @NotNull(message = "a JSON body is required") @Valid NewSsoLink request) {
        SsoLinkView link = sso.link(callers.staff(), id, request);
        return Response.created(uri.getAbsolutePathBuilder().path(link.id()).build())
                .entity(link)
                .build();
    }

    @DELETE
    @Path("providers/{id}/links/{linkId}")
    public Response unlink(@PathParam("id") String id, @PathParam("linkId") String linkId) {
        sso.unlink(callers.staff(), id, linkId);
        return Response.noContent().build();
    }

    @GET
    @Path("policy")
    public Response policy() {
        return sso.policy().answer();
    }

    @PUT
    @Path("policy")
    public Response changePolicy(
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull(message = "a JSON body is required") @Valid SsoPolicyView request) {
        return sso.changePolicy(callers.staff(), ifMatch, request).answer();
    }
}
