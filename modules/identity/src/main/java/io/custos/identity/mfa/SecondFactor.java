package io.custos.identity.mfa;

import io.custos.identity.api.MfaEnabled;
import io.custos.identity.api.MfaReset;
import io.custos.identity.session.Session;
import io.custos.identity.session.Sessions;
import io.custos.identity.staff.Staff;
import io.custos.identity.staff.StaffDirectory;
import io.custos.platform.crypto.SecretBox;
import io.custos.platform.problem.Conflict;
import io.custos.platform.problem.Forbidden;
import io.custos.platform.problem.InvalidInput;
import io.custos.platform.security.Caller;
import io.custos.platform.tenancy.TenantData;
import io.custos.platform.tenancy.TenantDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.codec.binary.Base32;

/** TOTP enrolment and confirmation, and checking a second factor at login. */
@ApplicationScoped
public class SecondFactor {

    static final String PURPOSE = "totp-secret";
    static final int RECOVERY_CODES = 10;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Totp TOTP = Totp.sixDigits();

    @Inject
    TenantData data;

    @Inject
    StaffDirectory staff;

    @Inject
    TenantDirectory tenants;

    @Inject
    SecretBox secrets;

    @Inject
    Event<MfaEnabled> enabled;

    @Inject
    Event<MfaReset> reset;

    @Inject
    Sessions sessions;

    @Inject
    Clock clock;

    @Transactional
    public Enrolment enrol(Caller caller) {
        Staff member = staff.get(caller.staffId());
        TotpCredential credential = data.em().find(TotpCredential.class, member.id());
        if (credential != null && credential.isConfirmed()) {
            throw new Conflict("mfa-enabled", "TOTP is enabled already");
        }
        byte[] secret = new byte[20];
        RANDOM.nextBytes(secret);
        String sealed = secrets.seal(PURPOSE, member.id(), secret);
        Instant now = clock.instant();
        if (credential == null) {
            data.em().persist(new TotpCredential(member.id(), sealed, now));
        } else {
            credential.restart(sealed, now);
        }
        String base32 = new Base32().encodeToString(secret).replace("=", "");
        String slug = tenants.find(caller.tenantId()).map(t -> t.slug()).orElse("custos");
        String label = URLEncoder.encode("Custos:" + slug + ":" + member.username(), StandardCharsets.UTF_8)
                .replace("+", "%20");
        return new Enrolment(
                base32,
                "otpauth://totp/" + label + "?secret=" + base32 + "&issuer=Custos&algorithm=SHA1&digits=6&period=30");
    }

    @Transactional
    public Enabled confirm(Caller caller, String code) {
        Staff member = staff.get(caller.staffId());
        TotpCredential credential = data.em().find(TotpCredential.class, member.id());
        if (credential == null) {
            throw new Conflict("mfa-not-enrolled", "start an enrolment first: POST /api/v1/me/mfa/totp");
        }
        if (credential.isConfirmed()) {
            throw new Conflict("mfa-enabled", "TOTP is enabled already");
        }
        if (!checkTotp(credential, code)) {
            throw new InvalidInput("code", "does not match the authenticator's current code");
        }
        credential.confirm();
        member.enableMfa();
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < RECOVERY_CODES; i++) {
            String recovery = newRecoveryCode();
            codes.add(recovery);
            data.em().persist(new RecoveryCode(member.id(), hash(recovery)));
        }
        enabled.fire(new MfaEnabled(caller.tenantId(), caller.staffId(), member.id(), RECOVERY_CODES, clock.instant()));
        return new Enabled(true, codes);
    }

    /**
     * An admin removes another staff member's second factor (a lost phone): the credential and its
     * recovery codes go, every session of theirs ends, and they enrol again at their next sign-in.
     * Nobody resets their own: that would let a stolen password remove the factor that guards it.
     */
    @Transactional
    public Staff resetFor(Caller admin, String staffId, String reason) {
        if (!admin.hasSecondFactor()) {
            throw Forbidden.secondFactorNeeded("resetting someone's second factor");
        }
        Staff member = staff.get(staffId);
        if (member.id().equals(admin.staffId())) {
            throw new Forbidden("grant", "nobody resets their own second factor: ask another admin");
        }
        TotpCredential credential = data.em().find(TotpCredential.class, member.id());
        if (credential == null || !credential.isConfirmed()) {
            throw new Conflict("mfa-not-enrolled", "staff " + staffId + " has no second factor to reset");
        }
        data.em().remove(credential);
        data.em()
                .createQuery("DELETE FROM RecoveryCode c WHERE c.staffId = :staff")
                .setParameter("staff", member.id())
                .executeUpdate();
        member.disableMfa();
        int ended = sessions.endAllOf(admin, member.id(), Session.EndReason.MFA_RESET);
        reset.fire(new MfaReset(admin.tenantId(), admin.staffId(), member.id(), reason, ended, clock.instant()));
        return member;
    }

    /** Whether {@code code} is a fresh TOTP code or an unused recovery code of the staff member. */
    public boolean verify(String staffId, String code) {
        TotpCredential credential = data.em().find(TotpCredential.class, staffId);
        if (credential == null || !credential.isConfirmed() || code == null) {
            return false;
        }
        if (checkTotp(credential, code)) {
            return true;
        }
        List<RecoveryCode> unused = data.em()
                .createQuery(
                        "SELECT c FROM RecoveryCode c WHERE c.staffId = :staff AND c.codeHash = :hash AND c.usedAt IS NULL",
                        RecoveryCode.class)
                .setParameter("staff", staffId)
                .setParameter("hash", hash(normalised(code)))
                .getResultList();
        unused.forEach(c -> c.use(clock.instant()));
        return !unused.isEmpty();
    }

    private boolean checkTotp(TotpCredential credential, String code) {
        byte[] secret = secrets.open(PURPOSE, credential.staffId(), credential.sealedSecret());
        return credential.use(TOTP.match(secret, code, clock.instant(), credential.lastUsedStep()));
    }

    private String hash(String recoveryCode) {
        return secrets.mac("recovery-code", recoveryCode);
    }

    private static String newRecoveryCode() {
        byte[] bytes = new byte[10];
        RANDOM.nextBytes(bytes);
        String base32 = new Base32().encodeToString(bytes).toLowerCase(Locale.ROOT);
        return base32.substring(0, 5) + "-" + base32.substring(5, 10) + "-" + base32.substring(10, 16);
    }

    private static String normalised(String code) {
        return code.trim().toLowerCase(Locale.ROOT);
    }
}
