package dev.aviary.runtime.security;

import jakarta.servlet.DispatcherType;
import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every service is a resource server: {@code /api/**} needs a bearer credential, {@code /internal/**}
 * the platform's internal token; actuator, OpenAPI and anything else stay open. Stateless, no
 * cookies, so no CSRF. Permissions are checked by the service code through {@link Access}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SecurityProperties.class)
public class ServiceSecurity {

    @Bean
    @ConditionalOnMissingBean
    PrincipalDirectory principalDirectory(SecurityProperties properties) {
        return new ReleaseApiDirectory(properties, Clock.systemUTC());
    }

    @Bean
    @ConditionalOnMissingBean
    JwtDecoder jwtDecoder(SecurityProperties properties) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(properties.releaseApiUri() + "/oauth2/jwks")
                .build();
        decoder.setJwtValidator(
                JwtValidators.createDefaultWithIssuer(properties.issuer().toString()));
        return decoder;
    }

    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE - 100)
    SecurityFilterChain serviceApiSecurity(
            HttpSecurity http,
            SecurityProperties properties,
            JwtDecoder jwtDecoder,
            PrincipalDirectory directory,
            JsonMapper json) {
        SecurityProblems problems = new SecurityProblems(json);
        BearerAuthenticationFilter bearer =
                new BearerAuthenticationFilter(new BearerAuthentication(properties, jwtDecoder, directory), problems);
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(basic -> basic.disable())
                .formLogin(form -> form.disable())
                .logout(logout -> logout.disable())
                .requestCache(cache -> cache.disable())
                .addFilterBefore(bearer, AnonymousAuthenticationFilter.class)
                // An async dispatch (a long poll's answer) was authorized on its original request; the
                // stateless bearer filter does not run again for it, so it must not be checked again.
                .authorizeHttpRequests(requests -> requests.dispatcherTypeMatchers(DispatcherType.ASYNC)
                        .permitAll()
                        .requestMatchers("/internal/**")
                        .hasAuthority("PLATFORM")
                        .requestMatchers("/api/**")
                        .authenticated()
                        .anyRequest()
                        .permitAll())
                .exceptionHandling(
                        errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems));
        return http.build();
    }
}
