package org.prefcenter.platform.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;

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

    @Resource(lookup = "jdbc/prefcenter")
    DataSource database;

    private volatile Boolean withoutLock;

    public boolean withoutLock() {
        Boolean known = withoutLock;
        if (known == null) {
            try (Connection connection = database.getConnection()) {
                known = "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
            } catch (SQLException unknown) {
                return false; // the lock is right on every database; asked again next time
            }
            withoutLock = known;
            LOG.info(known ? "profiles are read without a row lock, their version checked again (PostgreSQL)"
                    : "profiles are read under a row lock");
        }
        return known;
    }
}
