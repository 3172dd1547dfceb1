package fr.ameguide.models;

import fr.ameguide.content.Content;
import fr.ameguide.content.MessageKeys;
import fr.ameguide.content.SwornModel;
import fr.ameguide.result.Wording;

import java.util.ArrayList;
import java.util.List;

/** Builds a model's page from its texts in the reader's language and in French. */
final class ModelViews {
    /** Room to write by hand in the French column; the reader's column only shows where the blank is. */
    private static final String WRITE_HERE = "……………………………";
    private static final String BLANK_SHOWN = "……";

    private ModelViews() {
    }

    static ModelView view(SwornModel m, Wording reader, Wording french, Content content) {
        boolean bilingual = !reader.language().code().equals(french.language().code());
        List<String> keys = new ArrayList<>(m.lineKeys());
        keys.addAll(List.of("models.certify", "models.place_date", "models.signature"));
        List<ModelView.Row> rows = keys.stream().map(k -> new ModelView.Row(
                bilingual ? reader.text(k, "blank", BLANK_SHOWN) : null, french.text(k, "blank", WRITE_HERE))).toList();
        List<ModelView.Source> sources = m.sources().stream().map(id -> content.sources().get(id))
                .map(s -> new ModelView.Source(s.title(), s.url())).toList();
        return new ModelView(reader.text(MessageKeys.modelUse(m.id())), bilingual, french.text("models.column_french"), rows,
                reader.formats().date(m.lastVerified()), sources);
    }
}
