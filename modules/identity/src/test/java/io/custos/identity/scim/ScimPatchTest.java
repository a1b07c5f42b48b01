package io.custos.identity.scim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.JsonObject;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class ScimPatchTest {

    private static JsonObject json(String text) {
        try (var reader = Scim.JSON.createReader(new StringReader(text.replace('\'', '"')))) {
            return reader.readObject();
        }
    }

    private static JsonObject patch(String resource, String operations) {
        return ScimPatch.apply(json(resource), json("{'Operations':" + operations + "}"));
    }

    @Test
    void membersAreAddedOnceAndRemovedByValueFilterOrByList() {
        String group = "{'displayName':'T','members':[{'value':'a'},{'value':'b'}]}";

        assertThat(patch(group, "[{'op':'add','path':'members','value':[{'value':'b'},{'value':'c'}]}]")
                        .getJsonArray("members"))
                .isEqualTo(json("{'m':[{'value':'a'},{'value':'b'},{'value':'c'}]}")
                        .getJsonArray("m"));
        assertThat(patch(group, "[{'op':'remove','path':'members[value eq \\'a\\']'}]")
                        .getJsonArray("members"))
                .isEqualTo(json("{'m':[{'value':'b'}]}").getJsonArray("m"));
        assertThat(patch(group, "[{'op':'Remove','path':'members','value':[{'value':'b'}]}]")
                        .getJsonArray("members"))
                .isEqualTo(json("{'m':[{'value':'a'}]}").getJsonArray("m"));
    }

    @Test
    void aValueFilterThatMatchesNothingSaysWhatTheNewElementIs() {
        JsonObject user = patch(
                "{'userName':'u'}",
                "[{'op':'replace','path':'emails[type eq \\'work\\'].value','value':'u@x.example'}]");

        assertThat(user.getJsonArray("emails"))
                .isEqualTo(json("{'e':[{'type':'work','value':'u@x.example'}]}").getJsonArray("e"));
    }

    @Test
    void extensionAttributesAreReachedByPathOrByTheExtensionObject() {
        String manager = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
        JsonObject byPath =
                patch("{'userName':'u'}", "[{'op':'add','path':'" + manager + ":manager','value':{'value':'m1'}}]");
        JsonObject byObject =
                patch("{'userName':'u'}", "[{'op':'replace','value':{'" + manager + "':{'manager':{'value':'m1'}}}}]");

        assertThat(byPath.getJsonObject(manager)).isEqualTo(json("{'manager':{'value':'m1'}}"));
        assertThat(byObject).isEqualTo(byPath);
        assertThat(patch(byPath.toString().replace('"', '\''), "[{'op':'remove','path':'" + manager + ":manager'}]")
                        .getJsonObject(manager))
                .isEmpty();
    }

    @Test
    void operationsWithoutATargetOrAKnownOpAreRefused() {
        assertThatThrownBy(() -> patch("{}", "[{'op':'remove'}]"))
                .isInstanceOfSatisfying(
                        ScimException.class, e -> assertThat(e.scimType).isEqualTo("noTarget"));
        assertThatThrownBy(() -> patch("{}", "[{'op':'move','path':'a','value':1}]"))
                .isInstanceOfSatisfying(
                        ScimException.class, e -> assertThat(e.scimType).isEqualTo("invalidSyntax"));
        assertThatThrownBy(() -> patch("{}", "[{'op':'add','path':'urn:x:y:z:attr','value':1}]"))
                .isInstanceOfSatisfying(
                        ScimException.class, e -> assertThat(e.scimType).isEqualTo("invalidPath"));
    }
}
