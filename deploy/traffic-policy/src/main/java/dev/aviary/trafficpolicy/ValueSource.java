package dev.aviary.trafficpolicy;

/** Reads a condition's value from a request; null when absent. */
@FunctionalInterface
interface ValueSource {

    String read(RequestView request);

    static ValueSource of(Source source) {
        String name = source.name();
        switch (source.kind()) {
            case HEADER:
                return request -> request.header(name);
            case COOKIE:
                return request -> request.cookie(name);
            case QUERY:
                return request -> request.query(name);
            case PATH:
                return RequestView::path;
            default:
                throw new IllegalArgumentException(source.kind() + " has no text value");
        }
    }
}
