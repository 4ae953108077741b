package dev.aviary.bootapp.balanced;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestTemplate;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * {@code GET /balanced?service=S&calls=N} calls {@code http://S/} N times with each client (for {@code orders} and
 * {@code ledger} also their Feign client) and answers one line per client: the distinct answers of the instances it
 * reached ({@code <instance>:<label it saw>}), or {@code refused: <message>} when a call failed.
 */
@RestController
public class BalancedController {

    private final RestClient restClient;
    private final RestTemplate restTemplate;
    private final WebClient webClient;

    private final Map<String, Supplier<String>> feignClients;

    public BalancedController(
            RestClient.Builder restClientBuilder,
            RestTemplate restTemplate,
            WebClient.Builder webClientBuilder,
            FeignClients.Orders orders,
            FeignClients.Ledger ledger) {
        this.restClient = restClientBuilder.build();
        this.restTemplate = restTemplate;
        this.webClient = webClientBuilder.build();
        this.feignClients = Map.of("orders", orders::get, "ledger", ledger::get);
    }

    @GetMapping("/balanced")
    public String balanced(@RequestParam String service, @RequestParam(defaultValue = "12") int calls) {
        String url = "http://" + service + "/";
        List<String> lines = new ArrayList<>();
        lines.add("rest-client=" + reached(calls, () -> restClient.get().uri(url).retrieve().body(String.class)));
        lines.add("rest-template=" + reached(calls, () -> restTemplate.getForObject(url, String.class)));
        lines.add("web-client=" + reached(
                calls, () -> webClient.get().uri(url).retrieve().bodyToMono(String.class).block()));
        Supplier<String> feign = feignClients.get(service);
        if (feign != null) {
            lines.add("feign=" + reached(calls, feign));
        }
        return String.join("\n", lines) + "\n";
    }

    private static String reached(int calls, Supplier<String> call) {
        TreeSet<String> answers = new TreeSet<>();
        try {
            for (int i = 0; i < calls; i++) {
                answers.add(call.get());
            }
            return String.join(",", answers);
        } catch (RuntimeException failed) {
            return "refused: " + rootCause(failed);
        }
    }

    /** The innermost cause, as {@code SimpleName: message}: clients wrap a refused choice each their own way. */
    private static String rootCause(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }
}
