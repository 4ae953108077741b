package dev.aviary.devregistry.config;

import dev.aviary.devregistry.remote.InvalidRequestException;

/**
 * A config item.
 *
 * @param namespace the namespace (tenant); {@code ""} and {@code public} are the same default namespace
 * @param group the group, {@code DEFAULT_GROUP} when not given
 * @param dataId the data id
 */
public record ConfigKey(String namespace, String group, String dataId) {

    public static final String DEFAULT_NAMESPACE = "public";
    public static final String DEFAULT_GROUP = "DEFAULT_GROUP";

    /** The key for a tenant, group and data id as a client sends them. */
    public static ConfigKey of(String tenant, String group, String dataId) {
        if (dataId == null || dataId.isBlank()) {
            throw new InvalidRequestException("dataId is required");
        }
        return new ConfigKey(namespace(tenant), group == null || group.isBlank() ? DEFAULT_GROUP : group, dataId);
    }

    public static String namespace(String tenant) {
        return tenant == null || tenant.isBlank() ? DEFAULT_NAMESPACE : tenant;
    }
}
