package dev.aviary.meshagent.lanes;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import java.io.IOException;

/** A filter that calls the next service itself and answers without passing the request on to a servlet. */
public class JakartaCallingFilter implements Filter {

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException {
        response.getWriter().print(Calls.urlConnection(null));
    }
}
