package org.prefcenter.platform.http;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Map;
import org.prefcenter.platform.rules.Refusal;
import org.prefcenter.platform.rules.ClientIds;
import org.prefcenter.platform.rules.Text;

/**
 * Path segments and query parameters are checked before any of them reaches a query or an error
 * detail: each at most {@value #MAX_LENGTH} characters of valid Unicode without control characters,
 * and the path's clientId a valid ClientId. Runs after authentication (401 first), before the
 * resource method.
 */
@Provider
@Priority(Priorities.USER)
public class RequestParameters implements ContainerRequestFilter {

    /** As long as the longest value any parameter names: an AlternateId. */
    public static final int MAX_LENGTH = 256;

    @Override
    public void filter(ContainerRequestContext request) {
        MultivaluedMap<String, String> path = request.getUriInfo().getPathParameters(true);
        check("path segment", path);
        check("query parameter", request.getUriInfo().getQueryParameters(true));
        for (String clientId : path.getOrDefault("clientId", List.of())) {
            if (!ClientIds.isValid(clientId)) {
                throw Refusal.of(Refusal.Kind.INVALID, "the clientId '" + Text.excerpt(clientId) + "' is not a ClientId: 1 to "
                        + ClientIds.MAX_LENGTH + " ASCII letters, digits, '-' or '_'");
            }
        }
    }

    private static void check(String what, MultivaluedMap<String, String> parameters) {
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            for (String value : parameter.getValue()) {
                String problem = problemWith(value);
                if (problem != null) {
                    throw Refusal.of(Refusal.Kind.INVALID, "the " + what + " " + Text.excerpt(parameter.getKey()) + " "
                            + problem);
                }
            }
        }
    }

    private static String problemWith(String value) {
        if (value.chars().anyMatch(Character::isISOControl)) {
            return "must not contain control characters";
        }
        return Text.problemWith(value, 0, MAX_LENGTH);
    }
}
