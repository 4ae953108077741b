package dev.aviary.lanedemo;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code GET /hop}: one line, {@code <service>@<version>[<label>]} for this hop, then {@code " > "} and the
 * next hop's answer. 502 when the next hop could not be had, with the reason at the end of the line.
 */
final class HopServlet extends HttpServlet {

    /** The lane label header, read here only to report it. */
    static final String LABEL_HEADER = "x-aviary-lane";

    private static final long serialVersionUID = 1L;

    private final String service;
    private final String version;
    private final transient NextHop next;

    /** {@code next} is null for the last hop. */
    HopServlet(String service, String version, NextHop next) {
        this.service = service;
        this.version = version;
        this.next = next;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // Reported, never passed on: carrying the label to the next hop is the mesh agent's job, and a
        // demo that did it itself would prove nothing about the agent.
        String label = request.getHeader(LABEL_HEADER);
        String self = service + "@" + version + "[" + (label == null || label.isEmpty() ? "-" : label) + "]";
        if (next == null) {
            PlainText.write(response, HttpServletResponse.SC_OK, self);
            return;
        }
        HopAnswer answer = next.ask();
        PlainText.write(
                response,
                answer.ok() ? HttpServletResponse.SC_OK : HttpServletResponse.SC_BAD_GATEWAY,
                self + " > " + answer.text());
    }
}
