package dev.aviary.lanedemo;

import com.alibaba.nacos.api.PropertyKeyConst;
import com.alibaba.nacos.api.exception.NacosException;
import com.alibaba.nacos.api.naming.NamingFactory;
import com.alibaba.nacos.api.naming.NamingService;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.apache.catalina.LifecycleException;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.core.StandardContext;
import org.apache.catalina.startup.Tomcat;
import org.apache.tomcat.util.modeler.Registry;

/**
 * One demo business service of the chain A → B → C: an embedded Tomcat answering {@code GET /hop}, a plain
 * Nacos registration, and a call to the next service. It knows nothing about lanes; the mesh agent, when
 * attached, carries the lane label through it.
 */
public final class LaneDemo implements AutoCloseable {

    /**
     * Tomcat logs every start and stop at INFO through java.util.logging, and a slow SecureRandom for session
     * ids (sessions this demo never uses) at WARNING; a demo shows only problems. Held in fields because
     * java.util.logging forgets the level of a logger nobody references.
     */
    private static final Logger TOMCAT_LOG = quiet("org.apache", Level.WARNING);

    private static final Logger SESSION_ID_LOG = quiet("org.apache.catalina.util.SessionIdGeneratorBase", Level.SEVERE);

    private final DemoSettings settings;
    private final NamingService naming;
    private final NextHop next;
    private final Tomcat tomcat;
    private final Path baseDir;
    private final int port;
    private final CountDownLatch closed = new CountDownLatch(1);

    private LaneDemo(DemoSettings settings, NamingService naming, NextHop next, Tomcat tomcat, Path baseDir, int port) {
        this.settings = settings;
        this.naming = naming;
        this.next = next;
        this.tomcat = tomcat;
        this.baseDir = baseDir;
        this.port = port;
    }

    /** Starts with {@code demo.*} settings from {@code properties} alone (for tests and embedding). */
    public static LaneDemo start(Map<String, String> properties) throws Exception {
        return start(DemoSettings.from(properties, Map.of()));
    }

    static LaneDemo start(DemoSettings settings) throws Exception {
        Properties nacos = new Properties();
        nacos.setProperty(PropertyKeyConst.SERVER_ADDR, settings.registry());
        NamingService naming = NamingFactory.createNamingService(nacos);
        NextHop next = nextHop(settings, naming);
        Tomcat tomcat = null;
        Path baseDir = Files.createTempDirectory("aviary-lane-demo-");
        try {
            tomcat = tomcat(settings, next, baseDir);
            tomcat.start();
            int port = tomcat.getConnector().getLocalPort();
            if (port <= 0) {
                throw new IOException("cannot listen on " + settings.ip() + ":" + settings.port());
            }
            // Plain registration: the mesh agent adds aviary.lane and aviary.version when it is attached.
            naming.registerInstance(settings.service(), settings.ip(), port);
            return new LaneDemo(settings, naming, next, tomcat, baseDir, port);
        } catch (Exception e) {
            stop(tomcat);
            if (next != null) {
                next.close();
            }
            naming.shutDown();
            delete(baseDir);
            throw e;
        }
    }

    private static NextHop nextHop(DemoSettings settings, NamingService naming) {
        if (settings.calls().isEmpty()) {
            return null;
        }
        if (settings.callMode() == CallMode.POOL_ASYNC) {
            return new PooledNextHop(naming, settings.calls());
        }
        return new SyncNextHop(naming, settings.calls(), new Random());
    }

    private static Tomcat tomcat(DemoSettings settings, NextHop next, Path baseDir) {
        // No JMX beans: several demos may share a JVM (tests), and start-up stays fast.
        Registry.disableRegistry();
        Tomcat tomcat = new Tomcat();
        tomcat.setBaseDir(baseDir.toString());
        Connector connector = new Connector("HTTP/1.1");
        connector.setPort(settings.port());
        connector.setProperty("address", settings.ip());
        connector.setProperty("maxThreads", "64");
        connector.setProperty("minSpareThreads", "4");
        connector.setProperty("tcpNoDelay", "true");
        tomcat.setConnector(connector);
        StandardContext context = (StandardContext) tomcat.addContext("", null);
        // Leak protection for redeployed web applications, which needs --add-opens and warns without it;
        // this JVM ends with its one context.
        context.setClearReferencesObjectStreamClassCaches(false);
        context.setClearReferencesRmiTargets(false);
        context.setClearReferencesThreadLocals(false);
        Tomcat.addServlet(context, "hop", new HopServlet(settings.service(), settings.version(), next));
        Tomcat.addServlet(context, "health", new HealthServlet());
        context.addServletMappingDecoded("/hop", "hop");
        context.addServletMappingDecoded("/health", "health");
        return tomcat;
    }

    /** The port it listens on (the free one picked when {@code demo.port} is 0). */
    public int port() {
        return port;
    }

    /** Deregisters, then stops serving. Safe to call more than once. */
    @Override
    public synchronized void close() {
        if (closed.getCount() == 0) {
            return;
        }
        try {
            naming.deregisterInstance(settings.service(), settings.ip(), port);
        } catch (NacosException e) {
            System.err.println("lane-demo " + settings.service() + ": could not deregister: " + e.getMessage());
        }
        stop(tomcat);
        if (next != null) {
            next.close();
        }
        try {
            naming.shutDown();
        } catch (NacosException e) {
            System.err.println("lane-demo " + settings.service() + ": " + e.getMessage());
        }
        delete(baseDir);
        closed.countDown();
    }

    private static void stop(Tomcat tomcat) {
        if (tomcat == null) {
            return;
        }
        try {
            tomcat.stop();
            tomcat.destroy();
        } catch (LifecycleException e) {
            System.err.println("lane-demo: could not stop Tomcat: " + e.getMessage());
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a temporary directory left behind is harmless
        }
    }

    private static Logger quiet(String name, Level level) {
        Logger logger = Logger.getLogger(name);
        logger.setLevel(level);
        return logger;
    }

    public static void main(String[] args) throws Exception {
        DemoSettings settings;
        try {
            settings = DemoSettings.from(systemProperties(), System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        LaneDemo demo;
        try {
            demo = start(settings);
        } catch (Exception e) {
            System.err.println("lane-demo " + settings.service() + ": cannot start: " + e.getMessage());
            System.exit(1);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(demo::close, "lane-demo-shutdown"));
        System.out.println("lane-demo " + settings.service() + " ready on port " + demo.port());
        // Tomcat's and nacos-client's threads are daemons: keep the JVM up until SIGTERM.
        demo.closed.await();
    }

    private static Map<String, String> systemProperties() {
        Map<String, String> properties = new HashMap<>();
        for (String name : System.getProperties().stringPropertyNames()) {
            properties.put(name, System.getProperty(name));
        }
        return properties;
    }
}
