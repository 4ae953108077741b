package dev.aviary.releaseapi.identity;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The users who can sign in with a password: local users, not service accounts. */
@Component
class LocalUsers implements UserDetailsService {

    private final PrincipalRepository principals;
    private final SignInAttempts attempts;

    LocalUsers(PrincipalRepository principals, SignInAttempts attempts) {
        this.principals = principals;
        this.attempts = attempts;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        PrincipalEntity user = principals
                .findById(username)
                .filter(p -> p.isUser() && p.passwordHash != null)
                .orElseThrow(() -> new UsernameNotFoundException("Bad credentials"));
        return User.withUsername(user.name)
                .password(user.passwordHash)
                .disabled(user.disabled)
                .accountLocked(attempts.isLocked(username))
                .authorities("USER")
                .build();
    }
}
