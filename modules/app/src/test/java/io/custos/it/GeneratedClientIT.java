package io.custos.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.custos.client.ApiClient;
import io.custos.client.ApiException;
import io.custos.client.api.AuditApi;
import io.custos.client.api.AuthenticationApi;
import io.custos.client.api.ConsentApi;
import io.custos.client.api.CustomersApi;
import io.custos.client.api.DataSubjectRequestsApi;
import io.custos.client.api.GrantsApi;
import io.custos.client.api.OnboardingApi;
import io.custos.client.api.RegionsAndStoresApi;
import io.custos.client.api.RolesApi;
import io.custos.client.api.StaffApi;
import io.custos.client.api.TrainingApi;
import io.custos.client.model.Acknowledge;
import io.custos.client.model.AcknowledgmentView;
import io.custos.client.model.AuditItem;
import io.custos.client.model.CustomerView;
import io.custos.client.model.GrantScope;
import io.custos.client.model.GrantView;
import io.custos.client.model.IdentityVerificationMethod;
import io.custos.client.model.IdentityVerificationResult;
import io.custos.client.model.LoginCredentials;
import io.custos.client.model.LoginResult;
import io.custos.client.model.MfaCode;
import io.custos.client.model.MyCourse;
import io.custos.client.model.NewConsent;
import io.custos.client.model.NewCourse;
import io.custos.client.model.NewCustomer;
import io.custos.client.model.NewGrant;
import io.custos.client.model.NewIdentityVerification;
import io.custos.client.model.NewPrivacyRequest;
import io.custos.client.model.NewRegion;
import io.custos.client.model.NewRole;
import io.custos.client.model.NewStaff;
import io.custos.client.model.NewStore;
import io.custos.client.model.NewTenant;
import io.custos.client.model.NewTenantAdmin;
import io.custos.client.model.PermissionName;
import io.custos.client.model.PrivacyRequestView;
import io.custos.client.model.SegmentCount;
import io.custos.client.model.SegmentQuery;
import io.custos.client.model.TenantView;
import io.custos.client.model.TotpEnabled;
import io.custos.client.model.TotpEnrolment;
import io.restassured.RestAssured;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A new store chain's whole path through the Java client generated at build time from
 * openapi/openapi.yaml, as an integrator would generate it: no hand-written DTO, no edit.
 */
class GeneratedClientIT extends ItBase {

    private static final String PASSWORD = Tenants.ADMIN_PASSWORD;

    @Test
    void aNewStoreChainGoesItsWholePathThroughTheGeneratedClient() throws ApiException {
        String slug = Tenants.uniqueSlug("genclient");
        TenantView tenant = new OnboardingApi(client(ItEnvironment.OPERATOR_TOKEN))
                .onboardTenant(
                        new NewTenant()
                                .slug(slug)
                                .name("Generated Client Stores")
                                .headquartersCountry("DE")
                                .admin(new NewTenantAdmin()
                                        .username("admin")
                                        .email("admin@" + slug + ".example")
                                        .password(PASSWORD)),
                        UUID.randomUUID().toString());
        assertThat(tenant.getSlug()).isEqualTo(slug);
        assertThat(tenant.getAdmin().getUsername()).isEqualTo("admin");

        AuthenticationApi anonymous = new AuthenticationApi(client(null));
        LoginResult password = anonymous.logIn(credentials(slug, "admin"));
        assertThat(password.getAccessToken()).isNotBlank();
        assertThat(password.getMfaRequired()).isNotEqualTo(Boolean.TRUE);

        AuthenticationApi me = new AuthenticationApi(client(password.getAccessToken()));
        TotpEnrolment enrolment = me.startTotpEnrolment();
        TotpEnabled enabled = me.confirmTotpEnrolment(
                new io.custos.client.model.TotpConfirmation().code(Authenticator.code(enrolment.getSecret(), 0)));
        assertThat(enabled.getEnabled()).isTrue();
        assertThat(enabled.getRecoveryCodes()).isNotEmpty();

        LoginResult firstStep = anonymous.logIn(credentials(slug, "admin"));
        assertThat(firstStep.getMfaRequired()).isTrue();
        String admin = anonymous
                .completeMfaLogin(new MfaCode()
                        .mfaToken(firstStep.getMfaToken())
                        .code(Authenticator.code(enrolment.getSecret(), 1)))
                .getAccessToken();

        RegionsAndStoresApi places = new RegionsAndStoresApi(client(admin));
        String europe = places.createRegion(new NewRegion().code("EUROPE").name("Europe"), null)
                .getId();
        String berlin = places.createStore(
                        new NewStore().code("BER").name("Berlin").country("DE").regionId(europe), null)
                .getId();
        places.createStore(
                new NewStore().code("PAR").name("Paris").country("FR").regionId(europe), null);
        assertThat(places.listStores(null, null).getItems()).hasSize(2);

        String clerk = new StaffApi(client(admin))
                .createStaff(
                        new NewStaff()
                                .username("clerk")
                                .email("clerk@" + slug + ".example")
                                .password(PASSWORD)
                                .homeStoreId(berlin),
                        null)
                .getId();
        String reader = new RolesApi(client(admin))
                .createRole(new NewRole().name("STORE_READER").permissions(List.of(PermissionName.CUSTOMER_READ)), null)
                .getId();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        GrantView grant = new GrantsApi(client(admin))
                .giveGrant(
                        new NewGrant()
                                .staffId(clerk)
                                .roleId(reader)
                                .scope(new GrantScope()
                                        .type(GrantScope.TypeEnum.STORE)
                                        .id(berlin))
                                .validFrom(now.minusMinutes(1))
                                .validUntil(now.plusDays(30))
                                .reason("Berlin counter"),
                        UUID.randomUUID().toString());
        assertThat(grant.getStatus()).hasToString("ACTIVE");

        CustomersApi customers = new CustomersApi(client(admin));
        CustomerView ana = customers.createCustomer(
                new NewCustomer()
                        .storeId(berlin)
                        .givenName("Ana")
                        .familyName("Lopez")
                        .country("DE")
                        .email("ana@example.com")
                        .birthDate(LocalDate.of(1985, 4, 2)),
                UUID.randomUUID().toString());
        assertThat(customers.getCustomer(ana.getId()).getGivenName()).isEqualTo("Ana");

        ConsentApi consent = new ConsentApi(client(admin));
        consent.recordConsent(
                ana.getId(),
                new NewConsent()
                        .purpose("MARKETING_EMAIL")
                        .state(NewConsent.StateEnum.GRANTED)
                        .source(NewConsent.SourceEnum.WEB)
                        .policyVersion("2026-11"),
                null);
        SegmentCount segment = consent.countSegment(new SegmentQuery().purpose("MARKETING_EMAIL"));
        assertThat(segment.getCount()).isEqualTo(1);

        DataSubjectRequestsApi requests = new DataSubjectRequestsApi(client(admin));
        PrivacyRequestView access = requests.receivePrivacyRequest(
                new NewPrivacyRequest().customerId(ana.getId()).type(NewPrivacyRequest.TypeEnum.ACCESS), null);
        assertThat(access.getDueAt()).isAfter(OffsetDateTime.now(ZoneOffset.UTC));
        requests.verifyPrivacyRequestIdentity(
                access.getId(),
                new NewIdentityVerification()
                        .method(IdentityVerificationMethod.ID_DOCUMENT)
                        .result(IdentityVerificationResult.VERIFIED));
        PrivacyRequestView fulfilled = requests.fulfilPrivacyRequest(access.getId(), null);
        assertThat(fulfilled.getFulfilledAt()).isNotNull();
        assertThat(fulfilled.getResult().getCustomer()).isNotNull();

        String clerkToken = anonymous.logIn(credentials(slug, "clerk")).getAccessToken();
        CustomersApi clerkCustomers = new CustomersApi(client(clerkToken));
        assertThat(clerkCustomers.getCustomer(ana.getId()).getId()).isEqualTo(ana.getId());
        new TrainingApi(client(admin))
                .createCourse(
                        new NewCourse()
                                .code("PRIVACY-BASICS")
                                .title("Privacy basics")
                                .version("2026.1")
                                .validityMonths(12)
                                .jurisdictions(List.of("EU"))
                                .requiredForPermissions(List.of("customer.read")),
                        null);
        assertThatThrownBy(() -> clerkCustomers.getCustomer(ana.getId()))
                .isInstanceOfSatisfying(ApiException.class, refused -> {
                    assertThat(refused.getCode()).isEqualTo(403);
                    assertThat(refused.getResponseBody()).contains("\"gate\":\"training\"");
                });
        TrainingApi clerkTraining = new TrainingApi(client(clerkToken));
        MyCourse due = clerkTraining.getMyCourse("PRIVACY-BASICS");
        assertThat(due.getStatus()).hasToString("DUE");
        AcknowledgmentView acknowledged = clerkTraining.acknowledgeCourse(
                "PRIVACY-BASICS", new Acknowledge().version("2026.1"), "GeneratedClientIT/1.0", null);
        assertThat(acknowledged.getPassed()).isTrue();
        assertThat(clerkCustomers.getCustomer(ana.getId()).getId()).isEqualTo(ana.getId());

        AuditApi audit = new AuditApi(client(admin));
        List<AuditItem> reads = audit.searchAuditTrail(
                        null, ana.getId(), "customer.read", null, null, null, "desc", 50, null)
                .getItems();
        assertThat(reads).extracting(AuditItem::getActorId).contains(clerk);
        assertThat(audit.verifyAuditChain().getValid()).isTrue();
    }

    private static LoginCredentials credentials(String slug, String username) {
        return new LoginCredentials().tenant(slug).username(username).password(PASSWORD);
    }

    /** A client for this server, sending {@code token} as its bearer token when there is one. */
    private static ApiClient client(String token) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(RestAssured.baseURI);
        if (token != null) {
            client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        }
        return client;
    }
}
