package dev.aviary.registryclient;

import com.alibaba.nacos.api.PropertyKeyConst;
import com.alibaba.nacos.api.exception.NacosException;
import com.alibaba.nacos.api.naming.NamingFactory;
import com.alibaba.nacos.api.naming.NamingService;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;

/**
 * One connection to Nacos (or Aviary's development registry): registers this instance with its lane
 * and version, and hands out live {@link LaneDirectory} views, one per service, kept current by the
 * registry's pushes. Thread-safe; close it when the application stops (its instances then leave).
 */
public final class RegistryConnection implements AutoCloseable {

    private final NamingService naming;
    private final String group;
    private final ConcurrentMap<String, CompletableFuture<LaneDirectory>> directories =
            new ConcurrentHashMap<String, CompletableFuture<LaneDirectory>>();

    private RegistryConnection(NamingService naming, String group) {
        this.naming = naming;
        this.group = group;
    }

    /**
     * Connects to {@code serverAddr} ({@code host:port[,host:port]}, the Nacos HTTP port; gRPC is that
     * port + 1000) in {@code namespace} ({@code ""}: public) and {@code group} ({@code null}: the default).
     */
    public static RegistryConnection open(String serverAddr, String namespace, String group) throws RegistryException {
        Properties properties = new Properties();
        properties.setProperty(PropertyKeyConst.SERVER_ADDR, serverAddr);
        if (namespace != null && !namespace.isEmpty()) {
            properties.setProperty(PropertyKeyConst.NAMESPACE, namespace);
        }
        try {
            return new RegistryConnection(
                    NamingFactory.createNamingService(properties), group == null ? "DEFAULT_GROUP" : group);
        } catch (NacosException e) {
            throw new RegistryException("cannot connect to the registry at " + serverAddr, e);
        }
    }

    /**
     * Registers this process's instance of a service. As with Nacos itself, one connection holds one
     * instance per service: registering the service again replaces the earlier registration.
     */
    public void register(LaneInstance self) throws RegistryException {
        try {
            naming.registerInstance(self.service(), group, self.toNacos());
        } catch (NacosException e) {
            throw new RegistryException("cannot register " + self.service(), e);
        }
    }

    public void deregister(LaneInstance self) throws RegistryException {
        try {
            naming.deregisterInstance(self.service(), group, self.toNacos());
        } catch (NacosException e) {
            throw new RegistryException("cannot deregister " + self.service(), e);
        }
    }

    /**
     * The live view of {@code service}; the first call subscribes and loads it once, later calls
     * return the same view. A call made while another thread is still loading it waits for that load,
     * so no caller ever sees a view that is empty only because it has not been loaded yet.
     */
    public LaneDirectory watch(String service) throws RegistryException {
        CompletableFuture<LaneDirectory> loading = new CompletableFuture<LaneDirectory>();
        CompletableFuture<LaneDirectory> existing = directories.putIfAbsent(service, loading);
        if (existing != null) {
            return awaitLoaded(existing, service);
        }
        LaneDirectory created = new LaneDirectory(service);
        try {
            naming.subscribe(service, group, created);
            created.update(naming.selectInstances(service, group, true, false));
        } catch (NacosException e) {
            RegistryException failure = new RegistryException("cannot watch " + service, e);
            directories.remove(service, loading);
            loading.completeExceptionally(failure);
            throw failure;
        } catch (RuntimeException e) {
            directories.remove(service, loading);
            loading.completeExceptionally(e);
            throw e;
        }
        loading.complete(created);
        return created;
    }

    private static LaneDirectory awaitLoaded(CompletableFuture<LaneDirectory> loading, String service)
            throws RegistryException {
        try {
            return loading.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RegistryException("interrupted while " + service + " was being loaded", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RegistryException) {
                throw (RegistryException) e.getCause();
            }
            throw new RegistryException("cannot watch " + service, e.getCause());
        }
    }

    @Override
    public void close() throws RegistryException {
        try {
            naming.shutDown();
        } catch (NacosException e) {
            throw new RegistryException("cannot close the registry connection", e);
        }
    }
}
