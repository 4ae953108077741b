package dev.aviary.devregistry.naming;

import dev.aviary.devregistry.remote.InvalidRequestException;

/**
 * A service: namespace, group and name, kept apart as the client sends them.
 *
 * @param namespace the namespace id; {@code ""} and {@code public} are the same default namespace
 * @param group the group, {@code DEFAULT_GROUP} when not given
 * @param name the service name
 */
public record ServiceKey(String namespace, String group, String name) {

    public static final String DEFAULT_NAMESPACE = "public";
    public static final String DEFAULT_GROUP = "DEFAULT_GROUP";

    public static ServiceKey of(String namespace, String group, String name) {
        if (name == null || name.isBlank()) {
            throw new InvalidRequestException("serviceName is required");
        }
        return new ServiceKey(namespace(namespace), group == null || group.isBlank() ? DEFAULT_GROUP : group, name);
    }

    /** The namespace id the registry stores, for one sent by a client. */
    public static String namespace(String namespace) {
        return namespace == null || namespace.isBlank() ? DEFAULT_NAMESPACE : namespace;
    }

    /** {@code group@@name}, as instances and the open API name a service. */
    public String groupedName() {
        return group + "@@" + name;
    }
}
