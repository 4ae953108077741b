package dev.aviary.trafficpolicy;

/** Where a condition takes its value from. Header, cookie and query sources are named. */
public enum SourceKind {
    HEADER("header"),
    COOKIE("cookie"),
    QUERY("query"),
    CLIENT_IP("clientIp"),
    PATH("path");

    private final String jsonName;

    SourceKind(String jsonName) {
        this.jsonName = jsonName;
    }

    /** The key in the policy language. */
    public String jsonName() {
        return jsonName;
    }

    public boolean isNamed() {
        return this == HEADER || this == COOKIE || this == QUERY;
    }
}
