package dev.aviary.devregistry.compat;

import com.alibaba.nacos.api.NacosFactory;
import com.alibaba.nacos.api.PropertyKeyConst;
import com.alibaba.nacos.api.config.ConfigService;
import com.alibaba.nacos.api.exception.NacosException;
import com.alibaba.nacos.api.naming.NamingService;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/** Real nacos-client NamingService and ConfigService instances for one test, all shut down after it. */
final class NacosClients implements AutoCloseable {

    private final String serverAddr;
    private final List<AutoCloseable> opened = new ArrayList<>();

    NacosClients(String serverAddr) {
        this.serverAddr = serverAddr;
    }

    NamingService naming() throws NacosException {
        return naming("");
    }

    NamingService naming(String namespace) throws NacosException {
        NamingService naming = NacosFactory.createNamingService(properties(namespace));
        opened.add(naming::shutDown);
        return naming;
    }

    ConfigService config() throws NacosException {
        return config("");
    }

    ConfigService config(String namespace) throws NacosException {
        ConfigService config = NacosFactory.createConfigService(properties(namespace));
        opened.add(config::shutDown);
        return config;
    }

    private Properties properties(String namespace) {
        Properties properties = new Properties();
        properties.setProperty(PropertyKeyConst.SERVER_ADDR, serverAddr);
        if (!namespace.isEmpty()) {
            properties.setProperty(PropertyKeyConst.NAMESPACE, namespace);
        }
        return properties;
    }

    @Override
    public void close() throws Exception {
        for (AutoCloseable client : opened) {
            client.close(); // shutting down twice (a test already did) is harmless
        }
    }
}
