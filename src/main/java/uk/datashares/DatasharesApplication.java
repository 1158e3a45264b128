package uk.datashares;

import org.springframework.boot.autoconfigure.SpringBootApplication;

import uk.datashares.cli.DatasharesCli;

/**
 * datashares: turns the Department for Education's quarterly external data shares registers
 * into official transparency statistics. The command line starts the application context
 * only for the commands that need the database.
 */
@SpringBootApplication
public class DatasharesApplication {

    public static void main(String[] args) {
        System.exit(DatasharesCli.execute(args));
    }
}
