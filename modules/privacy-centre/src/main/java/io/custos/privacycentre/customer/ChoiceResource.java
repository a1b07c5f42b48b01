package io.custos.privacycentre.customer;

import io.custos.consent.api.CustomerConsents;
import io.custos.platform.problem.InvalidInput;
import io.custos.platform.security.Caller;
import io.custos.platform.web.RequestIds;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** The customer's consents: each purpose with the notice to read, and their own choice for it. */
@Path("{tenant}/api/consents")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ChoiceResource {

    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");

    @Inject
    CustomerConsents consents;

    @Inject
    CustomerCaller customer;

    @Context
    HttpServletRequest request;

    @GET
    public Map<String, List<CustomerConsents.Choice>> list(
            @PathParam("tenant") String tenant, @QueryParam("lang") String language) {
        String lang = language == null ? "en" : language;
        if (!LANGUAGE.matcher(lang).matches()) {
            throw new InvalidInput("lang", "must be a two-letter language code such as en or de");
        }
        return Map.of("items", consents.choicesOf(customer.required().staffId(), lang));
    }

    @PUT
    @Path("{purpose}")
    public CustomerConsents.Choice change(
            @PathParam("tenant") String tenant,
            @PathParam("purpose") String purpose,
            @NotNull(message = "a JSON body is required") @Valid ChoiceChange change) {
        Caller subject = customer.required();
        // the request itself is the evidence: which session, and the id its audit entries carry
        String evidence =
                "privacy centre: session " + subject.session().orElseThrow() + ", request " + RequestIds.of(request);
        return consents.change(subject, purpose, change.granted(), change.noticeId(), evidence);
    }
}
