package org.prefcenter.profiles.control;

import org.prefcenter.clients.control.ClientDirectory;
import org.prefcenter.clients.entity.Client;
import org.prefcenter.platform.security.ClientScope;

/**
 * Who calls for which client: the token's user, and the client's configuration. The scope check
 * (403) comes before the client lookup (404), as the contract orders them.
 */
public record Caller(String actor, Client client) {

    public static Caller of(String clientId, ClientScope scope, ClientDirectory clients) {
        String actor = scope.actorFor(clientId);
        return new Caller(actor, clients.configuration(clientId));
    }
}
