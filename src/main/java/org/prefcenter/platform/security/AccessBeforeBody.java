package org.prefcenter.platform.security;

import jakarta.annotation.Priority;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import java.util.Arrays;
import java.util.List;

/**
 * Role and client scope are checked before a request body is read, so that the contract's order
 * (401, 403, then the rest) holds for bodies too: a token that may not call a route never gets its
 * body parsed, whatever the body holds. The roles are the resource method's {@code @RolesAllowed}
 * (the EJBs check theirs again); the scope is checked for routes under {@code /{clientId}}. Runs
 * after {@code RequestParameters} (a clientId that is not a ClientId is a 400 first), and after
 * matching, before JAX-RS reads the entity.
 */
@Provider
@Priority(Priorities.USER + 100)
public class AccessBeforeBody implements ContainerRequestFilter {

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        if (resource == null || resource.getResourceMethod() == null) {
            return;
        }
        RolesAllowed roles = resource.getResourceMethod().getAnnotation(RolesAllowed.class);
        if (roles == null) {
            roles = resource.getResourceClass().getAnnotation(RolesAllowed.class);
        }
        SecurityContext caller = request.getSecurityContext();
        if (roles != null && Arrays.stream(roles.value()).noneMatch(caller::isUserInRole)) {
            throw AccessRefusals.rolesDoNotAllow();
        }
        Path path = resource.getResourceClass().getAnnotation(Path.class);
        if (path != null && path.value().startsWith("{clientId}")) {
            ClientScope scope = ClientScope.of(caller.getUserPrincipal());
            for (String clientId : request.getUriInfo().getPathParameters().getOrDefault("clientId", List.of())) {
                scope.actorFor(clientId);
            }
        }
    }
}
