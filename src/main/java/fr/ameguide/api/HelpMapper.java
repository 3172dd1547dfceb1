package fr.ameguide.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.ameguide.content.LocalHelp;
import fr.ameguide.eligibility.Problem;
import fr.ameguide.result.Wording;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Between the help API's contract and the local help data: the postcode out of the body, read as a
 * tree so that a postcode sent as a number is taken too and any other body gets a message of ours;
 * and the offices found into the response.
 */
@ApplicationScoped
class HelpMapper {
    @Inject
    ObjectMapper mapper;

    /**
     * The postcode as sent (null when there is none, "?" when it is neither text nor a whole number, so
     * that the look-up says it is malformed), or what is wrong with the body.
     */
    record Typed(String postcode, Problem problem) {
    }

    Typed postcode(InputStream body) {
        JsonNode json;
        try {
            byte[] bytes = BoundedBody.read(body);
            if (BoundedBody.tooLarge(bytes)) {
                return new Typed(null, new Problem(Problem.BODY, Problem.TOO_LARGE));
            }
            json = mapper.readTree(bytes);
        } catch (IOException e) {
            json = null;
        }
        if (json == null || !json.isObject()) {
            return new Typed(null, new Problem(Problem.BODY, Problem.NOT_JSON));
        }
        JsonNode field = json.get("postcode");
        return new Typed(field == null || field.isNull() ? null : field.isTextual() ? field.textValue()
                : field.isIntegralNumber() ? field.asText() : "?", null);
    }

    static HelpResponse response(LocalHelp.Lookup lookup, LocalHelp help, Wording w) {
        LocalHelp.Area first = lookup.areas().get(0);
        List<HelpResponse.OtherDepartement> others = new ArrayList<>();
        for (LocalHelp.Area a : lookup.areas().subList(1, lookup.areas().size())) {
            others.add(new HelpResponse.OtherDepartement(departement(a), caisse(a.caisse()), caisses(a), tribunal(a, w),
                    services(a), notice(a, w)));
        }
        LocalHelp.Dates d = help.dates();
        List<HelpResponse.SourceDate> sources = List.of(
                new HelpResponse.SourceDate(w.text("localhelp.api.source.communes"), d.communes()),
                new HelpResponse.SourceDate(w.text("localhelp.api.source.caisses"), d.caisses()),
                new HelpResponse.SourceDate(w.text("localhelp.api.source.tribunaux"), d.tribunaux()),
                new HelpResponse.SourceDate(w.text("localhelp.api.source.france_services"), d.franceServices()));
        return new HelpResponse(lookup.postcode(), departement(first),
                lookup.communes().stream().map(c -> new HelpResponse.Commune(c.name(), c.insee(), c.dep())).toList(),
                caisse(first.caisse()), caisses(first), tribunal(first, w), services(first), first.departementTotal(),
                List.of(), w.text("localhelp.api.pass"), notice(first, w), others, sources, w.language().code());
    }

    private static HelpResponse.Departement departement(LocalHelp.Area a) {
        return new HelpResponse.Departement(a.departement().code(), a.departement().name());
    }

    private static HelpResponse.Caisse caisse(LocalHelp.Caisse c) {
        return new HelpResponse.Caisse(c.name(), c.type(), c.url(), c.nationalPage());
    }

    private static List<HelpResponse.Caisse> caisses(LocalHelp.Area a) {
        return a.caisses().stream().map(HelpMapper::caisse).toList();
    }

    private static HelpResponse.Tribunal tribunal(LocalHelp.Area a, Wording w) {
        LocalHelp.Tribunal t = a.tribunal();
        return new HelpResponse.Tribunal(t.name(), t.seat(), t.fullAddress(), t.website(), w.text("localhelp.tribunal.basis"));
    }

    /** Those in the postcode's communes first, flagged so, then the others of the département. */
    private static List<HelpResponse.FranceService> services(LocalHelp.Area a) {
        List<HelpResponse.FranceService> out = new ArrayList<>();
        a.inCommunes().forEach(s -> out.add(service(s, true)));
        a.inDepartement().forEach(s -> out.add(service(s, false)));
        return out;
    }

    private static HelpResponse.FranceService service(LocalHelp.FranceService s, boolean inCommune) {
        return new HelpResponse.FranceService(s.name(), s.address(), s.complement(), s.postcode(), s.commune(), s.phone(),
                s.type(), inCommune);
    }

    private static String notice(LocalHelp.Area a, Wording w) {
        return a.mayotte() ? w.text("localhelp.mayotte")
                : a.unverified() ? w.text("localhelp.unverified", "territory", a.departement().name()) : null;
    }
}
