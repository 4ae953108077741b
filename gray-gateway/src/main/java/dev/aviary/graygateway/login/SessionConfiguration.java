package dev.aviary.graygateway.login;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.server.adapter.WebHttpHandlerBuilder;
import org.springframework.web.server.session.CookieWebSessionIdResolver;
import org.springframework.web.server.session.DefaultWebSessionManager;
import org.springframework.web.server.session.InMemoryWebSessionStore;
import org.springframework.web.server.session.WebSessionIdResolver;
import org.springframework.web.server.session.WebSessionManager;

/**
 * The console's session: the only thing the browser holds. Kept in memory on purpose (the edge has no
 * database); a restart of the edge signs everyone out.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "aviary.edge.login.enabled", matchIfMissing = true)
class SessionConfiguration {

    @Bean
    WebSessionIdResolver webSessionIdResolver() {
        var cookie = new CookieWebSessionIdResolver();
        cookie.setCookieName(EdgeCookiesWithheld.SESSION_COOKIE);
        // Secure is left to the resolver, which sets it when the request came over https.
        cookie.addCookieInitializer(builder -> builder.httpOnly(true).sameSite("Lax"));
        return cookie;
    }

    @Bean(WebHttpHandlerBuilder.WEB_SESSION_MANAGER_BEAN_NAME)
    WebSessionManager webSessionManager(WebSessionIdResolver webSessionIdResolver, LoginProperties login) {
        var store = new InMemoryWebSessionStore();
        store.setDefaultMaxIdleTime(login.sessionIdleTimeout());
        var sessions = new DefaultWebSessionManager();
        sessions.setSessionStore(store);
        sessions.setSessionIdResolver(webSessionIdResolver);
        return sessions;
    }
}
