package fr.ameguide.content;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

/** A fill-in sworn statement for one paper of the checklist (content/models.yaml). */
public record SwornModel(String id, String slug, String document, int lines, LocalDate lastVerified, List<String> sources) {

    /** The translation keys of its lines, in order. */
    public List<String> lineKeys() {
        return IntStream.rangeClosed(1, lines).mapToObj(i -> MessageKeys.modelLine(id, i)).toList();
    }
}
