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

    /** Undoes a binding whose folder could not be marked, so the database is free to publish elsewhere. */
    public void unbind(UUID outputId) {
        jdbc.update("delete from publication_output where output_id = ?", outputId);
    }

    public void seenAt(String path) {
        jdbc.update("update publication_output set path = ? where path <> ?", path, path);
    }
}
