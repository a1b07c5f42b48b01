package io.custos.identity.sso;

/** A person at a provider bound to a staff member. */
public record SsoLinkView(String id, String providerId, String subject, String staffId) {}
