package org.prefcenter.platform.persistence;

import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionCustomizer;

/**
 * EclipseLink only (named in persistence.xml; other providers ignore it). When the database is
 * unreachable, EclipseLink by default retries a failed query three times, five seconds apart, which
 * holds a request thread for ten seconds before its 503. The server's pool already validates every
 * connection it hands out and drops them all after a failure, so the retry buys nothing: fail at once
 * and let the client come back after Retry-After.
 */
public class FailFastOnLostDatabase implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        if (session.getDatasourceLogin() instanceof DatabaseLogin login) {
            login.setQueryRetryAttemptCount(0);
            login.setDelayBetweenConnectionAttempts(0);
        }
    }
}
