package io.custos.it;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.RestAssuredRequest;
import com.atlassian.oai.validator.restassured.RestAssuredResponse;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.nio.file.Path;
import java.util.List;

/**
 * Holds every request and answer of the integration tests to the contract: an answer must match
 * what the document declares for its operation and status (types, required and undeclared
 * properties, media type, the status itself); a request the document calls invalid must not be
 * accepted (a 2xx to it means the document or the server is wrong). Bad requests sent on purpose
 * are fine as long as the server refuses them.
 */
final class ContractValidation implements Filter {

    /** The privacy centre's customer API, a realm of its own under the tenant's path. */
    private static final java.util.regex.Pattern CUSTOMER_API =
            java.util.regex.Pattern.compile("/privacy/[^/]+/api/.*");

    private static final String ADDITIONAL_PROPERTIES = "validation.schema.additionalProperties";
    private static final OpenApiInteractionValidator VALIDATOR = OpenApiInteractionValidator.createFor(
                    Path.of(System.getProperty("custos.openapi.file", "../../openapi/openapi.yaml"))
                            .toUri()
                            .toString())
            .withLevelResolver(LevelResolver.create()
                    .withLevel(ADDITIONAL_PROPERTIES, ValidationReport.Level.ERROR)
                    .build())
            .build();

    /**
     * A request-side finding that counts when the server accepted the request. Not: the bearer
     * token (RestAssured adds it after the filters; the server's own authentication decides), the
     * Accept header (RestAssured asks for JSON everywhere, also of a 204), and unknown body
     * properties (the server ignores them, as the document allows).
     */
    private static boolean requestRule(String key) {
        return !key.startsWith("validation.request.security")
                && !key.startsWith("validation.request.accept")
                && !key.endsWith(ADDITIONAL_PROPERTIES);
    }

    /** What the document and this exchange disagree on, as {@code key: message} lines. */
    static List<String> disagreements(Request request, com.atlassian.oai.validator.model.Response response) {
        boolean accepted = response.getStatus() / 100 == 2;
        return VALIDATOR.validate(request, response).getMessages().stream()
                .filter(message -> message.getLevel() == ValidationReport.Level.ERROR)
                .filter(message -> message.getKey().startsWith("validation.response")
                        || (accepted && requestRule(message.getKey())))
                .map(message -> message.getKey() + ": " + message.getMessage())
                .toList();
    }

    @Override
    public Response filter(
            FilterableRequestSpecification requestSpec,
            FilterableResponseSpecification responseSpec,
            FilterContext context) {
        Response response = context.next(requestSpec, responseSpec);
        Request request = RestAssuredRequest.of(requestSpec);
        if (!request.getPath().startsWith("/api/")
                && !CUSTOMER_API.matcher(request.getPath()).matches()) {
            return response; // health, the document itself, the API docs, pages: not part of the contract
        }
        List<String> wrong = disagreements(request, RestAssuredResponse.of(response));
        if (!wrong.isEmpty()) {
            throw new AssertionError("The contract (openapi/openapi.yaml) and the server disagree on "
                    + request.getMethod() + " " + request.getPath() + " → " + response.statusCode() + ":\n"
                    + String.join("\n", wrong)
                    + "\nanswer: " + response.asString());
        }
        return response;
    }
}
