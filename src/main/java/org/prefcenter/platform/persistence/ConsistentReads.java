package org.prefcenter.platform.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Whether a read needs the row lock to see a profile as of one commit. On PostgreSQL every statement
 * of a READ COMMITTED transaction sees every commit that an earlier statement saw, so a version read
 * again after the profile's items proves that they belong to it; a lock there would cost every GET a
 * write-ahead-log flush at commit. Every other database keeps the lock: H2's later statements were
 * seen to miss part of a commit that an earlier statement had seen (docs/DECISIONS.md).
 */
@ApplicationScoped
public class ConsistentReads {

    private static final Logger LOG = Logger.getLogger(ConsistentReads.class.getName());

    @Inject
    DatabaseProduct database;

    private volatile boolean logged;

    public boolean withoutLock() {
        Optional<Boolean> postgreSql = database.isPostgreSql();
        if (!logged && postgreSql.isPresent()) {
            logged = true;
            LOG.info(postgreSql.get() ? "profiles are read without a row lock, their version checked again (PostgreSQL)"
                    : "profiles are read under a row lock");
        }
        // the lock is right on every database: while the database cannot say which it is, take it
        return postgreSql.orElse(false);
    }
}
