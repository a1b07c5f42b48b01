package io.custos.app.config;

import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Adds the problem answers every endpoint of a kind gives, so resources declare only their own:
 * 400 to operations that take parameters or a body, 401 to those that need a token, 404 to those
 * with an id in the path. Registered with {@code mp.openapi.filter}.
 */
public class CommonProblemAnswers implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        boolean securedByDefault =
                openAPI.getSecurity() != null && !openAPI.getSecurity().isEmpty();
        for (Map.Entry<String, PathItem> path :
                openAPI.getPaths().getPathItems().entrySet()) {
            if (path.getValue().getOperations() == null) {
                continue;
            }
            for (Operation operation : path.getValue().getOperations().values()) {
                APIResponses responses = operation.getResponses();
                if (responses == null) {
                    continue;
                }
                boolean takesInput = operation.getRequestBody() != null
                        || (operation.getParameters() != null
                                && !operation.getParameters().isEmpty());
                if (takesInput) {
                    add(responses, "400", "BadRequest");
                }
                boolean secured = operation.getSecurity() != null
                        ? !operation.getSecurity().isEmpty()
                        : securedByDefault;
                if (secured) {
                    add(responses, "401", "Unauthenticated");
                }
                if (path.getKey().contains("{") || hasPathParameter(operation)) {
                    add(responses, "404", "NotFound");
                }
            }
        }
    }

    private static boolean hasPathParameter(Operation operation) {
        return operation.getParameters() != null
                && operation.getParameters().stream().anyMatch(p -> p.getIn() == Parameter.In.PATH);
    }

    private static void add(APIResponses responses, String code, String component) {
        if (!responses.hasAPIResponse(code)) {
            responses.addAPIResponse(code, OASFactory.createAPIResponse().ref(component));
        }
    }
}
