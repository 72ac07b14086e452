package org.prefcenter.platform.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The console (webapp/) runs only what this WAR serves: no inline script or style, no other host.
 * Every response carries the policy: the API's too, where it costs nothing, so that no path of the
 * console can be served without it. Likewise {@code Cache-Control: no-store} on everything the WAR
 * serves, the console's files and the error pages included (the API's answers get it from
 * {@link NoStore} too): the console shows personal data, and no cache has to tell the two apart.
 */
@WebFilter("/*")
public class ContentSecurityPolicy extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String POLICY = "default-src 'self'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Content-Security-Policy", POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "no-store");
        chain.doFilter(request, response);
    }
}
