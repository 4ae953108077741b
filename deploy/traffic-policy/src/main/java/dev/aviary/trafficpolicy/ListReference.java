package dev.aviary.trafficpolicy;

/**
 * A reference to a traffic list from an {@code in} operator.
 *
 * @param version null until the policy is pinned to list versions
 * @param field the path of the {@code in} operator, such as {@code rules[1].when.in}
 */
public record ListReference(String name, Long version, String field) {}
