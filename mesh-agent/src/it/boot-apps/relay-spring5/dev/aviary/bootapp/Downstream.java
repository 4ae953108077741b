package dev.aviary.bootapp;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestTemplate;

/** The downstream service, called with a plain {@code RestTemplate} (Spring 5: HttpURLConnection). */
@Component
public class Downstream {

    private final RestTemplate restTemplate = new RestTemplate();
    private final String url;

    public Downstream(Environment environment) {
        this.url = environment.getRequiredProperty("relay.downstream");
    }

    public String call() {
        return restTemplate.getForObject(url, String.class);
    }
}
