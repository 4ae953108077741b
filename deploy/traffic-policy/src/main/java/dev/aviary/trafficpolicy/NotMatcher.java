package dev.aviary.trafficpolicy;

final class NotMatcher implements Matcher {

    private final Matcher negated;

    NotMatcher(Matcher negated) {
        this.negated = negated;
    }

    @Override
    public boolean matches(RequestView request) {
        return !negated.matches(request);
    }
}
