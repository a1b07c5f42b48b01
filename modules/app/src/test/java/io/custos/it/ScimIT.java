package io.custos.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import com.unboundid.scim2.client.ScimService;
import com.unboundid.scim2.common.exceptions.ScimException;
import com.unboundid.scim2.common.filters.Filter;
import com.unboundid.scim2.common.messages.ListResponse;
import com.unboundid.scim2.common.types.Email;
import com.unboundid.scim2.common.types.EnterpriseUserExtension;
import com.unboundid.scim2.common.types.GroupResource;
import com.unboundid.scim2.common.types.Manager;
import com.unboundid.scim2.common.types.Member;
import com.unboundid.scim2.common.types.UserResource;
import io.restassured.RestAssured;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.ClientRequestFilter;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.glassfish.jersey.client.ClientConfig;
import org.glassfish.jersey.jnh.connector.JavaNetHttpConnectorProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * SCIM 2.0 provisioning as an identity provider does it, through a SCIM client written elsewhere
 * (UnboundID's SCIM 2 SDK): staff and teams created, found, changed, deactivated and removed, with
 * the same effects and audit entries as through the REST API, and never a permission granted.
 */
class ScimIT extends ItBase {

    private static final String ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";

    private Client client;

    @AfterEach
    void closeClient() {
        if (client != null) {
            client.close();
        }
    }

    @Test
    void aTokenIsShownOnceListedWithoutItsSecretRotatedAndRevokedEachAudited() throws ScimException {
        var tenant = tenants.onboard();
        String mfa = tenant.adminMfaToken();
        var created = as(mfa).body(Map.of("name", "Entra ID"))
                .post("/api/v1/scim/tokens")
                .then()
                .statusCode(201)
                .body("token", startsWith("scim." + tenant.id() + "."))
                .extract();
        String id = created.path("id");
        String first = created.path("token");
        as(mfa).get("/api/v1/scim/tokens")
                .then()
                .statusCode(200)
                .body("items.id", equalTo(List.of(id)))
                .body("items[0]", not(org.hamcrest.Matchers.hasKey("token")));
        assertThat(scim(first).getServiceProviderConfig().getPatch().isSupported())
                .isTrue();

        String second = as(mfa).post("/api/v1/scim/tokens/" + id + "/rotate")
                .then()
                .statusCode(200)
                .extract()
                .path("token");
        scimGet(first, "/scim/v2/Users").then().statusCode(401).contentType("application/scim+json");
        scimGet(second, "/scim/v2/Users").then().statusCode(200);

        as(mfa).delete("/api/v1/scim/tokens/" + id).then().statusCode(204);
        scimGet(second, "/scim/v2/Users").then().statusCode(401);
        as(mfa).delete("/api/v1/scim/tokens/" + id).then().statusCode(404);
        for (String action : List.of("scim-token.create", "scim-token.rotate", "scim-token.revoke")) {
            as(mfa).queryParam("action", action)
                    .get("/api/v1/audit")
                    .then()
                    .body("items", hasSize(1))
                    .body("items[0].targetId", equalTo(id))
                    .body("items[0].actorId", equalTo(tenant.adminId()));
        }
    }

    @Test
    void tokensAreAdministeredUnderTenantManageOnly() {
        var tenant = tenants.onboard();
        tenant.createStaff(tenant.adminToken(), "plain.clerk");
        String clerk = Tenants.login(tenant.slug(), "plain.clerk", Tenants.ADMIN_PASSWORD);
        as(clerk).body(Map.of("name", "x")).post("/api/v1/scim/tokens").then().statusCode(403);
        as(clerk).get("/api/v1/scim/tokens").then().statusCode(403);
    }

    @Test
    void usersAreProvisionedReadFilteredAndPaged() throws ScimException {
        var chain = provisioned();
        var tenant = chain.tenant();
        String mfa = chain.mfa();
        ScimService scim = chain.scim();
        UserResource ana = scim.create("Users", user("ana.lopez", "ana@chain.example", "Ana López", "ext-ana"));
        scim.create("Users", user("anatol.berg", "anatol@chain.example", "Anatol Berg", "ext-anatol"));
        scim.create("Users", user("bo.chen", "bo@other.example", "Bo Chen", "ext-bo"));

        assertThat(ana.getId()).isNotBlank();
        assertThat(ana.getMeta().getResourceType()).isEqualTo("User");
        assertThat(ana.getMeta().getLocation())
                .isEqualTo(URI.create(ItEnvironment.PUBLIC_URL + "/scim/v2/Users/" + ana.getId()));
        UserResource read = scim.retrieve("Users", ana.getId(), UserResource.class);
        assertThat(read.getUserName()).isEqualTo("ana.lopez");
        assertThat(read.getDisplayName()).isEqualTo("Ana López");
        assertThat(read.getExternalId()).isEqualTo("ext-ana");
        assertThat(read.getActive()).isTrue();
        assertThat(read.getEmails()).extracting(Email::getValue).containsExactly("ana@chain.example");

        assertThat(userNames(scim, Filter.eq("userName", "ANA.LOPEZ"))).containsExactly("ana.lopez");
        assertThat(userNames(scim, Filter.co("emails", "@chain.")))
                .containsExactlyInAnyOrder("ana.lopez", "anatol.berg");
        assertThat(userNames(scim, Filter.sw("userName", "ana"))).containsExactly("ana.lopez", "anatol.berg");
        assertThat(userNames(scim, Filter.and(Filter.sw("userName", "ana"), Filter.co("displayName", "berg"))))
                .containsExactly("anatol.berg");
        assertThat(userNames(scim, Filter.or(Filter.eq("externalId", "ext-bo"), Filter.eq("userName", "admin"))))
                .containsExactlyInAnyOrder("bo.chen", "admin");

        ListResponse<UserResource> firstPage = scim.searchRequest("Users")
                .filter(Filter.co("userName", ".").toString())
                .page(1, 2)
                .invoke(UserResource.class);
        ListResponse<UserResource> secondPage = scim.searchRequest("Users")
                .filter(Filter.co("userName", ".").toString())
                .page(3, 2)
                .invoke(UserResource.class);
        assertThat(firstPage.getTotalResults()).isEqualTo(3);
        assertThat(firstPage.getResources()).hasSize(2);
        assertThat(secondPage.getStartIndex()).isEqualTo(3);
        assertThat(secondPage.getResources())
                .extracting(UserResource::getUserName)
                .containsExactly("bo.chen");

        // The same account as the REST API shows it, created by the token.
        as(mfa).get("/api/v1/staff/" + ana.getId())
                .then()
                .statusCode(200)
                .body("username", equalTo("ana.lopez"))
                .body("status", equalTo("ACTIVE"));
        as(mfa).queryParam("action", "staff.create")
                .queryParam("limit", 100)
                .get("/api/v1/audit")
                .then()
                .body("items.targetId", hasItem(ana.getId()))
                .body("items.actorId", hasItem(startsWith("scim:")));
    }

    @Test
    void replaceAndPatchChangeTheAccountAndConvergeWhenRepeated() throws ScimException {
        var chain = provisioned();
        var tenant = chain.tenant();
        String mfa = chain.mfa();
        ScimService scim = chain.scim();
        UserResource cleo = scim.create("Users", user("cleo.park", "cleo@chain.example", "Cleo Park", "ext-cleo"));

        cleo.setDisplayName("Cleo Park-Sun").setEmails(List.of(primary("cleo.sun@chain.example")));
        UserResource replaced =
                scim.replaceRequest(usersUri(cleo.getId()), cleo).invoke();
        assertThat(replaced.getDisplayName()).isEqualTo("Cleo Park-Sun");
        assertThat(replaced.getEmails()).extracting(Email::getValue).containsExactly("cleo.sun@chain.example");
        UserResource again = scim.replaceRequest(usersUri(cleo.getId()), cleo).invoke();
        assertThat(again.getMeta().getVersion()).isEqualTo(replaced.getMeta().getVersion());

        UserResource patched = scim.modifyRequest("Users", cleo.getId())
                .replaceValue("displayName", "C. Park")
                .replaceValue("emails[type eq \"work\"].value", "cleo@park.example")
                .addValues("emails", List.of(primary("cleo@park.example")))
                .invoke(UserResource.class);
        assertThat(patched.getDisplayName()).isEqualTo("C. Park");
        assertThat(patched.getEmails()).extracting(Email::getValue).containsExactly("cleo@park.example");
        UserResource repeated = scim.modifyRequest("Users", cleo.getId())
                .replaceValue("displayName", "C. Park")
                .invoke(UserResource.class);
        assertThat(repeated.getMeta().getVersion()).isEqualTo(patched.getMeta().getVersion());

        UserResource removed = scim.modifyRequest("Users", cleo.getId())
                .removeValues("displayName")
                .removeValues("externalId")
                .invoke(UserResource.class);
        assertThat(removed.getDisplayName()).isNull();
        assertThat(removed.getExternalId()).isNull();

        as(mfa).get("/api/v1/staff/" + cleo.getId())
                .then()
                .body("email", equalTo("cleo@park.example"))
                .body("displayName", equalTo(null));
        as(mfa).queryParam("action", "staff.update")
                .queryParam("limit", 100)
                .get("/api/v1/audit")
                .then()
                // externalId at creation, the replacement, the patch, then displayName and externalId removed
                .body("items", hasSize(5))
                .body("items.actorId", not(hasItem(not(startsWith("scim:")))));
    }

    @Test
    void deactivationSuspendsEndsTheSessionAndRefusesLoginUntilReactivated() throws ScimException {
        var chain = provisioned();
        var tenant = chain.tenant();
        String mfa = chain.mfa();
        ScimService scim = chain.scim();
        UserResource dan = scim.create("Users", user("dan.ruiz", "dan@chain.example", "Dan Ruiz", null));
        setPassword(tenant.adminToken(), dan.getId());
        String session = Tenants.login(tenant.slug(), "dan.ruiz", Tenants.ADMIN_PASSWORD);
        as(session).get("/api/v1/permissions").then().statusCode(200);

        UserResource off = scim.modifyRequest("Users", dan.getId())
                .replaceValue("active", false)
                .invoke(UserResource.class);

        assertThat(off.getActive()).isFalse();
        as(session).get("/api/v1/permissions").then().statusCode(401);
        anonymous()
                .body(Map.of("tenant", tenant.slug(), "username", "dan.ruiz", "password", Tenants.ADMIN_PASSWORD))
                .post("/api/v1/auth/login")
                .then()
                .statusCode(401);
        assertThat(userNames(scim, Filter.eq("active", false))).containsExactly("dan.ruiz");
        as(mfa).get("/api/v1/staff/" + dan.getId()).then().body("status", equalTo("SUSPENDED"));
        as(mfa).queryParam("action", "staff.suspend")
                .get("/api/v1/audit")
                .then()
                .body("items", hasSize(1))
                .body("items[0].actorId", startsWith("scim:"));

        scim.modifyRequest("Users", dan.getId()).replaceValue("active", true).invoke(UserResource.class);
        assertThat(Tenants.login(tenant.slug(), "dan.ruiz", Tenants.ADMIN_PASSWORD))
                .isNotBlank();
        as(mfa).queryParam("action", "staff.reinstate")
                .get("/api/v1/audit")
                .then()
                .body("items", hasSize(1));
    }

    @Test
    void theEnterpriseManagerIsTheStaffManager() throws ScimException {
        var chain = provisioned();
        var tenant = chain.tenant();
        String mfa = chain.mfa();
        ScimService scim = chain.scim();
        UserResource boss = scim.create("Users", user("eva.boss", "eva@chain.example", "Eva", null));
        UserResource report = user("finn.report", "finn@chain.example", "Finn", null);
        report.setExtension(new EnterpriseUserExtension().setManager(new Manager().setValue(boss.getId())));

        UserResource created = scim.create("Users", report);

        assertThat(created.getExtension(EnterpriseUserExtension.class)
                        .getManager()
                        .getValue())
                .isEqualTo(boss.getId());
        as(mfa).get("/api/v1/staff/" + created.getId()).then().body("managerId", equalTo(boss.getId()));
        assertThat(userNames(scim, Filter.eq(ENTERPRISE + ":manager.value", boss.getId())))
                .containsExactly("finn.report");

        scim.modifyRequest("Users", created.getId())
                .removeValues(ENTERPRISE + ":manager")
                .invoke(UserResource.class);
        as(mfa).get("/api/v1/staff/" + created.getId()).then().body("managerId", equalTo(null));

        // A manager outside the tenant is no manager: 400, and nothing changed.
        var other = tenants.onboard();
        assertThatThrownBy(() -> scim.modifyRequest("Users", created.getId())
                        .replaceValue(ENTERPRISE + ":manager.value", other.adminId())
                        .invoke(UserResource.class))
                .isInstanceOfSatisfying(ScimException.class, e -> {
                    assertThat(e.getScimError().getStatus()).isEqualTo(400);
                    assertThat(e.getScimError().getScimType()).isEqualTo("invalidValue");
                });
    }

    @Test
    void groupsAreTeamsAndMembershipChangesByPatch() throws ScimException {
        var chain = provisioned();
        var tenant = chain.tenant();
        String mfa = chain.mfa();
        ScimService scim = chain.scim();
        UserResource gil = scim.create("Users", user("gil.ortiz", "gil@chain.example", "Gil", null));
        UserResource hana = scim.create("Users", user("hana.ito", "hana@chain.example", "Hana", null));

        GroupResource team = scim.create(
                "Groups", new GroupResource().setDisplayName("Berlin floor").setMembers(List.of(member(gil.getId()))));

        as(mfa).get("/api/v1/teams/" + team.getId())
                .then()
                .statusCode(200)
                .body("name", equalTo("Berlin floor"))
                .body("memberIds", equalTo(List.of(gil.getId())));
        scim.modifyRequest("Groups", team.getId())
                .addValues("members", List.of(member(hana.getId())))
                .invoke(GroupResource.class);
        GroupResource afterRemove = scim.modifyRequest("Groups", team.getId())
                .removeValues("members[value eq \"" + gil.getId() + "\"]")
                .invoke(GroupResource.class);

        assertThat(afterRemove.getMembers()).extracting(Member::getValue).containsExactly(hana.getId());
        assertThat(scim.retrieve("Users", hana.getId(), UserResource.class).getGroups())
                .extracting(com.unboundid.scim2.common.types.Group::getValue)
                .containsExactly(team.getId());
        assertThat(scim.searchRequest("Groups")
                        .filter(Filter.eq("displayName", "berlin floor").toString())
                        .invoke(GroupResource.class)
                        .getResources())
                .extracting(GroupResource::getId)
                .containsExactly(team.getId());
        as(mfa).queryParam("action", "team.members")
                .get("/api/v1/audit")
                .then()
                .body("items", hasSize(3))
                .body("items[0].actorId", startsWith("scim:"));
        assertThatThrownBy(() -> scim.create("Groups", new GroupResource().setDisplayName("Berlin floor")))
                .isInstanceOfSatisfying(
                        ScimException.class,
                        e -> assertThat(e.getScimError().getScimType()).isEqualTo("uniqueness"));
    }

    @Test
    void aGroupIsRenamedAndDeletedAsItsTeamIs() throws ScimException {
        var chain = provisioned();
        ScimService scim = chain.scim();
        UserResource gil = scim.create("Users", user("gil.ortiz", "gil@chain.example", "Gil", null));
        GroupResource team = scim.create(
                "Groups", new GroupResource().setDisplayName("Night shift").setMembers(List.of(member(gil.getId()))));
        scim.create("Groups", new GroupResource().setDisplayName("Day shift"));

        GroupResource renamed = scim.modifyRequest("Groups", team.getId())
                .replaceValue("displayName", "Late shift")
                .invoke(GroupResource.class);
        assertThat(renamed.getDisplayName()).isEqualTo("Late shift");
        assertThat(renamed.getMeta().getLastModified().toInstant())
                .isAfter(renamed.getMeta().getCreated().toInstant());
        assertThat(renamed.getMembers()).extracting(Member::getValue).containsExactly(gil.getId());
        assertScimError(
                () -> scim.modifyRequest("Groups", team.getId())
                        .replaceValue("displayName", "day shift")
                        .invoke(GroupResource.class),
                409,
                "uniqueness");
        as(chain.mfa()).get("/api/v1/teams/" + team.getId()).then().body("name", equalTo("Late shift"));

        scim.delete("Groups", team.getId());
        assertNotFound(() -> scim.retrieve("Groups", team.getId(), GroupResource.class));
        as(chain.mfa()).get("/api/v1/teams/" + team.getId()).then().statusCode(404);
        assertThat(scim.retrieve("Users", gil.getId(), UserResource.class).getGroups())
                .as("the member stays, in no group")
                .isNullOrEmpty();
        as(chain.mfa())
                .queryParam("action", "team.delete")
                .get("/api/v1/audit")
                .then()
                .body("items", hasSize(1))
                .body("items[0].actorId", startsWith("scim:"));
    }

    @Test
    void deleteOffboardsRevokesGrantsAndKeepsTheHistory() throws ScimException {
        var chain = provisioned();
        var tenant = chain.tenant();
        String mfa = chain.mfa();
        ScimService scim = chain.scim();
        UserResource ida = scim.create("Users", user("ida.moss", "ida@chain.example", "Ida", null));
        String role = tenant.createRole(tenant.adminToken(), "Readers", "customer.read");
        String grant = tenant.grantTenantWide(mfa, ida.getId(), role);

        scim.delete("Users", ida.getId());

        as(mfa).get("/api/v1/staff/" + ida.getId()).then().statusCode(200).body("status", equalTo("OFFBOARDED"));
        as(mfa).get("/api/v1/grants/" + grant)
                .then()
                .body("status", equalTo("REVOKED"))
                .body("revokedBy", startsWith("scim:"));
        as(mfa).queryParam("action", "staff.offboard")
                .get("/api/v1/audit")
                .then()
                .body("items", hasSize(1))
                .body("items[0].targetId", equalTo(ida.getId()))
                .body("items[0].actorId", startsWith("scim:"));
        as(mfa).queryParam("action", "staff.create")
                .get("/api/v1/audit")
                .then()
                .body("items.targetId", hasItem(ida.getId()));
        assertNotFound(() -> scim.retrieve("Users", ida.getId(), UserResource.class));
        assertNotFound(() -> {
            scim.delete("Users", ida.getId());
            return null;
        });
        assertThat(userNames(scim, Filter.eq("userName", "ida.moss"))).isEmpty();
    }

    @Test
    void provisioningNeverGrantsAPermission() throws ScimException {
        var chain = provisioned();
        var tenant = chain.tenant();
        String mfa = chain.mfa();
        ScimService scim = chain.scim();
        UserResource jo = user("jo.kim", "jo@chain.example", "Jo", null);
        jo.setExtension(new EnterpriseUserExtension().setManager(new Manager().setValue(tenant.adminId())));
        String id = scim.create("Users", jo).getId();
        scim.create("Groups", new GroupResource().setDisplayName("Admins").setMembers(List.of(member(id))));

        as(mfa).queryParam("staffId", id)
                .get("/api/v1/grants")
                .then()
                .statusCode(200)
                .body("items", hasSize(0));
        as(mfa).queryParam("action", "grant.give").get("/api/v1/audit").then().body("items", hasSize(0));
    }

    @Test
    void errorsAnswerInScimsFormat() throws ScimException {
        var tenant = tenants.onboard();
        String token = token(tenant.adminMfaToken());
        ScimService scim = scim(token);
        scim.create("Users", user("kai.ode", "kai@chain.example", "Kai", "ext-kai"));

        assertScimError(
                () -> scim.create("Users", user("kai.ode", "kai2@chain.example", null, null)), 409, "uniqueness");
        assertScimError(
                () -> scim.create("Users", user("kai.two", "kai2@chain.example", null, "ext-kai")), 409, "uniqueness");
        assertScimError(
                () -> scim.searchRequest("Users").filter("userName xx \"a\"").invoke(UserResource.class),
                400,
                "invalidFilter");
        assertScimError(
                () -> scim.searchRequest("Users").filter("password eq \"a\"").invoke(UserResource.class),
                400,
                "invalidFilter");
        assertScimError(() -> scim.create("Users", new UserResource().setUserName("no.mail")), 400, "invalidValue");
        assertNotFound(() -> scim.retrieve("Users", "00000000-0000-7000-8000-000000000000", UserResource.class));

        RestAssured.given()
                .auth()
                .oauth2(token)
                .queryParam("filter", "userName eq")
                .get("/scim/v2/Users")
                .then()
                .statusCode(400)
                .contentType("application/scim+json")
                .body("schemas", equalTo(List.of("urn:ietf:params:scim:api:messages:2.0:Error")))
                .body("status", equalTo("400"))
                .body("scimType", equalTo("invalidFilter"));
        RestAssured.given()
                .get("/scim/v2/Users")
                .then()
                .statusCode(401)
                .contentType("application/scim+json")
                .body("status", equalTo("401"));
        // A staff access token is no SCIM token.
        scimGet(tenant.adminToken(), "/scim/v2/Users").then().statusCode(401).contentType("application/scim+json");
    }

    @Test
    void anotherTenantsTokenFindsNothingOfThisTenant() throws ScimException {
        var a = tenants.onboard();
        var b = tenants.onboard();
        ScimService scimA = scim(token(a.adminMfaToken()));
        UserResource lea = scimA.create("Users", user("lea.fox", "lea@a.example", "Lea", null));
        GroupResource team = scimA.create("Groups", new GroupResource().setDisplayName("A team"));
        ScimService scimB = scim(token(b.adminMfaToken()));

        assertNotFound(() -> scimB.retrieve("Users", lea.getId(), UserResource.class));
        assertNotFound(() -> scimB.modifyRequest("Users", lea.getId())
                .replaceValue("active", false)
                .invoke(UserResource.class));
        assertNotFound(() -> {
            scimB.delete("Users", lea.getId());
            return null;
        });
        assertNotFound(() -> scimB.retrieve("Groups", team.getId(), GroupResource.class));
        assertThat(userNames(scimB, Filter.eq("id", lea.getId()))).isEmpty();
        assertScimError(
                () -> scimB.create(
                        "Groups",
                        new GroupResource().setDisplayName("B team").setMembers(List.of(member(lea.getId())))),
                400,
                "invalidValue");
        assertThat(scimA.retrieve("Users", lea.getId(), UserResource.class).getActive())
                .isTrue();
    }

    @Test
    void scimIsServedUnderScimV2OnlyAndDescribesItself() throws ScimException {
        var tenant = tenants.onboard();
        String token = token(tenant.adminMfaToken());
        as(tenant.adminToken()).get("/api/v1/Users").then().statusCode(404);
        as(tenant.adminToken()).get("/api/v1/ServiceProviderConfig").then().statusCode(404);
        scimGet(token, "/scim/v2/staff").then().statusCode(404).contentType("application/scim+json");
        scimGet(token, "/scim/v2/scim/tokens").then().statusCode(404);

        ScimService scim = scim(token);
        assertThat(scim.getResourceTypes().getResources())
                .extracting(r -> r.getName())
                .containsExactlyInAnyOrder("User", "Group");
        assertThat(scim.getSchemas().getResources())
                .extracting(s -> s.getId().toString())
                .contains(ENTERPRISE, "urn:custos:params:scim:schemas:extension:custos:2.0:User");
        assertThat(scim.getServiceProviderConfig().getFilter().isSupported()).isTrue();
        assertThat(scim.getServiceProviderConfig().getBulk().isSupported()).isFalse();
    }

    /** A store chain, its admin's MFA token, and a SCIM client with a token of the chain. */
    private record Chain(Tenants.Onboarded tenant, String mfa, ScimService scim) {}

    private Chain provisioned() {
        var tenant = tenants.onboard();
        String mfa = tenant.adminMfaToken();
        return new Chain(tenant, mfa, scim(token(mfa)));
    }

    private ScimService scim(String token) {
        if (client == null) {
            client = ClientBuilder.newClient(new ClientConfig().connectorProvider(new JavaNetHttpConnectorProvider()));
        }
        return new ScimService(client.target(RestAssured.baseURI + "/scim/v2").register((ClientRequestFilter)
                request -> request.getHeaders().putSingle("Authorization", "Bearer " + token)));
    }

    /** A tenant admin, with a second factor ({@code mfa}: tenant.manage is sensitive), creates a SCIM token. */
    private static String token(String mfa) {
        return as(mfa).body(Map.of("name", "identity provider"))
                .post("/api/v1/scim/tokens")
                .then()
                .statusCode(201)
                .extract()
                .path("token");
    }

    private static io.restassured.response.Response scimGet(String token, String path) {
        return RestAssured.given().auth().oauth2(token).get(path);
    }

    private static URI usersUri(String id) {
        return URI.create(RestAssured.baseURI + "/scim/v2/Users/" + id);
    }

    private static UserResource user(String userName, String email, String displayName, String externalId) {
        UserResource user = new UserResource().setUserName(userName).setEmails(List.of(primary(email)));
        user.setDisplayName(displayName);
        user.setExternalId(externalId);
        return user;
    }

    private static Email primary(String address) {
        return new Email().setValue(address).setType("work").setPrimary(true);
    }

    private static Member member(String staffId) {
        return new Member().setValue(staffId);
    }

    private static List<String> userNames(ScimService scim, Filter filter) throws ScimException {
        return scim.searchRequest("Users").filter(filter.toString()).invoke(UserResource.class).getResources().stream()
                .map(UserResource::getUserName)
                .toList();
    }

    /** An admin gives a provisioned account (which has none) a password, so it can sign in. */
    private static void setPassword(String adminToken, String staffId) {
        String etag =
                as(adminToken).get("/api/v1/staff/" + staffId).then().extract().header("ETag");
        as(adminToken)
                .header("If-Match", etag)
                .body(Map.of("password", Tenants.ADMIN_PASSWORD))
                .patch("/api/v1/staff/" + staffId)
                .then()
                .statusCode(200);
    }

    private interface ScimCall {
        Object call() throws ScimException;
    }

    private static void assertNotFound(ScimCall call) {
        assertScimError(call, 404, null);
    }

    private static void assertScimError(ScimCall call, int status, String scimType) {
        assertThatThrownBy(call::call).isInstanceOfSatisfying(ScimException.class, e -> {
            assertThat(e.getScimError().getStatus()).isEqualTo(status);
            assertThat(e.getScimError().getScimType()).isEqualTo(scimType);
        });
    }
}
