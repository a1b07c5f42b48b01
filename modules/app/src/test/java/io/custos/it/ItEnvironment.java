package io.custos.it;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.custos.launcher.CustosEnvironment;
import io.custos.launcher.EmbeddedDatabase;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Prepares the database and configuration of the integration-test server once per test run,
 * before Arquillian starts Payara Micro: the embedded MariaDB (the default), or a fresh database
 * on the server named by {@code custos.it.db.url}, created now and dropped at the end.
 */
public class ItEnvironment implements LauncherSessionListener {

    public static final String OPERATOR_TOKEN = "it-operator-token-" + UUID.randomUUID();

    /** Where the test server says it is reached: behind a proxy, under a path. */
    public static final String PUBLIC_URL = "https://custos.example.com/chain";

    /** The sender of the servers' mails; every instance of the suite sends through {@link #mailServer()}. */
    public static final String MAIL_FROM = "custos-it@custos.example.com";

    private static volatile Map<String, String> serverProperties = Map.of();
    private static volatile GreenMail mailServer;

    private CustosEnvironment environment;
    private ExternalDatabase external;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        String war = System.getProperty("custos.it.war");
        if (war == null || environment != null) {
            return; // unit tests only (surefire), nothing to prepare
        }
        Path workdir = Path.of(System.getProperty("custos.it.workdir", "target/it"));
        Map<String, String> env = new HashMap<>();
        env.put("CUSTOS_DATA_DIR", workdir.resolve("data").toString());
        env.put("CUSTOS_OPERATOR_TOKEN", OPERATOR_TOKEN);
        String externalUrl = System.getProperty("custos.it.db.url", "");
        if (!externalUrl.isBlank()) {
            external = ExternalDatabase.create(
                    externalUrl,
                    System.getProperty("custos.it.db.user"),
                    System.getProperty("custos.it.db.password", ""));
            env.put("CUSTOS_DB_URL", external.url());
            env.put("CUSTOS_DB_USER", external.user());
            env.put("CUSTOS_DB_PASSWORD", external.password());
        } else {
            deleteRecursively(workdir.resolve("data"));
        }
        mailServer = startMailServer();
        smtpEnvironment().forEach(env::put);
        environment = CustosEnvironment.resolve(env);
        serverProperties = environment.properties();
        Properties props = new Properties();
        props.putAll(environment.properties());
        // MicroProfile Config reads CUSTOS_SMTP_* from the environment; this server takes them as properties.
        smtpEnvironment()
                .forEach((variable, value) -> props.put(
                        variable.toLowerCase(java.util.Locale.ROOT)
                                .replaceFirst("_", ".")
                                .replaceFirst("_", "."),
                        value));
        props.put("custos.password.iterations", "1024"); // the lowest Jakarta Security accepts
        props.put("custos.public-url", PUBLIC_URL);
        // webhook receivers of the tests listen on loopback, which the server refuses unless listed
        props.put("custos.webhook.allow", "127.0.0.1");
        Path file = workdir.resolve("system.properties");
        try (OutputStream out = Files.newOutputStream(file)) {
            props.store(out, "integration-test server configuration");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.setProperty(
                "payara.extraMicroOptions", "--disablephonehome --systemProperties " + file.toAbsolutePath());
        System.setProperty("payara.cmdOptions", "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmx1g");
        System.setProperty(
                "custos.it.db.effective-url", environment.properties().get(CustosEnvironment.DB_URL));
    }

    /**
     * A real SMTP server in the test JVM, on a free loopback port, for the whole run: the shared
     * server and every custos.jar process of the suite send their mail to it.
     */
    private static GreenMail startMailServer() {
        try {
            GreenMail server =
                    new GreenMail(new ServerSetup(CustosProcess.freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The SMTP server the suite's servers send to; tests stop and start it to see retries. */
    public static GreenMail mailServer() {
        return mailServer;
    }

    /** CUSTOS_SMTP_* pointing at {@link #mailServer()}, for custos.jar processes. */
    public static Map<String, String> smtpEnvironment() {
        return Map.of(
                "CUSTOS_SMTP_HOST",
                "127.0.0.1",
                "CUSTOS_SMTP_PORT",
                Integer.toString(mailServer.getSmtp().getPort()),
                "CUSTOS_SMTP_FROM",
                MAIL_FROM,
                "CUSTOS_SMTP_TLS",
                "off");
    }

    /** The configuration the test server was given (database, keys, operator token). */
    public static Map<String, String> serverProperties() {
        return serverProperties;
    }

    /** A connection to the server's database, for tests that must reach behind the API (tampering). */
    public static Connection database() throws SQLException {
        return DriverManager.getConnection(
                serverProperties.get(CustosEnvironment.DB_URL),
                serverProperties.get(CustosEnvironment.DB_USER),
                serverProperties.get(CustosEnvironment.DB_PASSWORD));
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (environment != null) {
            environment.embeddedDatabase().ifPresent(EmbeddedDatabase::stop);
        }
        if (external != null) {
            external.drop();
        }
        if (mailServer != null) {
            mailServer.stop();
        }
    }

    static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder())
                    .forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A database and user made for this run on an existing MySQL/MariaDB server. The user has an
     * empty password, as the usual local root account has: the server must work with one.
     */
    record ExternalDatabase(String serverUrl, String adminUser, String adminPassword, String name, String password) {

        static ExternalDatabase create(String serverUrl, String adminUser, String adminPassword) {
            String name =
                    "custos_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
            ExternalDatabase db = new ExternalDatabase(serverUrl, adminUser, adminPassword, name, "");
            db.execute(
                    "CREATE DATABASE " + name + " CHARACTER SET utf8mb4",
                    "CREATE USER '" + name + "'@'%' IDENTIFIED BY '" + db.password + "'",
                    "GRANT ALL PRIVILEGES ON " + name + ".* TO '" + name + "'@'%'");
            return db;
        }

        /** The server URL with this database as its path, keeping the server URL's parameters. */
        String url() {
            int query = serverUrl.indexOf('?');
            String server = query < 0 ? serverUrl : serverUrl.substring(0, query);
            String parameters = query < 0 ? "" : serverUrl.substring(query);
            return (server.endsWith("/") ? server : server + "/") + name + parameters;
        }

        String user() {
            return name;
        }

        void drop() {
            execute("DROP DATABASE IF EXISTS " + name, "DROP USER IF EXISTS '" + name + "'@'%'");
        }

        private void execute(String... statements) {
            try (Connection c = DriverManager.getConnection(serverUrl, adminUser, adminPassword);
                    Statement s = c.createStatement()) {
                for (String sql : statements) {
                    s.execute(sql);
                }
            } catch (SQLException e) {
                throw new IllegalStateException("could not prepare the test database on " + serverUrl, e);
            }
        }
    }
}
