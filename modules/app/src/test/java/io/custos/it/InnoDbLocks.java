package io.custos.it;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The database server's count of row-lock waits and deadlocks so far: a test takes one before and
 * one after its requests to show they never waited on (or deadlocked with) each other. Against a
 * shared external server they count other databases' work too; the embedded database has none.
 */
record InnoDbLocks(long deadlocks, long waits) {

    static InnoDbLocks now() {
        long deadlocks = 0;
        long waits = 0;
        try (Connection db = ItEnvironment.database();
                Statement status = db.createStatement();
                ResultSet rows = status.executeQuery("SHOW GLOBAL STATUS WHERE Variable_name IN"
                        + " ('Innodb_deadlocks', 'Innodb_row_lock_waits')")) {
            while (rows.next()) {
                switch (rows.getString(1)) {
                    case "Innodb_deadlocks" -> deadlocks = rows.getLong(2);
                    case "Innodb_row_lock_waits" -> waits = rows.getLong(2);
                    default -> {}
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the InnoDB lock counters", e);
        }
        return new InnoDbLocks(deadlocks, waits);
    }

    /** What happened since {@code before}. */
    InnoDbLocks since(InnoDbLocks before) {
        return new InnoDbLocks(deadlocks - before.deadlocks, waits - before.waits);
    }
}
