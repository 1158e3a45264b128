package uk.datashares.support;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import uk.datashares.DatasharesApplication;

/**
 * Base of tests that need the application and its database: one Spring context on the shared
 * embedded PostgreSQL, every table emptied before each test.
 */
@SpringBootTest(classes = DatasharesApplication.class)
public abstract class DatabaseTest {

    @Autowired
    protected JdbcTemplate jdbc;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", TestDatabase::url);
        registry.add("spring.datasource.username", () -> "postgres");
    }

    @BeforeEach
    protected void emptyTables() {
        jdbc.execute("truncate publication_output, input_problem, edition_release, finding, home_office_month, share, load_input_file, edition_load,"
                + " batch_step_execution_context, batch_step_execution, batch_job_execution_context, batch_job_execution_params,"
                + " batch_job_execution, batch_job_instance restart identity cascade");
    }
}
