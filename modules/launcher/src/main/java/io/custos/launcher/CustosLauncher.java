package io.custos.launcher;

import java.lang.reflect.Method;
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

    private CustosLauncher() {}

    public static void main(String[] args) throws Exception {
        CustosEnvironment environment;
        try {
            environment = CustosEnvironment.resolve(System.getenv());
        } catch (LaunchFailed e) {
            System.err.println("custos: " + e.getMessage());
            System.exit(2);
            return;
        }
        environment.properties().forEach(System::setProperty);
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
}
