package fr.ameguide.content;

import java.time.LocalDate;
import java.util.List;

/** What pages show about a document, step or service beyond the core's choice of it. */
public record CatalogueItem(String id, List<String> alternatives, List<String> sources, String url, String phone,
                            LocalDate phoneChecked) {
}
