package dev.aviary.meshagent.lanes;

import java.io.IOException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** A service on a javax container: calls the next service the way {@code ?via=} names. */
public class JavaxRelayServlet extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            response.getWriter().print(Calls.via(request.getParameter("via")));
        } catch (Exception e) {
            response.sendError(500, e.toString());
        }
    }
}
