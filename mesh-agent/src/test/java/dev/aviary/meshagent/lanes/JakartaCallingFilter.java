package dev.aviary.meshagent.lanes;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import java.io.IOException;

/**
 * In front of the relay servlet: for {@code ?via=filter} it calls the next service itself and answers
 * without passing the request on; anything else goes on to the servlet.
 */
public class JakartaCallingFilter implements Filter {

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if ("filter".equals(request.getParameter("via"))) {
            response.getWriter().print(Calls.urlConnection(null));
        } else {
            chain.doFilter(request, response);
        }
    }
}
