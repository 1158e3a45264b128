package uk.datashares.config;

import org.junit.jupiter.api.Test;

import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

/** A start that failed for want of the database is told in one line, naming the server without its password. */
class DatabaseUnreachableExceptionTest {

    private static final String URL = "jdbc:postgresql://db.example:5432/nosuchdb?user=stats&password=s3cret";

    @Test
    void aDatabaseTheServerDoesNotHaveIsSaidInOneLine() {
        SQLException missing = new SQLException("FATAL: database \"nosuchdb\" does not exist", "3D000");
        RuntimeException startFailure = new RuntimeException("Error creating bean with name 'flywayInitializer'",
                new RuntimeException("Unable to obtain connection from database: FATAL: database \"nosuchdb\" does not exist\n"
                        + "-----\nSQL State  : 3D000", missing));

        assertThat(DatabaseUnreachableException.behind(startFailure, URL)).get()
                .extracting(Throwable::getMessage).asString()
                .startsWith("cannot connect to the database jdbc:postgresql://db.example:5432/nosuchdb")
                .contains(": FATAL: database \"nosuchdb\" does not exist. Check --db-url")
                .doesNotContain("s3cret").doesNotContain("\n");
    }

    @Test
    void refusedConnectionsAndCredentialsAreToo() {
        assertThat(DatabaseUnreachableException.behind(new SQLException("Connection refused", "08001"), URL)).isPresent();
        assertThat(DatabaseUnreachableException.behind(new SQLException("password authentication failed", "28P01"), URL)).isPresent();
    }

    @Test
    void anyOtherFailureIsNot() {
        assertThat(DatabaseUnreachableException.behind(new SQLException("relation does not exist", "42P01"), URL)).isEmpty();
        assertThat(DatabaseUnreachableException.behind(new IllegalStateException("no"), URL)).isEmpty();
    }
}
