package io.custos.app.migration;

import io.custos.platform.events.SchemaMigrated;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date before the application serves anything. One Flyway history; each
 * module owns {@code db/migration/<module>/V<module>_<nnn>__*.sql}, so migrations of a module may
 * arrive after a later module's (out of order) without colliding.
 */
@DataSourceDefinition(
        name = SchemaMigration.DATASOURCE,
        className = "com.mysql.cj.jdbc.MysqlDataSource",
        url = "${MPCONFIG=custos.db.url}",
        user = "${MPCONFIG=custos.db.user}",
        // MicroProfile Config reads an empty value as none: the default keeps an empty password empty.
        password = "${MPCONFIG=custos.db.password:}",
        minPoolSize = 2,
        maxPoolSize = 32,
        // Connector/J parses every statement client-side unless cached, and asks the server for
        // session state it already knows unless told to track it locally; a JDBC batch (EclipseLink
        // batch writing: a list's 50 audit exposures) goes as one multi-row statement, not one
        // round trip each (#18, docs/benchmarks.md).
        properties = {
            "characterEncoding=UTF-8",
            "connectionTimeZone=UTC",
            "forceConnectionTimeZoneToSession=true",
            "cachePrepStmts=true",
            "prepStmtCacheSize=500",
            "prepStmtCacheSqlLimit=4096",
            "useLocalSessionState=true",
            "cacheServerConfiguration=true",
            "elideSetAutoCommits=true",
            "maintainTimeStats=false",
            "rewriteBatchedStatements=true"
        })
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SchemaMigration {

    public static final String DATASOURCE = "java:app/jdbc/custos";
    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = DATASOURCE)
    DataSource dataSource;

    @Inject
    Event<SchemaMigrated> migrated;

    /**
     * {@code custos.migrate} ({@code CUSTOS_MIGRATE}): {@code true} migrates at start-up (one
     * instance, laptops, tests); {@code false} leaves it to a one-off job (Kubernetes, so that pods
     * never race); {@code only} migrates and exits: that job.
     */
    @Inject
    @ConfigProperty(name = "custos.migrate", defaultValue = "true")
    String mode;

    @PostConstruct
    void migrate() {
        if ("false".equalsIgnoreCase(mode)) {
            LOG.info("schema migration left to the migration job (custos.migrate=false)");
            migrated.fire(new SchemaMigrated(0));
            return;
        }
        MigrateResult result = Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .outOfOrder(true)
                .validateMigrationNaming(true)
                .load()
                .migrate();
        LOG.info(() -> "schema at version " + result.targetSchemaVersion + ", " + result.migrationsExecuted
                + " migration(s) applied");
        if ("only".equalsIgnoreCase(mode)) {
            LOG.info("custos.migrate=only: the schema is current, exiting");
            // A one-off job: exit once deployment has finished, with success.
            new Thread(() -> System.exit(0), "migration-job-exit").start();
            return;
        }
        migrated.fire(new SchemaMigrated(result.migrationsExecuted));
    }
}
