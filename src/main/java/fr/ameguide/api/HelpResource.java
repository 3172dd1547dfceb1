package fr.ameguide.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.ameguide.content.Content;
import fr.ameguide.eligibility.Problem;
import fr.ameguide.i18n.Language;
import fr.ameguide.localhelp.LocalHelp;
import fr.ameguide.localhelp.LocalOffices;
import fr.ameguide.result.Wording;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * POST /api/v1/help: from a postcode to the caisse, the tribunal administratif and France Services,
 * from the data shipped with the site. The body is read here so that every bad input gets a 400 in
 * the requested language; the postcode is never logged or stored.
 */
@Path("/api/v1/help")
public class HelpResource {
    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(HelpResource.class);
    @Inject
    Content content;
    @Inject
    ObjectMapper mapper;

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Who helps near a postcode", description = "The caisse (CPAM or CGSS) where to file, the tribunal "
            + "administratif competent for the département (CJA R221-3) and France Services, from data shipped with the site. "
            + "The postcode is never logged or stored.")
    @RequestBody(required = true, content = @org.eclipse.microprofile.openapi.annotations.media.Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = HelpRequest.class)))
    @APIResponse(responseCode = "200", content = @org.eclipse.microprofile.openapi.annotations.media.Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = HelpResponse.class)))
    @APIResponse(responseCode = "400", description = "A malformed or unknown postcode, one entry per field",
            content = @org.eclipse.microprofile.openapi.annotations.media.Content(
                    mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiErrors.class)))
    public Response help(@Parameter(description = "Language of the texts (default fr)") @QueryParam("lang") String lang,
                         InputStream body) {
        Language language = content.languages().offered(lang == null ? Language.SOURCE : lang).orElse(null);
        Wording w = new Wording(content, language == null ? content.languages().source() : language);
        if (language == null) {
            String codes = content.languages().offered().stream().map(Language::code).collect(Collectors.joining(", "));
            return bad("lang", w.text("api.error.unknown_language", "languages", codes));
        }
        JsonNode json;
        try {
            byte[] bytes = body == null ? new byte[0] : body.readNBytes(AssessmentResource.MAX_BODY_BYTES + 1);
            if (bytes.length > AssessmentResource.MAX_BODY_BYTES) {
                return bad("body", AssessmentResource.message(w, new Problem("body", "too_large")));
            }
            json = mapper.readTree(bytes);
        } catch (JsonProcessingException e) {
            json = null;
        } catch (IOException e) {
            json = null;
        }
        if (json == null || !json.isObject()) {
            return bad("body", AssessmentResource.message(w, new Problem("body", "not_json")));
        }
        JsonNode field = json.get("postcode");
        String typed = field == null || field.isNull() ? null : field.isTextual() ? field.textValue()
                : field.isIntegralNumber() ? field.asText() : "?";
        LocalHelp help = content.localHelp();
        LocalHelp.Lookup lookup = help.lookup(typed);
        LOG.debugf("help API: %s", lookup.found() ? "found" : lookup.problem()); // never the postcode
        if (!lookup.found()) {
            return bad("postcode", LocalOffices.problemText(lookup.problem(), w));
        }
        return Response.ok(response(lookup, help, w)).header("Cache-Control", "no-store").build();
    }

    private static HelpResponse response(LocalHelp.Lookup lookup, LocalHelp help, Wording w) {
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
        return a.caisses().stream().map(HelpResource::caisse).toList();
    }

    private static HelpResponse.Tribunal tribunal(LocalHelp.Area a, Wording w) {
        LocalHelp.Tribunal t = a.tribunal();
        return new HelpResponse.Tribunal(t.name(), t.seat(), t.fullAddress(), t.website(), w.text("localhelp.tribunal.basis"));
    }

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

    private static Response bad(String field, String message) {
        return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON)
                .header("Cache-Control", "no-store")
                .entity(new ApiErrors(List.of(new ApiErrors.FieldError(field, message)))).build();
    }
}
