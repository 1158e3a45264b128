package uk.datashares.cli;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import uk.datashares.DatasharesApplication;
import uk.datashares.config.DatabaseUnreachableException;
import uk.datashares.config.EmbeddedDatabase;
import uk.datashares.config.JdbcUrls;
import uk.datashares.reference.ReferenceTableException;

/** The running application: its database (embedded or external) and its Spring context. */
final class Application implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Application.class);

    private final EmbeddedDatabase embedded;
    private final ConfigurableApplicationContext context;

    private Application(EmbeddedDatabase embedded, ConfigurableApplicationContext context) {
        this.embedded = embedded;
        this.context = context;
    }

    static Application start(DatabaseOptions database, FolderOptions folders) throws IOException {
        Map<String, Object> properties = new HashMap<>();
        EmbeddedDatabase embedded = null;
        String url = database.url();
        if (url == null) {
            embedded = EmbeddedDatabase.start(database.dataDir);
            properties.put("spring.datasource.url", embedded.jdbcUrl());
            properties.put("spring.datasource.username", embedded.user());
            LOG.info("Database: embedded PostgreSQL, data in {}", database.dataDir.resolve("db").toAbsolutePath());
        } else {
            properties.put("spring.datasource.url", url);
            String user = System.getenv("DATASHARES_DB_USER");
            String password = System.getenv("DATASHARES_DB_PASSWORD");
            if (user != null) {
                properties.put("spring.datasource.username", user);
            }
            if (password != null) {
                properties.put("spring.datasource.password", password);
            }
            LOG.info("Database: {}", JdbcUrls.redact(url));
        }
        if (java.nio.file.Files.isRegularFile(DatasharesCli.JOB_SETTINGS)) {
            properties.put("spring.config.import", "optional:file:" + DatasharesCli.JOB_SETTINGS);
        }
        if (folders != null) {
            properties.put("datashares.reference-dir", folders.reference.toString());
        }
        try {
            ConfigurableApplicationContext context = new SpringApplicationBuilder(DatasharesApplication.class)
                    .web(WebApplicationType.NONE)
                    .logStartupInfo(false)
                    .properties(properties)
                    .run();
            return new Application(embedded, context);
        } catch (RuntimeException e) {
            if (embedded != null) {
                embedded.close();
            }
            // A mistake in a mapping table is an operator's edit, said in one line with its file and line.
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof ReferenceTableException tables) {
                    throw tables;
                }
            }
            LOG.debug("datashares could not start", e);
            if (url != null) {
                Optional<DatabaseUnreachableException> unreachable = DatabaseUnreachableException.behind(e, url);
                if (unreachable.isPresent()) {
                    throw unreachable.get();
                }
            }
            throw e;
        }
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    @Override
    public void close() throws IOException {
        try {
            context.close();
        } finally {
            if (embedded != null) {
                embedded.close();
            }
        }
    }
}
