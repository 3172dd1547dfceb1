package fr.ameguide.content;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

/** A fill-in sworn statement for one paper of the checklist (content/models.yaml). */
public record SwornModel(String id, String slug, String document, int lines, LocalDate lastVerified, List<String> sources) {

    /** The translation keys of its lines, in order. */
    public List<String> lineKeys() {
        return IntStream.rangeClosed(1, lines).mapToObj(i -> "model." + id + ".line" + i).toList();
    }

    /** Every text it shows: what its French must have. */
    List<String> keys() {
        List<String> keys = new java.util.ArrayList<>(List.of("model." + id + ".title", "model." + id + ".use"));
        keys.addAll(lineKeys());
        return keys;
    }
}
