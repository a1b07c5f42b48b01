package io.custos.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void aLongUncommonPasswordPasses() {
        assertThat(PasswordPolicy.weakness("Blue-Harbour-Lantern-42", "admin")).isNull();
    }

    @Test
    void shortPasswordsAreRefused() {
        assertThat(PasswordPolicy.weakness("Sh0rt-pass", "admin")).contains("at least 12");
    }

    @Test
    void commonPasswordsAreRefusedEvenWithDigitsAndSymbolsAdded() {
        assertThat(PasswordPolicy.weakness("password1234", "admin")).isEqualTo("is too common");
        assertThat(PasswordPolicy.weakness("Qwertyuiop!!2024", "admin")).isEqualTo("is too common");
    }

    @Test
    void passwordsContainingTheUsernameAreRefused() {
        assertThat(PasswordPolicy.weakness("my-name-is-Ana.Lopez-99", "ana.lopez"))
                .contains("username");
    }

    @Test
    void repetitiveOrSequentialPasswordsAreRefused() {
        assertThat(PasswordPolicy.weakness("aaaaaaaaaaaaaa", "admin")).isNotNull();
        assertThat(PasswordPolicy.weakness("abcdefghijklmn", "admin")).isNotNull();
    }
}
