package dev.aviary.meshagent.clients;

import java.util.List;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.core5.http.io.entity.EntityUtils;

/** Apache HttpClient 5.x classic client, as {@code HttpClients.createDefault()} builds it. */
final class ApacheHttpClient5Calls implements ClientCalls {

    private final String url;
    private final CloseableHttpClient client = HttpClients.createDefault();
    private final HttpGet reused;

    ApacheHttpClient5Calls(String url) {
        this.url = url;
        this.reused = new HttpGet(url);
    }

    @Override
    public List<String> ways() {
        return List.of("execute", "execute-reused");
    }

    @Override
    public Outcome call(String way, String explicitLabel) throws Exception {
        HttpGet get = way.endsWith("-reused") ? reused : new HttpGet(url);
        if (explicitLabel != null) {
            get.setHeader(HEADER, explicitLabel);
        }
        return new Outcome(client.execute(get, response -> EntityUtils.toString(response.getEntity())), null);
    }
}
