package io.custos.identity.grant;

import java.util.List;

/** The grants a batch gave or revoked, in the order of its request. */
public record GrantList(List<GrantView> items) {}
