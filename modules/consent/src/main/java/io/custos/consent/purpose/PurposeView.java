package io.custos.consent.purpose;

/**
 * A purpose of processing. {@code follows} names the built-in purpose whose lawful basis a
 * tenant's purpose takes in each rule pack (null: opt-in everywhere, or a built-in itself).
 */
public record PurposeView(String code, String description, String follows, boolean builtIn) {}
