package io.custos.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The check every IT exchange goes through catches an answer that breaks the contract. */
class ContractValidationTest {

    private static final Request READ_GRANT = SimpleRequest.Builder.get("/api/v1/grants/g1")
            .withHeader("Authorization", "Bearer token")
            .withAccept("application/json")
            .build();
    private static final String GRANT = """
            {"id":"g1","staffId":"s1","roleId":"r1","scope":{"type":"STORE","id":"st1"},
             "validFrom":"2026-11-30T10:00:00Z","reason":"counter","status":"ACTIVE"%s}""";

    @Test
    void anAnswerAsDeclaredPasses() {
        assertThat(ContractValidation.disagreements(READ_GRANT, json(200, GRANT.formatted(""))))
                .isEmpty();
    }

    @Test
    void anUndeclaredPropertyAMissingRequiredOneAWrongTypeOrAnUndeclaredStatusFail() {
        assertThat(ContractValidation.disagreements(READ_GRANT, json(200, GRANT.formatted(",\"secret\":1"))))
                .anyMatch(line -> line.contains("additionalProperties"));
        assertThat(ContractValidation.disagreements(
                        READ_GRANT, json(200, GRANT.formatted("").replace("\"reason\":\"counter\",", ""))))
                .anyMatch(line -> line.contains("required"));
        assertThat(ContractValidation.disagreements(
                        READ_GRANT, json(200, GRANT.formatted("").replace("\"ACTIVE\"", "\"ON\""))))
                .anyMatch(line -> line.contains("enum"));
        assertThat(ContractValidation.disagreements(READ_GRANT, json(418, "{}")))
                .anyMatch(line -> line.startsWith("validation.response.status.unknown"));
    }

    @Test
    void aRequestTheContractCallsInvalidMayBeRefusedButNotAccepted() {
        Request tooLongName = SimpleRequest.Builder.post("/api/v1/regions")
                .withHeader("Authorization", "Bearer token")
                .withContentType("application/json")
                .withAccept("application/json")
                .withBody("{\"code\":\"EU\",\"name\":\"" + "x".repeat(201) + "\"}")
                .build();
        String problem = "{\"type\":\"about:blank\",\"title\":\"Bad Request\",\"status\":400}";
        assertThat(ContractValidation.disagreements(tooLongName, json(400, problem, "application/problem+json")))
                .isEmpty();
        List<String> accepted = ContractValidation.disagreements(
                tooLongName, json(201, "{\"id\":\"r1\",\"code\":\"EU\",\"name\":\"x\"}"));
        assertThat(accepted).anyMatch(line -> line.startsWith("validation.request.body"));
    }

    private static SimpleResponse json(int status, String body) {
        return json(status, body, "application/json");
    }

    private static SimpleResponse json(int status, String body, String mediaType) {
        return SimpleResponse.Builder.status(status)
                .withContentType(mediaType)
                .withBody(body)
                .build();
    }
}
