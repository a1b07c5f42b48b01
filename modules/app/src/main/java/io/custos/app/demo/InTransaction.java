package io.custos.app.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.function.Supplier;

/** Groups use-case calls into one transaction: a store's customers commit together, not one by one. */
@ApplicationScoped
public class InTransaction {

    @Transactional
    public <T> T call(Supplier<T> work) {
        return work.get();
    }
}
