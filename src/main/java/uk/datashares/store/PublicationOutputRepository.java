package uk.datashares.store;

import org.springframework.jdbc.core.JdbcTemplate;

import java.util.Optional;
import java.util.UUID;

/** The output folder this database publishes to: the id its marker file holds, and where it was last seen. */
public final class PublicationOutputRepository {

    public record Bound(UUID outputId, String path) {
    }

    private final JdbcTemplate jdbc;

    public PublicationOutputRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Bound> bound() {
        return jdbc.query("select output_id, path from publication_output",
                (rs, i) -> new Bound(rs.getObject("output_id", UUID.class), rs.getString("path"))).stream().findFirst();
    }

    public void bind(UUID outputId, String path) {
        jdbc.update("insert into publication_output (output_id, path) values (?, ?)", outputId, path);
    }

    public void seenAt(String path) {
        jdbc.update("update publication_output set path = ? where path <> ?", path, path);
    }
}
