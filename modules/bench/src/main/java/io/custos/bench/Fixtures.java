package io.custos.bench;

import io.custos.identity.grant.GrantEvaluation.GrantFacts;
import io.custos.identity.grant.ScopeType;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/** What the in-process benchmarks share: a staff member's grants, and CDI wiring by hand. */
final class Fixtures {

    private Fixtures() {}

    /**
     * {@code count} grants in force (store and region scopes, three permissions each), none covering
     * store-9, then the one that does: the worst case, where every grant is looked at.
     */
    static List<GrantFacts> grants(int count, Instant now) {
        List<GrantFacts> facts = new ArrayList<>();
        for (int i = 0; i < count - 1; i++) {
            facts.add(new GrantFacts(
                    "g" + i,
                    "R" + i,
                    i % 2 == 0 ? ScopeType.STORE : ScopeType.REGION,
                    (i % 2 == 0 ? "store-" : "region-") + (100 + i),
                    Set.of("customer.read", "customer.update", "consent.read"),
                    now.minusSeconds(3600),
                    now.plusSeconds(3600),
                    false));
        }
        facts.add(new GrantFacts(
                "covering",
                "R",
                ScopeType.STORE,
                "store-9",
                Set.of("customer.read"),
                now.minusSeconds(60),
                null,
                false));
        return facts;
    }

    /** Sets an injected field, as the container would. */
    static void inject(Object bean, String field, Object value) {
        try {
            Field target = bean.getClass().getDeclaredField(field);
            target.setAccessible(true);
            target.set(bean, value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot inject " + field, e);
        }
    }

    /** A CDI {@code Instance} that resolves to one bean. */
    static <T> jakarta.enterprise.inject.Instance<T> only(T bean) {
        return new jakarta.enterprise.inject.Instance<>() {
            @Override
            public T get() {
                return bean;
            }

            @Override
            public boolean isUnsatisfied() {
                return false;
            }

            @Override
            public boolean isAmbiguous() {
                return false;
            }

            @Override
            public Iterator<T> iterator() {
                return List.of(bean).iterator();
            }

            @Override
            public jakarta.enterprise.inject.Instance<T> select(Annotation... qualifiers) {
                throw new UnsupportedOperationException();
            }

            @Override
            public <U extends T> jakarta.enterprise.inject.Instance<U> select(Class<U> type, Annotation... qualifiers) {
                throw new UnsupportedOperationException();
            }

            @Override
            public <U extends T> jakarta.enterprise.inject.Instance<U> select(
                    jakarta.enterprise.util.TypeLiteral<U> type, Annotation... qualifiers) {
                throw new UnsupportedOperationException();
            }

            @Override
            public void destroy(T instance) {}

            @Override
            public Handle<T> getHandle() {
                throw new UnsupportedOperationException();
            }

            @Override
            public Iterable<? extends Handle<T>> handles() {
                throw new UnsupportedOperationException();
            }
        };
    }
}
