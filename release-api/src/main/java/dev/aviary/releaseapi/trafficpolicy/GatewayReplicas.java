package dev.aviary.releaseapi.trafficpolicy;

/** How many replicas of a gateway were seen recently; implemented by the gateway feed. */
public interface GatewayReplicas {

    int recentlySeen(String gateway);
}
