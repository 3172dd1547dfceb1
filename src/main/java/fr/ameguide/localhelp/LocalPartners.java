package fr.ameguide.localhelp;

import fr.ameguide.content.LocalHelp;
import fr.ameguide.result.Wording;

import java.util.List;

/** The professionals' page on local help: the data, their sources and dates, and how to link. */
public record LocalPartners(List<String> data, String overseas, String formExample, String apiExample,
                            java.time.LocalDate fsDate) {

    public static LocalPartners of(LocalHelp help, Wording w) {
        LocalHelp.Dates d = help.dates();
        List<String> data = List.of(
                w.text("localhelp.partners.communes", "communes", help.communeCount(), "postcodes", help.postcodes().size(),
                        "date", d.communes()),
                w.text("localhelp.partners.caisses", "count", help.caisseCount()),
                w.text("localhelp.partners.tribunaux", "count", help.tribunalCount()),
                w.text("localhelp.partners.france_services", "count", help.franceServiceCount(), "date", d.franceServices()),
                w.text("localhelp.partners.pass"));
        String lang = w.language().code();
        String form = "<form method=\"post\" action=\"/" + lang + "/local-help\">\n"
                + "  <label for=\"postcode\">" + w.text("localhelp.box.label") + "</label>\n"
                + "  <input id=\"postcode\" name=\"postcode\" inputmode=\"numeric\" autocomplete=\"off\">\n"
                + "  <button type=\"submit\">" + w.text("localhelp.box.submit") + "</button>\n"
                + "</form>";
        String api = "POST /api/v1/help?lang=" + lang + "\nContent-Type: application/json\n\n{\"postcode\": \"93200\"}";
        return new LocalPartners(data, w.text("localhelp.partners.overseas"), form, api, d.franceServices());
    }
}
