package org.prefcenter;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import org.eclipse.microprofile.auth.LoginConfig;
import org.prefcenter.platform.security.Roles;

/**
 * The JAX-RS application: every resource lives under {@code /Profiles/v4}.
 *
 * <p>It must be a CDI bean: MicroProfile JWT stays silently inactive otherwise. The OpenAPI document
 * is the static {@code META-INF/openapi.yaml}, because annotation scanning would describe JSON-B's
 * Java property names rather than the PascalCase names on the wire.
 */
@ApplicationPath("v4")
@ApplicationScoped
@LoginConfig(authMethod = "MP-JWT")
@DeclareRoles({Roles.PROFILE_READER, Roles.PROFILE_EDITOR, Roles.CLIENT_ADMIN, Roles.SYSTEM_ADMIN})
public class PrefCenter extends Application {

    /**
     * Jersey's (Payara's) own switches; other implementations ignore them. WADL off: it described the
     * whole resource model and Jersey's version to any caller (OPTIONS, /application.wadl). Location
     * left as set: Jersey would resolve a relative one against the request's Host (see PublicUris).
     */
    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jersey.config.server.wadl.disableWadl", true,
                "jersey.config.server.headers.location.relative.resolution.disabled", true);
    }
}
