package io.custos.it;

import io.custos.launcher.CustosEnvironment;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A custos.jar process of its own on this machine, in production mode against the suite's
 * database and keys: for clusters of instances and for crashes.
 */
final class CustosProcess {

    private final String name;
    private final List<String> arguments;
    private final Map<String, String> environment;
    private final Path workdir;
    private final String base;
    private Process process;

    private CustosProcess(String name, int port, Map<String, String> environment, List<String> arguments)
            throws IOException {
        this.name = name;
        this.environment = environment;
        this.arguments = arguments;
        this.workdir =
                Path.of(System.getProperty("custos.it.workdir", "target/it")).resolve(name);
        this.base = "http://127.0.0.1:" + port;
        Files.createDirectories(workdir);
    }

    /** Starts {@code custos.jar} on a free loopback port with {@code environment} added to the suite's. */
    static CustosProcess start(String name, Map<String, String> environment, String... payaraArguments)
            throws IOException {
        int port = freePort();
        List<String> arguments = new ArrayList<>(List.of("--port", Integer.toString(port)));
        arguments.addAll(List.of(payaraArguments));
        CustosProcess instance = new CustosProcess(name, port, environment, arguments);
        instance.launch();
        return instance;
    }

    private void launch() throws IOException {
        Map<String, String> server = ItEnvironment.serverProperties();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC",
                "-Xmx768m",
                "-jar",
                Path.of(System.getProperty("custos.it.jar")).toString()));
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(
                        workdir.resolve("server.log").toFile()));
        Map<String, String> env = builder.environment();
        env.put("CUSTOS_MODE", "production");
        env.put("CUSTOS_DATA_DIR", workdir.toString());
        env.put("CUSTOS_DB_URL", server.get(CustosEnvironment.DB_URL));
        env.put("CUSTOS_DB_USER", server.get(CustosEnvironment.DB_USER));
        env.put("CUSTOS_DB_PASSWORD", server.get(CustosEnvironment.DB_PASSWORD));
        env.put("CUSTOS_OPERATOR_TOKEN", server.get(CustosEnvironment.OPERATOR_TOKEN));
        env.put("CUSTOS_JWT_PRIVATE_KEY", server.get(CustosEnvironment.JWT_PRIVATE_KEY));
        env.put("CUSTOS_MASTER_KEY", server.get(CustosEnvironment.MASTER_KEY));
        env.put("CUSTOS_PASSWORD_ITERATIONS", "1024");
        // one cluster sends mail one way: any instance may deliver what another queued
        env.putAll(ItEnvironment.smtpEnvironment());
        env.putAll(environment);
        process = builder.start();
    }

    String base() {
        return base;
    }

    CustosProcess awaitReady() throws InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(4));
        while (Instant.now().isBefore(deadline)) {
            try {
                HttpResponse<Void> ready = http.send(
                        HttpRequest.newBuilder(URI.create(base + "/health/ready"))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                if (ready.statusCode() == 200) {
                    return this;
                }
            } catch (IOException notYet) {
                // still starting
            }
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited; see " + workdir.resolve("server.log"));
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException(name + " was not ready in time; see " + workdir.resolve("server.log"));
    }

    /** Waits for a process that is expected to refuse to start; answers its exit code. */
    int awaitExit() throws InterruptedException {
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            throw new IllegalStateException(name + " did not exit; see " + workdir.resolve("server.log"));
        }
        return process.exitValue();
    }

    /** What the process wrote, for tests of start-up refusals. */
    String log() throws IOException {
        return Files.readString(workdir.resolve("server.log"));
    }

    /** SIGKILL: no shutdown hook, no orderly end of requests or transactions. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** The same process again: same port, same configuration. */
    CustosProcess restart() throws IOException {
        launch();
        return this;
    }

    void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
