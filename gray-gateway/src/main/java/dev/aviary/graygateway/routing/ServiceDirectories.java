package dev.aviary.graygateway.routing;

import dev.aviary.graygateway.traffic.GatewayProperties;
import dev.aviary.registryclient.LaneDirectory;
import dev.aviary.registryclient.RegistryConnection;
import dev.aviary.registryclient.RegistryException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The registry as lane routing sees it: one connection for the gateway, opened on the first {@code lb://} request,
 * and one live view per service, subscribed on the service's first request. Subscribing talks to the registry,
 * so it runs off the event loop; every later request reads the view in memory.
 */
final class ServiceDirectories implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ServiceDirectories.class);

    /** nacos-client's own switch: without it, it installs its own logback configuration and log files. */
    private static final String NACOS_DEFAULT_LOGGING = "nacos.logging.default.config.enabled";

    private final GatewayProperties.Registry settings;
    private final ConcurrentMap<String, LaneDirectory> watched = new ConcurrentHashMap<>();
    private RegistryConnection connection;

    ServiceDirectories(GatewayProperties.Registry settings) {
        this.settings = settings;
    }

    /** The service's view if it is watched already, else null. */
    LaneDirectory watched(String service) {
        return watched.get(service);
    }

    /** The service's view, subscribing first when needed (on a thread that may block). */
    Mono<LaneDirectory> watch(String service) {
        return Mono.fromCallable(() -> subscribe(service)).subscribeOn(Schedulers.boundedElastic());
    }

    private LaneDirectory subscribe(String service) throws RegistryException {
        LaneDirectory known = watched.get(service);
        if (known != null) {
            return known;
        }
        LaneDirectory directory = connection().watch(service);
        if (watched.putIfAbsent(service, directory) == null) {
            log.info(
                    "watching {} in the registry at {}: healthy instances by lane {}",
                    service,
                    settings.serverAddr(),
                    directory.byLane().keySet());
        }
        return directory;
    }

    private synchronized RegistryConnection connection() throws RegistryException {
        if (connection == null) {
            if (System.getProperty(NACOS_DEFAULT_LOGGING) == null) {
                System.setProperty(NACOS_DEFAULT_LOGGING, "false");
            }
            String namespace = "public".equals(settings.namespace()) ? "" : settings.namespace();
            connection = RegistryConnection.open(settings.serverAddr(), namespace, settings.group());
            log.info(
                    "connected to the registry at {} (namespace {}, group {})",
                    settings.serverAddr(),
                    settings.namespace(),
                    settings.group());
        }
        return connection;
    }

    @Override
    public synchronized void destroy() throws RegistryException {
        if (connection != null) {
            connection.close();
            connection = null;
        }
    }
}
