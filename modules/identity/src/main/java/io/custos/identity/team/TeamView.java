package io.custos.identity.team;

import java.util.List;

/** A team and its members. */
public record TeamView(String id, String name, String storeId, List<String> memberIds) {}
