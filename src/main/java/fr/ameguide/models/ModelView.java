package fr.ameguide.models;

import java.util.List;

/**
 * A fill-in sworn statement as printed: each line in French with its blanks, and beside it what the line
 * says in the reader's language ({@code reader} is null when the reader reads French).
 */
public record ModelView(String use, boolean bilingual, String frenchHead, List<Row> rows, String lastVerified,
                        List<Source> sources) {

    public record Row(String reader, String french) {
    }

    public record Source(String title, String url) {
    }
}
