package dev.aviary.bootapp.balanced;

import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.GetMapping;

/** OpenFeign clients of the two services (Feign's default client: {@code HttpURLConnection}). */
final class FeignClients {

    private FeignClients() {}

    @FeignClient(name = "orders", contextId = "orders")
    interface Orders {
        @GetMapping("/")
        String get();
    }

    @FeignClient(name = "ledger", contextId = "ledger")
    interface Ledger {
        @GetMapping("/")
        String get();
    }
}
