package dev.aviary.bootapp;

import org.springframework.core.env.Environment;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * The downstream service, called with a {@code RestClient} on the JDK's {@code java.net.http.HttpClient}.
 * The factory is named rather than detected: in the Jetty applications jetty-client is on the class path
 * (Boot's Jetty starter brings it for WebSocket), and {@code RestClient.create()} would pick it, a client
 * the agent does not label yet.
 */
@Component
public class Downstream {

    private final RestClient restClient =
            RestClient.builder().requestFactory(new JdkClientHttpRequestFactory()).build();
    private final String url;

    public Downstream(Environment environment) {
        this.url = environment.getRequiredProperty("relay.downstream");
    }

    public String call() {
        return restClient.get().uri(url).retrieve().body(String.class);
    }
}
