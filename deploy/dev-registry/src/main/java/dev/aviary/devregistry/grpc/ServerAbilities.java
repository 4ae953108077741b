package dev.aviary.devregistry.grpc;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aviary.devregistry.remote.Json;

/** The ability table sent in {@code SetupAckRequest}. */
final class ServerAbilities {

    private ServerAbilities() {}

    static ObjectNode table() {
        ObjectNode table = Json.object();
        // Routes persistent (ephemeral=false) registrations over gRPC, where the client gets a clear
        // "not supported" error, instead of the HTTP open API.
        table.put("supportPersistentInstanceByGrpc", true);
        // 3.x features: false makes the client refuse them locally with its own message.
        table.put("fuzzyWatch", false);
        table.put("lock", false);
        table.put("mcp", false);
        table.put("agent", false);
        return table;
    }
}
