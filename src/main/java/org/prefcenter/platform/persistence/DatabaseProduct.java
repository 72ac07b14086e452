package org.prefcenter.platform.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;

/** Which database the data source reaches, for the few places whose SQL or guarantees differ. */
@ApplicationScoped
public class DatabaseProduct {

    @Resource(lookup = "jdbc/prefcenter")
    DataSource database;

    private volatile Boolean postgreSql;

    /** Asked of the database once it answers; until then (it is down) empty, asked again next time. */
    public Optional<Boolean> isPostgreSql() {
        Boolean known = postgreSql;
        if (known == null) {
            try (Connection connection = database.getConnection()) {
                known = "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
            } catch (SQLException unknown) {
                return Optional.empty();
            }
            postgreSql = known;
        }
        return Optional.of(known);
    }
}
