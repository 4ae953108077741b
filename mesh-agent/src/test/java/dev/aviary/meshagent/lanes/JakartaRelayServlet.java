package dev.aviary.meshagent.lanes;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** A service on a jakarta container: calls the next service the way {@code ?via=} names. */
public class JakartaRelayServlet extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            response.getWriter().print(Calls.via(request.getParameter("via")));
        } catch (Exception e) {
            response.sendError(500, e.toString());
        }
    }
}
