package dev.aviary.trafficpolicy;

final class AnyMatcher implements Matcher {

    private final Matcher[] children;

    AnyMatcher(Matcher[] children) {
        this.children = children;
    }

    @Override
    public boolean matches(RequestView request) {
        for (Matcher child : children) {
            if (child.matches(request)) {
                return true;
            }
        }
        return false;
    }
}
