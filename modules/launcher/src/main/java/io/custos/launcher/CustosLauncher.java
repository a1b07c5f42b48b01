package io.custos.launcher;

import java.lang.reflect.Method;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Start-Class of custos.jar: prepares the environment, then hands over to Payara Micro with the
 * caller's flags. Nothing leaves loopback unless asked for: phone-home is always off and
 * clustering is off unless {@code CUSTOS_CLUSTER} (or the caller's own flags) choose it.
 */
public final class CustosLauncher {

    private static final String PAYARA_MICRO_MAIN = "fish.payara.micro.impl.PayaraMicroImpl";
    static final String PUBLIC_URL = "custos.public-url";
    private static final int PAYARA_DEFAULT_PORT = 8080;

    private CustosLauncher() {}

    public static void main(String[] args) throws Exception {
        CustosEnvironment environment;
        String publicUrl;
        try {
            environment = CustosEnvironment.resolve(System.getenv());
            publicUrl = publicUrl(System.getenv(), args);
        } catch (LaunchFailed e) {
            System.err.println("custos: " + e.getMessage());
            System.exit(2);
            return;
        }
        environment.properties().forEach(System::setProperty);
        System.setProperty(PUBLIC_URL, publicUrl);
        environment.embeddedDatabase().ifPresent(db -> Runtime.getRuntime()
                .addShutdownHook(new Thread(db::stop, "embedded-db-stop")));

        String[] payaraArgs = payaraArguments(System.getenv(), args).toArray(String[]::new);
        Class<?> payara =
                Class.forName(PAYARA_MICRO_MAIN, true, Thread.currentThread().getContextClassLoader());
        Method main = payara.getMethod("main", String[].class);
        main.invoke(null, (Object) payaraArgs);
    }

    /** Payara Micro flags: ours first, the caller's after them so that they win. */
    static List<String> payaraArguments(Map<String, String> env, String[] callerArgs) {
        List<String> caller = Arrays.asList(callerArgs);
        List<String> flags = new ArrayList<>(List.of("--disablephonehome"));
        boolean callerChoseClustering =
                caller.stream().anyMatch(a -> a.equalsIgnoreCase("--nocluster") || a.equalsIgnoreCase("--clustermode"));
        if (!callerChoseClustering) {
            flags.addAll(clusterFlags(env.get("CUSTOS_CLUSTER")));
        }
        flags.addAll(caller);
        return flags;
    }

    static List<String> clusterFlags(String cluster) {
        if (cluster == null || cluster.isBlank()) {
            return List.of("--nocluster");
        }
        String mode = cluster.trim();
        if (mode.equals("kubernetes") || mode.startsWith("kubernetes:")) {
            return List.of("--clustermode", mode);
        }
        if (mode.startsWith("tcpip:")) {
            return List.of("--clustermode", mode);
        }
        throw new LaunchFailed(
                "CUSTOS_CLUSTER must be 'kubernetes' or 'tcpip:<host:port>[,<host:port>…]', was: " + mode);
    }

    /**
     * The URL clients reach this service at (the OpenAPI {@code servers} entry, links in mails):
     * {@code CUSTOS_PUBLIC_URL}, or this machine's HTTP port when it is not set.
     */
    static String publicUrl(Map<String, String> env, String[] callerArgs) {
        String given = env.get("CUSTOS_PUBLIC_URL");
        if (given == null || given.isBlank()) {
            return "http://localhost:" + port(Arrays.asList(callerArgs));
        }
        String url = given.strip();
        try {
            URI uri = new URI(url);
            boolean web = "http".equals(uri.getScheme()) || "https".equals(uri.getScheme());
            if (!web || uri.getHost() == null || uri.getQuery() != null || uri.getFragment() != null) {
                throw new URISyntaxException(url, "not an absolute http(s) URL without query or fragment");
            }
        } catch (URISyntaxException e) {
            throw new LaunchFailed(
                    "CUSTOS_PUBLIC_URL must be an absolute http(s) URL such as https://custos.example.com"
                            + " or https://example.com/custos, was: " + given);
        }
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private static int port(List<String> callerArgs) {
        int at = callerArgs.indexOf("--port");
        if (at < 0 || at + 1 >= callerArgs.size()) {
            return PAYARA_DEFAULT_PORT;
        }
        try {
            return Integer.parseInt(callerArgs.get(at + 1));
        } catch (NumberFormatException e) {
            throw new LaunchFailed("--port must be a number, was: " + callerArgs.get(at + 1));
        }
    }
}
