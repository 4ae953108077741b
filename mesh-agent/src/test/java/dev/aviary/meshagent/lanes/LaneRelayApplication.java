package dev.aviary.meshagent.lanes;

import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.apache.catalina.Context;
import org.apache.catalina.startup.Tomcat;
import org.apache.tomcat.util.descriptor.web.FilterDef;
import org.apache.tomcat.util.descriptor.web.FilterMap;

/**
 * A service in an embedded Tomcat (the class path decides which: 9 for {@code javax}, 11 for
 * {@code jakarta}) between a client and a downstream service. Sends it requests with and without a label
 * and prints, per way of calling downstream, the label downstream saw: {@code result <case> <way> <label>}.
 * Arguments: {@code jakarta|javax [way,way,...]} (all ways of {@link Calls} by default).
 *
 * <p>Only the Tomcat API common to 9 and 11 is used (servlets added by class name), so one class serves
 * both.
 */
public final class LaneRelayApplication {

    public static void main(String[] args) throws Exception {
        boolean javax = args.length > 0 && args[0].equals("javax");
        String[] ways = args.length > 1 ? args[1].split(",") : javax ? new String[] {"url", "explicit"} : Calls.WAYS;
        DownstreamServer downstream = DownstreamServer.start();
        Calls.downstream = downstream.url();
        Tomcat tomcat = new Tomcat();
        tomcat.setBaseDir(Files.createTempDirectory("lane-relay").toString());
        tomcat.setPort(0);
        Context context = tomcat.addContext("", null);
        Tomcat.addServlet(context, "relay", (javax ? JavaxRelayServlet.class : JakartaRelayServlet.class).getName());
        context.addServletMappingDecoded("/relay", "relay");
        if (!javax) {
            FilterDef filter = new FilterDef();
            filter.setFilterName("calling");
            filter.setFilterClass(JakartaCallingFilter.class.getName());
            context.addFilterDef(filter);
            FilterMap mapping = new FilterMap();
            mapping.setFilterName("calling");
            mapping.addURLPattern("/relay");
            context.addFilterMap(mapping);
        }
        tomcat.getConnector();
        tomcat.start();
        String relay = "http://127.0.0.1:" + tomcat.getConnector().getLocalPort() + "/relay?via=";
        try {
            for (String way : ways) {
                System.out.println("result labelled-gray " + way + " " + get(relay + way, "gray"));
                System.out.println("result labelled-feature-x " + way + " " + get(relay + way, "feature-x"));
                System.out.println("result unlabelled " + way + " " + get(relay + way, null));
            }
            if (!javax && args.length == 1) {
                // The requests are over: work handed off now, from a thread with no lane, must see none,
                // though the pools' threads served gray requests a moment ago.
                for (String way : Calls.HAND_OFFS) {
                    System.out.println("result after-requests " + way + " " + Calls.via(way));
                }
            }
            System.out.println("lane relay application ran");
        } finally {
            System.out.flush();
            // No orderly shutdown: stopping the JDK's HttpServer alone takes a second, and nothing is kept.
            Runtime.getRuntime().halt(0);
        }
    }

    private static String get(String url, String label) throws Exception {
        HttpURLConnection connection =
                (HttpURLConnection) URI.create(url).toURL().openConnection();
        if (label != null) {
            connection.setRequestProperty("x-aviary-lane", label);
        }
        int status = connection.getResponseCode();
        InputStream body = status < 400 ? connection.getInputStream() : connection.getErrorStream();
        try (InputStream in = body) {
            String text = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return status == 200 ? text : "error-" + status + ":" + text.replace('\n', ' ');
        }
    }
}
