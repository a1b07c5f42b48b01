package io.custos.identity.grant;

import io.custos.platform.problem.DomainProblem;
import io.custos.platform.problem.Problem;
import java.util.Map;

/**
 * One item of an all-or-none batch was refused, so nothing was done: the item's own problem, its
 * detail and fields prefixed with the item ({@code grants[3].staffId}), and {@code item} its index.
 */
public class BulkItemRefused extends DomainProblem {

    private final String list;
    private final int index;
    private final DomainProblem refusal;

    BulkItemRefused(String list, int index, DomainProblem refusal) {
        super(list + "[" + index + "]: " + refusal.getMessage() + " (nothing in this request was done)");
        this.list = list;
        this.index = index;
        this.refusal = refusal;
    }

    @Override
    public Problem problem() {
        Problem alone = refusal.problem();
        String prefix = list + "[" + index + "]";
        return new Problem(
                        alone.type(),
                        alone.title(),
                        alone.status(),
                        getMessage(),
                        alone.errors().stream()
                                .map(e -> new Problem.FieldError(prefix + "." + e.field(), e.message()))
                                .toList(),
                        alone.extensions())
                .with("item", Integer.toString(index));
    }

    @Override
    public Map<String, String> headers() {
        return refusal.headers();
    }
}
