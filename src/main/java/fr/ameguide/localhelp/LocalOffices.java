package fr.ameguide.localhelp;

import fr.ameguide.content.LocalHelp;
import fr.ameguide.content.LocalHelp.Area;
import fr.ameguide.content.LocalHelp.Caisse;
import fr.ameguide.content.LocalHelp.FranceService;
import fr.ameguide.content.LocalHelp.Lookup;
import fr.ameguide.content.MessageKeys;
import fr.ameguide.result.Wording;

import fr.ameguide.result.ExplainedAssessment.StepText;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The offices of a postcode put into words for one language: what the local-help page, the result
 * page and the printed summary show. Names of French bodies and places stay as in the data.
 */
public record LocalOffices(String postcode, String placeText, String severalText, List<AreaText> areas,
                           String passText, String casoText, List<String> sources, String keptNothing) {

    public record AreaText(String departementText, String forText, String caisseText, String severalCaisses,
                           List<Link> caisses, String caisseNote, String warning,
                           String tribunalText, String tribunalAddress, String tribunalWebsite, String tribunalBasis,
                           String inCommuneTitle, String noneInCommune, List<ServiceText> inCommune,
                           String departementServices, List<ServiceText> others, String fsAttribution) {
    }

    public record Link(String name, String url, String text) {
    }

    /** A France Services point; {@code tel} is the tel: address, null without a sourced number. */
    public record ServiceText(String name, String address, String phoneText, String phone, String tel, String note) {
    }

    /** The sentence for a postcode's problem, in the reader's language. */
    public static String problemText(LocalHelp.Problem p, Wording w) {
        return w.text(MessageKeys.localHelpError(p));
    }

    public static LocalOffices of(Lookup lookup, LocalHelp help, Wording w) {
        LocalHelp.Dates d = help.dates();
        List<String> communes = lookup.communes().stream().map(LocalHelp.Commune::name).toList();
        String place = w.text("localhelp.place", "count", communes.size(), "postcode", lookup.postcode(),
                "communes", w.formats().list(communes));
        List<AreaText> areas = new ArrayList<>();
        for (Area a : lookup.areas()) {
            areas.add(area(a, lookup.postcode(), w, d));
        }
        List<String> sources = List.of(
                w.text("localhelp.source.communes", "date", d.communes()),
                w.text("localhelp.source.caisses", "date", d.caisses()),
                w.text("localhelp.source.tribunaux", "date", d.tribunaux()));
        return new LocalOffices(lookup.postcode(), place,
                lookup.areas().size() > 1 ? w.text("localhelp.several_departements") : null, List.copyOf(areas),
                w.text("localhelp.pass.text"), w.text("localhelp.pass.caso"), sources, w.text("localhelp.page.kept_nothing"));
    }

    private static AreaText area(Area a, String postcode, Wording w, LocalHelp.Dates d) {
        String depName = a.departement().name();
        List<Link> caisses = new ArrayList<>();
        boolean anyPage = false;
        for (Caisse c : a.caisses()) {
            String text = c.url() == null ? null
                    : w.text(c.nationalPage() ? "localhelp.caisse.link_national" : "localhelp.caisse.link");
            anyPage |= c.url() != null;
            caisses.add(new Link(c.name(), c.url(), text));
        }
        String warning = a.mayotte() ? w.text("localhelp.mayotte")
                : a.unverified() ? w.text("localhelp.unverified", "territory", depName) : null;
        LocalHelp.Tribunal t = a.tribunal();
        List<ServiceText> inCommune = a.inCommunes().stream().map(s -> service(s, w)).toList();
        List<ServiceText> others = a.inDepartement().stream().map(s -> service(s, w)).toList();
        return new AreaText(
                w.text("localhelp.departement", "name", depName, "code", a.departement().code()),
                w.text("localhelp.result.for", "postcode", postcode, "departement", depName),
                a.severalCaisses() ? null : w.text("localhelp.caisse.text", "name", a.caisse().name()),
                a.severalCaisses() ? w.text("localhelp.caisse.several") : null,
                List.copyOf(caisses),
                anyPage ? w.text("localhelp.caisse.no_address") : w.text("localhelp.caisse.no_page"),
                warning,
                w.text("localhelp.tribunal.text", "name", inSentence(t.name())),
                t.fullAddress() == null ? null : w.text("localhelp.tribunal.address", "address", t.fullAddress()),
                t.website(),
                w.text("localhelp.tribunal.basis"),
                inCommune.isEmpty() ? null : w.text("localhelp.fs.in_commune", "count", inCommune.size()),
                inCommune.isEmpty() ? w.text("localhelp.fs.none_in_commune") : null,
                inCommune,
                others.isEmpty() ? null : w.text("localhelp.fs.in_departement", "total", a.departementTotal(), "shown", others.size()),
                others,
                w.text("localhelp.fs.attribution", "date", d.franceServices()));
    }

    private static ServiceText service(FranceService s, Wording w) {
        List<String> parts = new ArrayList<>();
        if (s.address() != null) {
            parts.add(s.address());
        }
        if (s.complement() != null && !s.complement().startsWith("Se reporter")) {
            parts.add(s.complement());
        }
        String town = String.join(" ", java.util.stream.Stream.of(s.postcode(), s.commune()).filter(x -> x != null).toList());
        if (!town.isEmpty()) {
            parts.add(town);
        }
        String phone = s.phone();
        String tel = phone == null ? null : tel(phone);
        String phoneText = phone == null ? null : w.text("localhelp.phone", "phone", w.formats().isolate(phone));
        String note = "itinérant".equals(s.type()) ? w.text("localhelp.fs.itinerant")
                : "antenne".equals(s.type()) ? w.text("localhelp.fs.antenne") : null;
        return new ServiceText(s.name(), String.join(", ", parts),
                phoneText, phone, tel, note);
    }

    /**
     * A number as published (French national format, overseas ones included) as a tel: address that a
     * phone in France dials as is; null when it is not a plain number.
     */
    static String tel(String phone) {
        String digits = phone.replaceAll("[\\s.\\-]", "");
        return digits.matches("0[1-9][0-9]{8}") || digits.matches("\\+[0-9]{8,15}") ? "tel:" + digits : null;
    }

    /**
     * The result's steps naming the place: the caisse where to file, write or ask, the tribunal to go to.
     * Only for a postcode of one département (with several, the offices block lists each).
     *
     * @param dateArgs the assessment's key dates by id, as the steps' sentences use them
     */
    public static List<StepText> localSteps(List<StepText> steps, Lookup lookup, Wording w, Map<String, Object> dateArgs) {
        if (lookup == null || !lookup.found() || lookup.areas().size() != 1) {
            return steps;
        }
        Area a = lookup.areas().get(0);
        String caisse = a.caisse().name();
        Map<String, Object> args = new LinkedHashMap<>(dateArgs);
        args.put("caisse", caisse);
        args.put("tribunal", inSentence(a.tribunal().name()));
        List<StepText> out = new ArrayList<>();
        for (StepText s : steps) {
            out.add(switch (s.id()) {
                case "file_in_person" -> new StepText(s.id(), w.text(a.severalCaisses()
                        ? "localhelp.step.file_in_person.title_several" : "localhelp.step.file_in_person.title", args),
                        w.text("localhelp.step.file_in_person.text"));
                case "write_to_director" -> a.severalCaisses() ? s
                        : new StepText(s.id(), w.text("localhelp.step.write_to_director.title", args), s.text());
                case "go_to_tribunal" -> new StepText(s.id(), w.text("localhelp.step.go_to_tribunal.title", args), s.text());
                case "ask_puma" -> a.severalCaisses() ? s
                        : new StepText(s.id(), w.text("localhelp.step.ask_puma.title", args), s.text());
                default -> s;
            });
        }
        return out;
    }

    /** "Tribunal administratif de Montreuil" inside a sentence: "le tribunal administratif de Montreuil". */
    public static String inSentence(String name) {
        return name.startsWith("Tribunal ") ? "t" + name.substring(1) : name;
    }
}
