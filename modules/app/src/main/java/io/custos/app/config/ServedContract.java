package io.custos.app.config;

import java.lang.reflect.InvocationTargetException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

/**
 * Serves the static contract as written, for where this server is reached: {@code servers} names
 * the public URL ({@code CUSTOS_PUBLIC_URL}), never one derived from a request or a listener, so the
 * document is right behind a proxy or a path. Registered with {@code mp.openapi.filter}.
 */
public class ServedContract implements OASFilter {

    static final String PUBLIC_URL = "custos.public-url";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        String publicUrl = ConfigProvider.getConfig()
                .getOptionalValue(PUBLIC_URL, String.class)
                .orElse("/");
        openAPI.setServers(List.of(OASFactory.createServer().url(publicUrl).description("This Custos service")));
        dropPayaraEndpoints(openAPI);
    }

    /**
     * Payara 6 adds a top-level {@code endpoints} member that OpenAPI does not define (later Payara
     * versions name it {@code x-endpoints}); it is written only when not empty.
     */
    private static void dropPayaraEndpoints(OpenAPI openAPI) {
        try {
            openAPI.getClass().getMethod("setEndpoints", Map.class).invoke(openAPI, new TreeMap<String, Object>());
        } catch (NoSuchMethodException e) {
            // an implementation without the member: nothing to drop
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot drop Payara's endpoints member", e);
        }
    }
}
