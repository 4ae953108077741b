package dev.aviary.meshagent.clients;

import java.util.List;
import org.apache.http.client.methods.CloseableHttpResponse;
import org.apache.http.client.methods.HttpGet;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClients;
import org.apache.http.util.EntityUtils;

/** Apache HttpClient 4.3+ classic client, as {@code HttpClients.createDefault()} builds it. */
final class ApacheHttpClient4Calls implements ClientCalls {

    private final String url;
    private final CloseableHttpClient client = HttpClients.createDefault();
    private final HttpGet reused;

    ApacheHttpClient4Calls(String url) {
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
        try (CloseableHttpResponse response = client.execute(get)) {
            return new Outcome(EntityUtils.toString(response.getEntity()), null);
        }
    }
}
