package fr.ameguide.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

/** The answer of POST /api/v1/help: who helps near a postcode. Names of French bodies stay in French. */
@Schema(name = "HelpResponse")
public record HelpResponse(
        @Schema(description = "The postcode, five digits") String postcode,
        @Schema(description = "The département of the postcode's communes (the one with most of them when they lie in several)")
        Departement departement,
        @Schema(description = "Extension: the communes of the postcode, in every département") List<Commune> communes,
        @Schema(description = "The caisse where to file an AME application (CPAM, or CGSS overseas); the first when there are several")
        Caisse cpam,
        @Schema(description = "Extension: every caisse of the département (Nord, Pas-de-Calais, Pyrénées-Atlantiques and Seine-Maritime have several)")
        List<Caisse> caisses,
        @Schema(description = "The tribunal administratif competent for the département (code de justice administrative, R221-3)")
        Tribunal tribunal,
        @Schema(description = "France Services of the commune first, then others of the département") List<FranceService> franceServices,
        @Schema(description = "Extension: how many France Services the département has") int franceServicesInDepartement,
        @Schema(description = "PASS near the postcode: always empty, no sourced list exists (see passText)") List<Object> pass,
        @Schema(description = "Extension: how to find a PASS, in the requested language") String passText,
        @Schema(description = "Extension: what differs there (Mayotte: no AME; Saint-Martin, Saint-Barthélemy: not verified), or null",
                nullable = true) String notice,
        @Schema(description = "Extension: the other départements of a postcode whose communes lie in several, each with its offices")
        List<OtherDepartement> otherDepartements,
        List<SourceDate> sources,
        @Schema(description = "Extension: the language of the texts") String lang) {

    public record Departement(String code, String name) {
    }

    public record Commune(String name, String insee, String departement) {
    }

    public record Caisse(String name,
                         @Schema(enumeration = {"CPAM", "CGSS", "CSSM", "MSA-CPS"}) String type,
                         @Schema(description = "The official https page of the caisse on ameli.fr; the national page (which asks for the commune) where the caisse's own is not known; null where none is sourced", nullable = true)
                         String url,
                         @Schema(description = "Extension: url is ameli.fr's national page, not the caisse's own") boolean nationalPage) {
    }

    public record Tribunal(String name, String seat,
                           @Schema(description = "The address where sourced, else null", nullable = true) String address,
                           @Schema(nullable = true) String website,
                           @Schema(description = "Extension: the legal basis, in the requested language") String basis) {
    }

    public record FranceService(String name, String address,
                                @Schema(description = "Extension: the rest of the postal address, or null", nullable = true) String complement,
                                String postcode, String commune,
                                @Schema(description = "As published by ANCT, or null", nullable = true) String phone,
                                @Schema(enumeration = {"siège", "antenne", "itinérant"}) String type,
                                @Schema(description = "Extension: in one of the postcode's communes") boolean inCommune) {
    }

    public record OtherDepartement(Departement departement, Caisse cpam, List<Caisse> caisses, Tribunal tribunal,
                                   List<FranceService> franceServices, String notice) {
    }

    public record SourceDate(String title, LocalDate date) {
    }
}
