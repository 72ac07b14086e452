package org.prefcenter.platform.security;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;

/**
 * Every API request needs a verified bearer token, checked before anything else about the request
 * (its route, parameters or body), so that the contract's order holds: 401, then 403, then the rest.
 * A presented but invalid token never gets here: the MP-JWT mechanism refuses it (see the error page).
 */
@Provider
@PreMatching
public class AuthenticationRequired implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getSecurityContext().getUserPrincipal() == null) {
            throw AccessRefusals.noToken();
        }
    }
}
