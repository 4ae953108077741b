package dev.aviary.runtime.problem;

import java.util.Set;
import java.util.TreeSet;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/** The properties a list can be sorted by; {@code ?sort=} naming another is a 400 naming {@code sort}. */
public record SortableBy(Set<String> properties) {

    public static SortableBy of(String... properties) {
        return new SortableBy(Set.of(properties));
    }

    public Pageable check(Pageable page) {
        for (Sort.Order order : page.getSort()) {
            if (!properties.contains(order.getProperty())) {
                throw ApiProblem.invalid(
                        "sort", "cannot sort by " + order.getProperty() + "; use one of " + new TreeSet<>(properties));
            }
        }
        return page;
    }
}
