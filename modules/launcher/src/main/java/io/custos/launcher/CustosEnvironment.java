package io.custos.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns the documented CUSTOS_* environment into the configuration properties the application
 * reads (MicroProfile Config keys such as {@code custos.db.url}). In demo mode it fills what is
 * missing: an embedded database and generated keys under the data directory. In production mode
 * a missing secret stops the start instead.
 */
public final class CustosEnvironment {

    public static final String DB_URL = "custos.db.url";
    public static final String DB_USER = "custos.db.user";
    public static final String DB_PASSWORD = "custos.db.password";
    public static final String OPERATOR_TOKEN = "custos.operator-token";
    public static final String JWT_PRIVATE_KEY = "custos.jwt.private-key";
    public static final String MASTER_KEY = "custos.master-key";
    public static final String MODE = "custos.mode";
    public static final String DATA_DIR = "custos.data-dir";
    public static final String DEMO_TENANT = "custos.demo-tenant";

    private static final System.Logger LOG = System.getLogger(CustosEnvironment.class.getName());

    private final Map<String, String> properties;
    private final EmbeddedDatabase embeddedDatabase;

    private CustosEnvironment(Map<String, String> properties, EmbeddedDatabase embeddedDatabase) {
        this.properties = Map.copyOf(properties);
        this.embeddedDatabase = embeddedDatabase;
    }

    /** Reads the environment; starts the embedded database when none is configured (demo mode). */
    public static CustosEnvironment resolve(Map<String, String> env) {
        checkSettings(env);
        boolean production = "production".equalsIgnoreCase(env.getOrDefault("CUSTOS_MODE", "demo"));
        Path dataDir = Path.of(env.getOrDefault("CUSTOS_DATA_DIR", "./data"))
                .toAbsolutePath()
                .normalize();
        Map<String, String> props = new LinkedHashMap<>();
        props.put(MODE, production ? "production" : "demo");
        props.put(DATA_DIR, dataDir.toString());
        optional(env, "CUSTOS_DEMO_TENANT").ifPresent(file -> props.put(DEMO_TENANT, file));

        EmbeddedDatabase embedded = null;
        Optional<String> dbUrl = optional(env, "CUSTOS_DB_URL");
        if (dbUrl.isPresent()) {
            props.put(DB_URL, dbUrl.get());
            props.put(DB_USER, required(env, "CUSTOS_DB_USER", "CUSTOS_DB_URL is set"));
            props.put(DB_PASSWORD, env.getOrDefault("CUSTOS_DB_PASSWORD", ""));
        } else if (production) {
            throw new LaunchFailed("CUSTOS_DB_URL is required in production mode (CUSTOS_MODE=production)");
        } else {
            LOG.log(
                    Level.WARNING,
                    "DEMO MODE: embedded MariaDB under {0}; set CUSTOS_DB_URL for a real database",
                    dataDir.resolve("mariadb"));
            embedded = EmbeddedDatabase.start(dataDir.resolve("mariadb"));
            props.put(DB_URL, embedded.jdbcUrl());
            props.put(DB_USER, embedded.user());
            props.put(DB_PASSWORD, embedded.password());
        }

        props.put(
                OPERATOR_TOKEN,
                secret(
                        env,
                        "CUSTOS_OPERATOR_TOKEN",
                        production,
                        dataDir.resolve("operator-token"),
                        Secrets::randomToken));
        props.put(
                JWT_PRIVATE_KEY,
                secret(
                        env,
                        "CUSTOS_JWT_PRIVATE_KEY",
                        production,
                        dataDir.resolve("jwt-private-key.pem"),
                        Secrets::newRsaPrivateKeyPem));
        props.put(
                MASTER_KEY,
                secret(env, "CUSTOS_MASTER_KEY", production, dataDir.resolve("master.key"), Secrets::randomAesKey));
        return new CustosEnvironment(props, embedded);
    }

    public Map<String, String> properties() {
        return properties;
    }

    public Optional<EmbeddedDatabase> embeddedDatabase() {
        return Optional.ofNullable(embeddedDatabase);
    }

    private static String secret(
            Map<String, String> env,
            String variable,
            boolean production,
            Path demoFile,
            java.util.function.Supplier<String> generator) {
        Optional<String> given = optional(env, variable);
        if (given.isPresent()) {
            return given.get();
        }
        if (production) {
            throw new LaunchFailed(variable + " is required in production mode (CUSTOS_MODE=production)");
        }
        try {
            String value = Secrets.readOrCreate(demoFile, generator);
            LOG.log(Level.WARNING, "DEMO MODE: {0} not set, using {1}", variable, demoFile);
            return value;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Refuses the start on a setting the server would only stumble over later (a password cost
     * the hashing library rejects at the first login, a key of the wrong size at the first read),
     * naming the variable and what it accepts.
     */
    static void checkSettings(Map<String, String> env) {
        optional(env, "CUSTOS_MODE")
                .filter(mode -> !mode.equalsIgnoreCase("demo") && !mode.equalsIgnoreCase("production"))
                .ifPresent(mode -> refuse("CUSTOS_MODE", "demo or production", mode));
        wholeNumber(env, "CUSTOS_PASSWORD_ITERATIONS", 1024, 10_000_000);
        wholeNumber(env, "CUSTOS_JWT_TTL_SECONDS", 60, 86_400);
        wholeNumber(env, "CUSTOS_SESSIONS_IDLE_MINUTES", 5, 43_200);
        wholeNumber(env, "CUSTOS_SESSIONS_MAX_HOURS", 1, 2_160);
        optional(env, "CUSTOS_OPERATOR_TOKEN")
                .filter(token -> token.length() < 16)
                .ifPresent(
                        token -> refuse("CUSTOS_OPERATOR_TOKEN", "a token of 16 or more characters", "a shorter one"));
        optional(env, "CUSTOS_MASTER_KEY")
                .filter(key -> !isBase64Of32Bytes(key))
                .ifPresent(key -> refuse("CUSTOS_MASTER_KEY", "the base64 of 32 random bytes", "something else"));
        optional(env, "CUSTOS_DB_URL")
                .filter(url -> !url.startsWith("jdbc:mysql://") && !url.startsWith("jdbc:mariadb://"))
                .ifPresent(url -> refuse("CUSTOS_DB_URL", "a jdbc:mysql://host:3306/database URL", url));
        optional(env, "CUSTOS_DEMO_TENANT")
                .filter(file -> !java.nio.file.Files.isReadable(Path.of(file)))
                .ifPresent(file -> refuse("CUSTOS_DEMO_TENANT", "a readable tenant-config YAML file", file));
        wholeNumber(env, "CUSTOS_JOBS_POLL_SECONDS", 1, 3_600);
        checkTestClock(env);
        checkSmtp(env);
    }

    /** A clock the operator can move is for test deployments only: production mode refuses to start with it. */
    private static void checkTestClock(Map<String, String> env) {
        Optional<String> testClock = optional(env, "CUSTOS_TEST_CLOCK");
        testClock
                .filter(value -> !value.equalsIgnoreCase("enabled") && !value.equalsIgnoreCase("disabled"))
                .ifPresent(value -> refuse("CUSTOS_TEST_CLOCK", "enabled or disabled", value));
        boolean production = optional(env, "CUSTOS_MODE")
                .filter(mode -> mode.equalsIgnoreCase("production"))
                .isPresent();
        if (production
                && testClock.filter(value -> value.equalsIgnoreCase("enabled")).isPresent()) {
            throw new LaunchFailed("CUSTOS_TEST_CLOCK must be disabled in production mode (CUSTOS_MODE=production):"
                    + " a clock the operator can move is for test deployments only, was: enabled");
        }
    }

    /** SMTP settings without a host would silently send nothing; a host without a sender would fail every mail. */
    private static void checkSmtp(Map<String, String> env) {
        wholeNumber(env, "CUSTOS_SMTP_PORT", 1, 65_535);
        optional(env, "CUSTOS_SMTP_TLS")
                .filter(tls -> !List.of("off", "starttls", "on").contains(tls.toLowerCase(java.util.Locale.ROOT)))
                .ifPresent(tls -> refuse("CUSTOS_SMTP_TLS", "off, starttls or on", tls));
        boolean host = optional(env, "CUSTOS_SMTP_HOST").isPresent();
        for (String variable : List.of(
                "CUSTOS_SMTP_PORT",
                "CUSTOS_SMTP_USER",
                "CUSTOS_SMTP_PASSWORD",
                "CUSTOS_SMTP_FROM",
                "CUSTOS_SMTP_TLS")) {
            if (!host && optional(env, variable).isPresent()) {
                throw new LaunchFailed(variable + " must come with CUSTOS_SMTP_HOST, the SMTP server to send through");
            }
        }
        if (host) {
            String from = required(env, "CUSTOS_SMTP_FROM", "CUSTOS_SMTP_HOST is set (the sender of every mail)");
            if (!from.matches("[^@\\s<>]+@[^@\\s<>]+")) {
                refuse("CUSTOS_SMTP_FROM", "one mail address such as custos@example.com", from);
            }
        }
    }

    private static void wholeNumber(Map<String, String> env, String variable, int min, int max) {
        optional(env, variable).ifPresent(value -> {
            String accepted = "a whole number from " + min + " to " + max;
            try {
                int number = Integer.parseInt(value);
                if (number < min || number > max) {
                    refuse(variable, accepted, value);
                }
            } catch (NumberFormatException e) {
                refuse(variable, accepted, value);
            }
        });
    }

    private static boolean isBase64Of32Bytes(String key) {
        try {
            return java.util.Base64.getDecoder().decode(key).length == 32;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static void refuse(String variable, String accepted, String given) {
        throw new LaunchFailed(variable + " must be " + accepted + ", was: " + given);
    }

    private static String required(Map<String, String> env, String variable, String because) {
        return optional(env, variable).orElseThrow(() -> new LaunchFailed(variable + " is required when " + because));
    }

    private static Optional<String> optional(Map<String, String> env, String variable) {
        return Optional.ofNullable(env.get(variable)).map(String::trim).filter(v -> !v.isEmpty());
    }
}
