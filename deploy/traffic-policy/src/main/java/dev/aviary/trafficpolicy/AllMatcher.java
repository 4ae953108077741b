package dev.aviary.trafficpolicy;

final class AllMatcher implements Matcher {

    private final Matcher[] children;

    AllMatcher(Matcher[] children) {
        this.children = children;
    }

    @Override
    public boolean matches(RequestView request) {
        for (Matcher child : children) {
            if (!child.matches(request)) {
                return false;
            }
        }
        return true;
    }
}
