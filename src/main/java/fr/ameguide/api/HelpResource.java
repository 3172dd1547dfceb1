package fr.ameguide.api;

import fr.ameguide.content.Content;
import fr.ameguide.content.LocalHelp;
import fr.ameguide.i18n.Language;
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

import java.io.InputStream;
import java.util.List;

/**
 * POST /api/v1/help: from a postcode to the caisse, the tribunal administratif and France Services,
 * from the data shipped with the site. The body is read by {@link HelpMapper} so that every bad input
 * gets a 400 in the requested language; the postcode is never logged or stored.
 */
@Path("/api/v1/help")
public class HelpResource {
    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(HelpResource.class);
    @Inject
    Content content;
    @Inject
    HelpMapper mapper;

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
            return ApiReplies.unknownLanguage(content, w);
        }
        HelpMapper.Typed typed = mapper.postcode(body);
        if (typed.problem() != null) {
            return ApiReplies.bad(w, List.of(typed.problem()));
        }
        LocalHelp help = content.localHelp();
        LocalHelp.Lookup lookup = help.lookup(typed.postcode());
        LOG.debugf("help API: %s", lookup.found() ? "found" : lookup.problem()); // never the postcode
        if (!lookup.found()) {
            return ApiReplies.bad("postcode", LocalOffices.problemText(lookup.problem(), w));
        }
        return ApiReplies.ok(HelpMapper.response(lookup, help, w));
    }
}
