package org.prefcenter.platform.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.prefcenter.platform.config.Settings;

/**
 * References to this service's own resources, in {@code Location} and {@code Link}: the path (and
 * query) of the URI the request's {@code UriInfo} built, prefixed with the operator's
 * {@code prefcenter.public-base-url} when one is set, else left relative (RFC 9110 10.2.2 allows a
 * relative Location). Never scheme and authority from the request: those come from its Host header,
 * which any client writes ({@code Host: evil.example}).
 */
@ApplicationScoped
public class PublicUris {

    @Inject
    Settings settings;

    public String of(URI built) {
        String reference = built.getRawPath() + (built.getRawQuery() == null ? "" : "?" + built.getRawQuery());
        return settings.publicBaseUrl() + reference;
    }

    /**
     * A 201 naming the created resource. Set as a header, not with {@code created(URI)}: JAX-RS
     * resolves a relative URI there against the request's base URI, Host included (Jersey also does
     * so for the header unless told not to, see {@code PrefCenter}).
     */
    public Response.ResponseBuilder created(URI built) {
        return Response.status(Response.Status.CREATED).header(HttpHeaders.LOCATION, of(built));
    }
}
