package io.custos.platform.security;

import io.custos.platform.problem.InvalidInput;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * At least 12 and at most 128 characters, not a commonly used password (or one with digits or
 * symbols added to it), not containing the username, not one repeated or sequential run.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;
    private static final Set<String> COMMON = load();

    private PasswordPolicy() {}

    /** Refuses a weak password with a 400 naming {@code field}. */
    public static void check(String field, String password, String username) {
        String problem = weakness(password, username);
        if (problem != null) {
            throw new InvalidInput(field, problem);
        }
    }

    /** Why {@code password} breaks the policy, or null when it does not. */
    public static String weakness(String password, String username) {
        if (password == null || password.length() < MIN_LENGTH) {
            return "must have at least " + MIN_LENGTH + " characters";
        }
        if (password.length() > MAX_LENGTH) {
            return "must have at most " + MAX_LENGTH + " characters";
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (username != null && username.length() >= 3 && lower.contains(username.toLowerCase(Locale.ROOT))) {
            return "must not contain the username";
        }
        String letters = lower.replaceAll("[^a-z]", "");
        if (COMMON.contains(lower) || (letters.length() >= 4 && COMMON.contains(letters))) {
            return "is too common";
        }
        if (lower.chars().distinct().count() <= 3 || isSequential(lower)) {
            return "is too easy to guess";
        }
        return null;
    }

    private static boolean isSequential(String s) {
        int ascending = 0;
        for (int i = 1; i < s.length(); i++) {
            if (s.charAt(i) - s.charAt(i - 1) == 1) {
                ascending++;
            }
        }
        return ascending >= s.length() - 2;
    }

    private static Set<String> load() {
        try (var in = PasswordPolicy.class.getResourceAsStream("common-passwords.txt");
                var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines()
                    .map(String::trim)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.ROOT))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
