package io.custos.bench;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;

/**
 * P9 of issue 18: a whole sign-in with password and TOTP ({@code POST /auth/login}, then
 * {@code POST /auth/mfa}) against a running Custos on loopback, interleaved in the same run with
 * one PBKDF2-HMAC-SHA512 hash of the server's parameters computed here (what a password check
 * cannot do without). The sign-in goes through HTTP because its cost is the real path: the
 * throttle rows, the tenant and staff reads, the sealed TOTP secret, the session rows, the signed
 * tokens and the audit entries; one request at a time, so each sign-in has a core to itself as
 * the hash has.
 *
 * <p>A TOTP code is accepted once per 30-second step and staff member (replay protection), so the
 * run enrols {@code staff} members and signs each in with the next step the server still accepts.
 *
 * <p>Usage: {@code java -cp benchmarks.jar io.custos.bench.LoginLoad http://127.0.0.1:8080 <operator-token> [sign-ins] [iterations] [staff]}
 * ({@code iterations} must be the server's {@code CUSTOS_PASSWORD_ITERATIONS}, 210000 by default).
 */
public final class LoginLoad {

    private static final TimeBasedOneTimePasswordGenerator TOTP =
            new TimeBasedOneTimePasswordGenerator(Duration.ofSeconds(30), 6, "HmacSHA1");

    private LoginLoad() {}

    public static void main(String[] args) throws Exception {
        LoadClient client = new LoadClient(args[0]);
        int signIns = args.length > 2 ? Integer.parseInt(args[2]) : 40;
        int iterations = args.length > 3 ? Integer.parseInt(args[3]) : 210_000;
        int staffCount = args.length > 4 ? Integer.parseInt(args[4]) : 24;
        LoadClient.Admin admin = client.onboard(args[1], "login");
        List<Enrolled> staff = new ArrayList<>();
        for (int i = 0; i < staffCount; i++) {
            staff.add(enrol(client, admin, "signer" + i));
        }
        PasswordHash hash = new PasswordHash(iterations);
        int warmUp = Math.max(4, signIns / 5);
        long[] signInMicros = new long[signIns];
        long[] hashMicros = new long[signIns];
        int next = 0;
        for (int i = -warmUp; i < signIns; i++) { // interleaved, so drift hits both alike
            next = signIn(client, admin.slug(), staff, next, i < 0 ? null : signInMicros, i);
            long start = System.nanoTime();
            hash.once();
            if (i >= 0) {
                hashMicros[i] = (System.nanoTime() - start) / 1000;
            }
        }
        LoadClient.report("sign-in: POST /auth/login + POST /auth/mfa", signInMicros);
        LoadClient.report("one PBKDF2-HMAC-SHA512 hash, " + iterations + " iterations", hashMicros);
        System.out.printf(
                "median ratio sign-in/hash: %.2f%n",
                (double) LoadClient.median(signInMicros) / LoadClient.median(hashMicros));
    }

    /** Signs in the next staff member who still has an unused step; answers where to look next time. */
    private static int signIn(LoadClient client, String slug, List<Enrolled> staff, int from, long[] micros, int at)
            throws Exception {
        for (int tried = 0; tried < staff.size() * 40; tried++) {
            Enrolled member = staff.get((from + tried) % staff.size());
            long step = member.nextStep(Instant.now());
            if (step < 0) {
                if ((tried + 1) % staff.size() == 0) {
                    Thread.sleep(1000); // every member used the steps open now: the next one opens within 30 s
                }
                continue;
            }
            String code = member.code(step);
            String password = "{\"tenant\":\"" + slug + "\",\"username\":\"" + member.username + "\",\"password\":\""
                    + LoadClient.PASSWORD + "\"}";
            long start = System.nanoTime();
            String mfaToken = LoadClient.field(client.post("/api/v1/auth/login", null, password), "mfaToken");
            LoadClient.field(
                    client.post(
                            "/api/v1/auth/mfa", null, "{\"mfaToken\":\"" + mfaToken + "\",\"code\":\"" + code + "\"}"),
                    "accessToken");
            if (micros != null) {
                micros[at] = (System.nanoTime() - start) / 1000;
            }
            member.lastStep = step;
            return (from + tried + 1) % staff.size();
        }
        throw new IllegalStateException("no staff member had a usable TOTP step");
    }

    private static Enrolled enrol(LoadClient client, LoadClient.Admin admin, String username) throws Exception {
        client.post(
                "/api/v1/staff",
                admin.token(),
                "{\"username\":\"" + username + "\",\"email\":\"" + username + "@load.example\",\"password\":\""
                        + LoadClient.PASSWORD + "\"}");
        String token = client.login(admin.slug(), username);
        byte[] secret =
                new Base32().decode(LoadClient.field(client.post("/api/v1/me/mfa/totp", token, "{}"), "secret"));
        Enrolled member = new Enrolled(username, secret);
        long step = Math.floorDiv(Instant.now().getEpochSecond(), 30);
        client.post("/api/v1/me/mfa/totp/confirm", token, "{\"code\":\"" + member.code(step) + "\"}");
        member.lastStep = step;
        return member;
    }

    /** A staff member with a second factor, and the last TOTP step the server took from them. */
    private static final class Enrolled {
        final String username;
        final byte[] secret;
        long lastStep;

        Enrolled(String username, byte[] secret) {
            this.username = username;
            this.secret = secret;
        }

        /** The earliest step the server accepts now (one either side of the current), or -1. */
        long nextStep(Instant now) {
            long current = Math.floorDiv(now.getEpochSecond(), 30);
            // in a step's last two seconds the previous step may expire before the request arrives
            long earliest = current - (now.getEpochSecond() % 30 >= 28 ? 0 : 1);
            long step = Math.max(lastStep + 1, earliest);
            return step <= current + 1 ? step : -1;
        }

        String code(long step) throws Exception {
            return TOTP.generateOneTimePasswordString(
                    new SecretKeySpec(secret, "HmacSHA1"), Instant.ofEpochSecond(step * 30));
        }
    }

    /** What the server's password check costs at least: Jakarta Security's PBKDF2 with Custos' parameters. */
    private static final class PasswordHash {
        private final int iterations;
        private final byte[] salt = new byte[32];
        private final SecretKeyFactory pbkdf2;

        PasswordHash(int iterations) throws Exception {
            this.iterations = iterations;
            new SecureRandom().nextBytes(salt);
            this.pbkdf2 = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA512");
        }

        void once() throws Exception {
            pbkdf2.generateSecret(new PBEKeySpec(LoadClient.PASSWORD.toCharArray(), salt, iterations, 256))
                    .getEncoded();
        }
    }
}
