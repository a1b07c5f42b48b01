package io.custos.platform.json;

import jakarta.annotation.Priority;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Collection;
import java.util.Map;

/**
 * Every JSON request body goes through {@link StrictJson} instead of the lenient JSON-B default:
 * records, JSON-P values, lists and maps. (Bodies are at most 1 MiB: the body limit filter stands
 * in front.)
 */
@Provider
@Consumes({MediaType.APPLICATION_JSON, "application/*+json"})
@Priority(Priorities.ENTITY_CODER)
public class StrictJsonBodies implements MessageBodyReader<Object> {

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type.isRecord()
                || JsonValue.class.isAssignableFrom(type)
                || Collection.class.isAssignableFrom(type)
                || Map.class.isAssignableFrom(type);
    }

    @Override
    public Object readFrom(
            Class<Object> type,
            Type genericType,
            Annotation[] annotations,
            MediaType mediaType,
            MultivaluedMap<String, String> httpHeaders,
            InputStream entityStream)
            throws IOException {
        return StrictJson.read(entityStream.readAllBytes(), genericType);
    }

    /**
     * JSON objects (merge patches, overrides) too: the JSON-P reader would otherwise win for them,
     * being more specific than a reader of {@code Object}, and hand an array to a JsonObject.
     */
    @Provider
    @Consumes({MediaType.APPLICATION_JSON, "application/*+json"})
    @Priority(Priorities.ENTITY_CODER)
    public static class Objects implements MessageBodyReader<JsonObject> {

        @Override
        public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
            return type == JsonObject.class;
        }

        @Override
        public JsonObject readFrom(
                Class<JsonObject> type,
                Type genericType,
                Annotation[] annotations,
                MediaType mediaType,
                MultivaluedMap<String, String> httpHeaders,
                InputStream entityStream)
                throws IOException {
            return (JsonObject) StrictJson.read(entityStream.readAllBytes(), JsonObject.class);
        }
    }
}
