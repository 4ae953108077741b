package dev.aviary.trafficpolicy;

import java.net.InetAddress;

/** What a policy can see of a request. Every method returns null when the value is absent. */
public interface RequestView {

    /** The first value of the header; names are case-insensitive. */
    String header(String name);

    String cookie(String name);

    String query(String name);

    /** May be null when unknown. */
    InetAddress clientAddress();

    String path();
}
