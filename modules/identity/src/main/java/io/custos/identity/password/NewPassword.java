package io.custos.identity.password;

import io.custos.platform.validation.Length;
import jakarta.validation.constraints.NotNull;

/** The caller's current password, and the one they choose (checked against the password policy). */
public record NewPassword(
        @NotNull @Length(max = 128) String currentPassword,
        @NotNull @Length(max = 128) String newPassword) {

    @Override
    public String toString() {
        return "NewPassword[***]";
    }
}
