package io.custos.tenants.onboarding;

import io.custos.platform.problem.Conflict;

/** Another store chain already uses the slug. */
public class SlugTaken extends Conflict {
    public SlugTaken(String slug) {
        super("slug-taken", "a store chain with the slug '" + slug + "' exists already");
    }
}
