package io.custos.customers.insights;

import java.util.List;
import java.util.Map;

/** The answer: k, and one cell per group; a suppressed cell has a null count. */
public record Aggregate(int k, List<Cell> cells) {

    /** One group and how many customers are in it, unless fewer than k. */
    public record Cell(Map<String, String> key, Long count, boolean suppressed) {}
}
