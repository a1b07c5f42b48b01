package io.custos.identity.staff;

import io.custos.platform.validation.Length;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** A staff account to create; without a password it cannot log in until an admin sets one. */
public record NewStaff(
        @NotNull @Pattern(regexp = "^[a-zA-Z0-9._@-]{3,100}$", message = "must be 3 to 100 of a-z A-Z 0-9 . _ @ -")
        String username,

        @NotNull @Email @Length(max = 254) String email,
        String password,
        @Length(max = 200) String displayName,
        String homeStoreId,
        String managerId) {}
