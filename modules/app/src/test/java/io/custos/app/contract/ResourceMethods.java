package io.custos.app.contract;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.HttpHeaders;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The operations the JAX-RS resources of every module really serve (hidden ones aside), read from their annotations. */
public final class ResourceMethods {

    private static final String BASE = "/api/v1";
    private static final Class<?> BASE_APPLICATION = io.custos.app.config.CustosApplication.class;
    private static final Map<Class<? extends Annotation>, String> VERBS = Map.of(
            GET.class, "get", POST.class, "post", PUT.class, "put", PATCH.class, "patch", DELETE.class, "delete");
    /** Headers that OpenAPI describes elsewhere (content negotiation, security), never as parameters. */
    private static final Set<String> PROTOCOL_HEADERS =
            Set.of(HttpHeaders.ACCEPT, HttpHeaders.CONTENT_TYPE, HttpHeaders.AUTHORIZATION);

    /** One served operation: {@code post /api/v1/grants}, with the parameters it reads. */
    public record Served(String operation, Set<String> parameters, String javaMethod) {}

    private ResourceMethods() {}

    public static List<Served> all() {
        List<Served> served = new ArrayList<>();
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.custos");
        Map<Class<?>, String> ownBases = applicationsNamingTheirClasses(classes);
        for (JavaClass resource : classes) {
            if (!resource.isAnnotatedWith(Path.class)) {
                continue;
            }
            Class<?> type = resource.reflect();
            String root = ownBases.getOrDefault(type, BASE) + "/"
                    + trim(type.getAnnotation(Path.class).value());
            for (Method method : type.getMethods()) {
                String verb = verb(method);
                if (verb == null || hidden(method)) {
                    continue;
                }
                Path sub = method.getAnnotation(Path.class);
                String path = sub == null ? root : root + "/" + trim(sub.value());
                served.add(new Served(
                        verb + " " + path, parameters(method), type.getSimpleName() + "." + method.getName()));
            }
        }
        return served;
    }

    /** Left out of the served document on purpose (the -Pbench build's baselines). */
    private static boolean hidden(Method method) {
        org.eclipse.microprofile.openapi.annotations.Operation operation =
                method.getAnnotation(org.eclipse.microprofile.openapi.annotations.Operation.class);
        return operation != null && operation.hidden();
    }

    /**
     * The resources of applications that name their classes (SCIM at {@code /scim/v2}), by the
     * application's path; every other resource is the REST API's.
     */
    private static Map<Class<?>, String> applicationsNamingTheirClasses(JavaClasses classes) {
        Map<Class<?>, String> bases = new java.util.HashMap<>();
        for (JavaClass application : classes) {
            if (!application.isAnnotatedWith(ApplicationPath.class) || application.reflect() == BASE_APPLICATION) {
                continue;
            }
            try {
                Application instance = (Application)
                        application.reflect().getDeclaredConstructor().newInstance();
                String path = "/"
                        + trim(application
                                .reflect()
                                .getAnnotation(ApplicationPath.class)
                                .value());
                instance.getClasses().forEach(type -> bases.put(type, path));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read the classes of " + application.getName(), e);
            }
        }
        return bases;
    }

    private static String verb(Method method) {
        return VERBS.entrySet().stream()
                .filter(v -> method.isAnnotationPresent(v.getKey()))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse(null);
    }

    /** {@code in:name} of each query, path, header and cookie parameter. */
    private static Set<String> parameters(Method method) {
        Set<String> names = new TreeSet<>();
        for (Parameter parameter : method.getParameters()) {
            if (parameter.isAnnotationPresent(QueryParam.class)) {
                names.add("query:" + parameter.getAnnotation(QueryParam.class).value());
            } else if (parameter.isAnnotationPresent(CookieParam.class)) {
                names.add("cookie:" + parameter.getAnnotation(CookieParam.class).value());
            } else if (parameter.isAnnotationPresent(PathParam.class)) {
                names.add("path:" + parameter.getAnnotation(PathParam.class).value());
            } else if (parameter.isAnnotationPresent(HeaderParam.class)) {
                String header = parameter.getAnnotation(HeaderParam.class).value();
                if (PROTOCOL_HEADERS.stream().noneMatch(header::equalsIgnoreCase)) {
                    names.add("header:" + header);
                }
            }
        }
        return names;
    }

    private static String trim(String path) {
        String trimmed = path.replaceAll("^/+|/+$", "");
        return trimmed.replaceAll("\\{([A-Za-z0-9_]+)\\s*:[^}]*}", "{$1}");
    }
}
