package io.custos.webhooks.endpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.custos.platform.problem.Conflict;
import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class EndpointTest {

    private static final Instant NOON = Instant.parse("2026-12-01T12:00:00Z");

    private static Endpoint anEndpoint() {
        Endpoint endpoint = new Endpoint(
                Endpoint.newId(),
                "https://hooks.example.com/custos",
                null,
                EnumSet.of(EventType.GRANT_GIVEN),
                "st-1",
                NOON);
        endpoint.useSecret("sealed-1");
        return endpoint;
    }

    @Test
    void isDisabledByTheFailureThatReachesTheThresholdAndEnablingStartsTheCountAgain() {
        Endpoint endpoint = anEndpoint();
        assertThat(endpoint.failed(3)).isFalse();
        endpoint.succeeded();
        assertThat(endpoint.failed(3)).isFalse();
        assertThat(endpoint.failed(3)).isFalse();
        assertThat(endpoint.failed(3)).isTrue();
        assertThat(endpoint.isEnabled()).isFalse();
        assertThat(endpoint.wants(EventType.GRANT_GIVEN)).isFalse();

        endpoint.enable();
        assertThat(endpoint.failuresInARow()).isZero();
        assertThat(endpoint.wants(EventType.GRANT_GIVEN)).isTrue();
        assertThatThrownBy(endpoint::enable).isInstanceOf(Conflict.class);
    }

    @Test
    void theRotatedOutSecretSignsUntilItsGraceEnds() {
        Endpoint endpoint = anEndpoint();
        endpoint.rotate("sealed-2", endpoint.secretSealed(), NOON.plus(Duration.ofHours(24)));

        assertThat(endpoint.signingSecretsSealed(NOON.plus(Duration.ofHours(23))))
                .containsExactly("sealed-2", "sealed-1");
        assertThat(endpoint.signingSecretsSealed(NOON.plus(Duration.ofHours(24))))
                .containsExactly("sealed-2");
        assertThat(endpoint.previousSecretUntil(NOON.plus(Duration.ofHours(25))))
                .isNull();
    }

    @Test
    void takesOnlyTheEventTypesItChose() {
        Endpoint endpoint = anEndpoint();
        assertThat(endpoint.wants(EventType.GRANT_REVOKED)).isFalse();
        endpoint.change(null, null, EnumSet.of(EventType.GRANT_REVOKED, EventType.CONSENT_CHANGED));
        assertThat(endpoint.eventTypes()).containsExactlyInAnyOrder(EventType.GRANT_REVOKED, EventType.CONSENT_CHANGED);
        assertThat(endpoint.url()).isEqualTo("https://hooks.example.com/custos");
    }

    @Test
    void internalAddressesAreRecognisedAndCidrsHoldWhatTheySay() throws Exception {
        for (String internal : new String[] {
            "127.0.0.1", "10.1.2.3", "192.168.0.1", "169.254.169.254", "::1", "fd00::1", "100.64.0.1", "0.0.0.0"
        }) {
            assertThat(Destinations.isInternal(InetAddress.getByName(internal)))
                    .as(internal)
                    .isTrue();
        }
        assertThat(Destinations.isInternal(InetAddress.getByName("93.184.215.14")))
                .isFalse();

        Cidr loopback = Cidr.parse("127.0.0.0/8").orElseThrow();
        assertThat(loopback.contains(InetAddress.getByName("127.9.9.9"))).isTrue();
        assertThat(loopback.contains(InetAddress.getByName("128.0.0.1"))).isFalse();
        assertThat(Cidr.parse("10.0.0.7").orElseThrow().contains(InetAddress.getByName("10.0.0.7")))
                .isTrue();
        assertThat(Cidr.parse("hooks.example.com")).isEmpty();
        assertThat(Cidr.parse("10.0.0.0/33")).isEmpty();
    }
}
