package io.custos.platform.mail;

import io.custos.platform.idempotency.Idempotency;
import io.custos.platform.idempotency.StoredAnswer;
import io.custos.platform.json.Json;
import io.custos.platform.problem.Conflict;
import io.custos.platform.problem.InvalidInput;
import io.custos.platform.security.CallerContext;
import io.custos.platform.security.OperatorOnly;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.logging.Logger;

/**
 * Queues a test mail, so the operator can check the SMTP settings: 202 once it is queued (it goes
 * out with the next scheduler round), 409 {@code smtp-not-configured} without SMTP settings. With an
 * {@code Idempotency-Key}, a retry queues nothing more.
 */
@Path("platform/mail-test")
@OperatorOnly
@Produces(MediaType.APPLICATION_JSON)
public class MailTestResource {

    private static final Logger LOG = Logger.getLogger(MailTestResource.class.getName());

    @Inject
    Mail mail;

    @Inject
    Idempotency idempotency;

    @Inject
    CallerContext callers;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response send(
            @NotNull(message = "a JSON body is required") @Valid MailTest request,
            @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        if (!Mail.isAddress(request.to())) {
            throw new InvalidInput("to", "must be one mail address such as ops@example.com");
        }
        if (!mail.isConfigured()) {
            throw new Conflict(
                    "smtp-not-configured", "no SMTP server is configured (CUSTOS_SMTP_HOST): nothing is sent");
        }
        return idempotency
                .once(callers.required(), idempotencyKey, "mail-test\u0000" + request.to(), () -> {
                    mail.send(
                            request.to(),
                            "Custos test mail",
                            "This mail checks the SMTP settings of a Custos server. Nothing needs to be done.");
                    LOG.info(() -> "test mail to " + request.to() + " queued by the operator");
                    return new StoredAnswer(202, null, Json.write(new MailQueued(request.to())));
                })
                .toResponse();
    }

    /** Where to send the test mail. */
    public record MailTest(@NotNull(message = "is required") String to) {}

    /** The test mail is queued for {@code to}. */
    public record MailQueued(String to) {}
}
