package dev.aviary.devregistry.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aviary.devregistry.config.ConfigKey;
import dev.aviary.devregistry.config.ConfigStore;
import dev.aviary.devregistry.config.StoredConfig;
import dev.aviary.devregistry.remote.Json;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * {@code GET /nacos/v1/cs/configs} as in the Nacos v1 open API: with a dataId, the content itself (404
 * when missing); with {@code search=accurate|blur} (or no dataId), a page of items, {@code *} matching
 * anything in blur mode.
 */
final class ConfigViews {

    private final ConfigStore store;

    ConfigViews(ConfigStore store) {
        this.store = store;
    }

    Map<String, Route> all() {
        return Map.of("/nacos/v1/cs/configs", this::configs);
    }

    private HttpReply configs(QueryString query) {
        if (query.has("search") || query.get("dataId", "").isEmpty()) {
            return page(query);
        }
        ConfigKey key = ConfigKey.of(query.get("tenant", ""), query.get("group", ""), query.get("dataId", ""));
        return store.get(key)
                .map(config -> HttpReply.text(200, config.content()))
                .orElseGet(() -> HttpReply.text(404, "config data not exist"));
    }

    private HttpReply page(QueryString query) {
        boolean blur = "blur".equals(query.get("search", "blur"));
        String namespace = ConfigKey.namespace(query.get("tenant", ""));
        Predicate<String> group = matcher(query.get("group", ""), blur);
        Predicate<String> dataId = matcher(query.get("dataId", ""), blur);
        List<Map.Entry<ConfigKey, StoredConfig>> found = store.find(
                key -> key.namespace().equals(namespace) && group.test(key.group()) && dataId.test(key.dataId()));
        int pageSize = Math.max(1, query.getInt("pageSize", 100));
        int pageNo = Math.max(1, query.getInt("pageNo", 1));
        ObjectNode body = Json.object();
        body.put("totalCount", found.size());
        body.put("pageNumber", pageNo);
        body.put("pagesAvailable", (found.size() + pageSize - 1) / pageSize);
        ArrayNode items = body.putArray("pageItems");
        found.stream().skip((long) (pageNo - 1) * pageSize).limit(pageSize).forEach(entry -> {
            ObjectNode item = items.addObject();
            item.put("dataId", entry.getKey().dataId());
            item.put("group", entry.getKey().group());
            item.put("tenant", entry.getKey().namespace());
            item.put("content", entry.getValue().content());
            item.put("md5", entry.getValue().md5());
            item.put("type", entry.getValue().type());
            item.put("appName", entry.getValue().appName());
        });
        return HttpReply.json(200, body);
    }

    private static Predicate<String> matcher(String pattern, boolean blur) {
        if (pattern.isEmpty()) {
            return value -> true;
        }
        if (!blur) {
            return pattern::equals;
        }
        String regex = ("\\Q" + pattern.replace("*", "\\E.*\\Q") + "\\E").replace("\\Q\\E", "");
        return Pattern.compile(regex).asMatchPredicate();
    }
}
