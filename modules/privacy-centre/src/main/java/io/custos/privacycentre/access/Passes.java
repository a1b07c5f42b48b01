package io.custos.privacycentre.access;

import io.custos.customers.api.CustomerRecords;
import io.custos.platform.crypto.Sha256;
import io.custos.platform.id.Ids;
import io.custos.platform.problem.Gone;
import io.custos.platform.security.Caller;
import io.custos.platform.tenancy.TenantData;
import io.custos.platform.tenancy.TenantDirectory;
import io.custos.privacycentre.api.PrivacyCentrePassIssued;
import io.custos.tenants.api.TenantSettingsReader;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Issues the ways in staff hand customers, and redeems them for a session. A link's token is long
 * enough to stand alone; a till code is short and also needs the customer's e-mail or phone, and
 * every way it can fail (no such code, another contact, expired) answers alike after the same reads.
 */
@ApplicationScoped
public class Passes {

    /** Handing a customer the way to their own consents is work on their consents. */
    static final String ISSUE = "consent.record";

    static final int CODE_LENGTH = 8;

    /** Stands in for the customer of a code that does not exist, so that the contact check still runs. */
    private static final String NO_CUSTOMER = "00000000-0000-0000-0000-000000000000";

    @Inject
    TenantData data;

    @Inject
    CustomerRecords customers;

    @Inject
    TenantSettingsReader settings;

    @Inject
    TenantDirectory tenants;

    @Inject
    CentreSessions sessions;

    @Inject
    Event<PrivacyCentrePassIssued> issued;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "custos.public-url")
    Optional<String> publicUrl;

    @Transactional
    public IssuedPass issueLink(Caller staff, String customerId) {
        customers.require(staff, customerId, ISSUE, List.of());
        String token = Ids.newSecret();
        Pass pass = issue(
                staff,
                customerId,
                Pass.Kind.LINK,
                token,
                Duration.ofDays(settings.current().privacy().centreLinkDays()));
        // the token rides in the fragment: browsers send it to no server, so no access log keeps it
        String url = publicUrl.map(base -> base.replaceAll("/+$", "")).orElse("") + "/privacy/"
                + tenants.find(staff.tenantId()).orElseThrow().slug() + "/#link=" + token;
        return new IssuedPass(pass.id(), customerId, Pass.Kind.LINK, url, null, pass.expiresAt());
    }

    @Transactional
    public IssuedPass issueCode(Caller staff, NewTillCode request) {
        customers.require(staff, request.customerId(), ISSUE, List.of());
        String code = Ids.newReadableCode(CODE_LENGTH);
        Pass pass = issue(
                staff,
                request.customerId(),
                Pass.Kind.CODE,
                code,
                Duration.ofMinutes(settings.current().privacy().centreCodeMinutes()));
        return new IssuedPass(pass.id(), request.customerId(), Pass.Kind.CODE, null, code, pass.expiresAt());
    }

    private Pass issue(Caller staff, String customerId, Pass.Kind kind, String secret, Duration valid) {
        Instant now = clock.instant();
        Pass pass = new Pass(Ids.newId(), kind, Sha256.hex(secret), customerId, staff.staffId(), now, now.plus(valid));
        data.em().persist(pass);
        issued.fire(new PrivacyCentrePassIssued(
                staff.tenantId(), staff.staffId(), customerId, pass.id(), kind.name(), pass.expiresAt(), now));
        return pass;
    }

    /** A link's holder gets a session; 404 for a link this store chain never issued, 410 once it expired. */
    @Transactional
    public StartedSession redeemLink(String token) {
        Pass pass = find(Pass.Kind.LINK, Sha256.hex(token)).orElseThrow(NoMatchingPass::new);
        if (pass.expiredAt(clock.instant())) {
            throw new Gone("privacy-centre-link-expired", "This link has expired. Ask the store for a new one.");
        }
        return sessions.start(pass);
    }

    /** A code and the customer's e-mail or phone get a session; any mismatch is one 404. */
    @Transactional
    public StartedSession redeemCode(String code, String contact) {
        Optional<Pass> pass = find(Pass.Kind.CODE, codeSha256(code));
        boolean reachable = customers.reachableAt(pass.map(Pass::customerId).orElse(NO_CUSTOMER), contact);
        if (pass.isEmpty() || !reachable || pass.get().expiredAt(clock.instant())) {
            throw new NoMatchingPass();
        }
        return sessions.start(pass.get());
    }

    /**
     * What a code is found and rate-limited by: printed codes are read back with spaces, dashes and
     * small letters. A code lives minutes and is counted per try, so a plain hash suffices.
     */
    public static String codeSha256(String code) {
        return Sha256.hex(code.replaceAll("[^A-Za-z0-9]", "").toUpperCase(Locale.ROOT));
    }

    private Optional<Pass> find(Pass.Kind kind, String secretSha256) {
        return data.em()
                .createQuery("SELECT p FROM Pass p WHERE p.secretSha256 = :hash AND p.kind = :kind", Pass.class)
                .setParameter("hash", secretSha256)
                .setParameter("kind", kind)
                .getResultStream()
                .findFirst();
    }
}
