package dev.aviary.trafficpolicy;

/**
 * A version as written in a range: {@code [v]major[.minor[.patch]][-prerelease][+build]}; missing minor and
 * patch are 0, build metadata is ignored.
 *
 * @param prerelease empty when there is none
 */
record SemanticVersion(long major, long minor, long patch, String prerelease) {

    static final int MAX_DIGITS = 18;

    static SemanticVersion parse(String text) {
        int position = text.startsWith("v") || text.startsWith("V") ? 1 : 0;
        long[] numbers = new long[3];
        String[] names = {"major", "minor", "patch"};
        for (int i = 0; i < 3; i++) {
            if (i > 0) {
                if (position == text.length() || text.charAt(position) != '.') {
                    break;
                }
                position++;
            }
            int end = VersionText.digitsEnd(text, position);
            if (end == position || end - position > MAX_DIGITS) {
                int partEnd = partEnd(text, position);
                String part = text.substring(position, partEnd);
                throw new IllegalArgumentException(
                        part.equals("x") || part.equals("X") || part.equals("*")
                                ? JsonTypes.quote(text)
                                        + ": wildcards are not supported; write >=5.0.0 <6 instead of 5.x"
                                : JsonTypes.quote(text) + ": " + names[i] + " "
                                        + (part.isEmpty() ? "is missing" : JsonTypes.quote(part) + " is not a number"));
            }
            numbers[i] = VersionText.digitsValue(text, position, end);
            position = end;
        }
        String prerelease = "";
        if (position < text.length() && text.charAt(position) == '-') {
            int end = VersionText.identifiersEnd(text, position + 1);
            if (end < 0) {
                throw new IllegalArgumentException(JsonTypes.quote(text) + ": invalid prerelease");
            }
            prerelease = text.substring(position + 1, end);
            position = end;
        }
        if (position < text.length() && text.charAt(position) == '+') {
            int end = VersionText.identifiersEnd(text, position + 1);
            if (end < 0) {
                throw new IllegalArgumentException(JsonTypes.quote(text) + ": invalid build metadata");
            }
            position = end;
        }
        if (position != text.length()) {
            throw new IllegalArgumentException(
                    JsonTypes.quote(text) + ": unexpected " + JsonTypes.quote(text.substring(position)));
        }
        return new SemanticVersion(numbers[0], numbers[1], numbers[2], prerelease);
    }

    private static int partEnd(String text, int from) {
        int end = from;
        while (end < text.length() && text.charAt(end) != '.' && text.charAt(end) != '-' && text.charAt(end) != '+') {
            end++;
        }
        return end;
    }
}
