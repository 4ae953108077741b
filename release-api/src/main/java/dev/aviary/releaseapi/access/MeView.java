package dev.aviary.releaseapi.access;

import java.util.List;

/** {@code GET /api/v1/users/me}: who the caller is and what it may do. */
record MeView(
        String username,
        String displayName,
        String email,
        String kind,
        boolean admin,
        boolean auditor,
        String authentication,
        List<ProjectAccess> projects) {

    record ProjectAccess(String key, String role, boolean production) {}
}
