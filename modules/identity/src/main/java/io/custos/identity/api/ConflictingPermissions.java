package io.custos.identity.api;

import java.util.List;
import java.util.Set;

/**
 * The tenant's separation of duties: pairs of permissions no one person may hold both of, whatever
 * the scopes. Read at each grant, role change and access review.
 */
public record ConflictingPermissions(List<Pair> pairs) {

    public static final ConflictingPermissions NONE = new ConflictingPermissions(List.of());

    public ConflictingPermissions {
        pairs = List.copyOf(pairs);
    }

    /** Two permissions that must stay in different hands. */
    public record Pair(String first, String second) {

        public boolean heldWithin(Set<String> permissions) {
            return permissions.contains(first) && permissions.contains(second);
        }

        @Override
        public String toString() {
            return first + " and " + second;
        }
    }

    /** The pairs {@code permissions} holds both of. */
    public List<Pair> heldWithin(Set<String> permissions) {
        return pairs.stream().filter(p -> p.heldWithin(permissions)).toList();
    }

    /** The bound tenant's pairs; implemented by the module that keeps tenant settings. */
    public interface Source {
        ConflictingPermissions current();
    }
}
