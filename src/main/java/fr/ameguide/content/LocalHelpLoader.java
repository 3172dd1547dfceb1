package fr.ameguide.content;

import fr.ameguide.content.LocalHelp.Caisse;
import fr.ameguide.content.LocalHelp.Commune;
import fr.ameguide.content.LocalHelp.Dates;
import fr.ameguide.content.LocalHelp.FranceService;
import fr.ameguide.content.LocalHelp.Tribunal;

import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static fr.ameguide.content.LocalHelp.DIR;
import static fr.ameguide.content.LocalHelp.POSTCODE;

/**
 * Reads the four files of content/local-help/ once at start and checks them against each other, so that
 * no commune is left without its caisse or tribunal and no office is given an address that is not https.
 */
final class LocalHelpLoader {
    private LocalHelpLoader() {
    }

    /**
     * Every problem of the four files is added, none stops the reading: the start then lists them all.
     * The time it took is kept, for the start's log line.
     */
    static LocalHelp load(Function<String, InputStream> open, List<String> problems) {
        long start = System.nanoTime();
        Table communesFile = Table.read(open, DIR + "communes.tsv", problems);
        Table caissesFile = Table.read(open, DIR + "caisses.tsv", problems);
        Table tribunauxFile = Table.read(open, DIR + "tribunaux.tsv", problems);
        Table servicesFile = Table.read(open, DIR + "france-services.tsv", problems);

        Map<String, String> depNames = new TreeMap<>();
        Map<String, List<Caisse>> caisses = new HashMap<>();
        for (Map<String, String> r : caissesFile.rows) {
            Caisse c = new Caisse(r.get("dep"), r.get("dep_name"), r.get("type"), r.get("name"), https(r.get("url"), problems, caissesFile.path),
                    "yes".equals(r.get("several")), r.get("name_basis"));
            if (c.dep() == null || c.name() == null) {
                problems.add(caissesFile.path + ": a row lacks its département or name");
                continue;
            }
            caisses.computeIfAbsent(c.dep(), k -> new ArrayList<>()).add(c);
            depNames.putIfAbsent(c.dep(), c.depName());
        }
        Map<String, Tribunal> tribunaux = new HashMap<>();
        for (Map<String, String> r : tribunauxFile.rows) {
            Tribunal t = new Tribunal(r.get("dep"), r.get("dep_name"), r.get("name"), r.get("seat"), r.get("address"),
                    r.get("postcode"), r.get("city"), https(r.get("website"), problems, tribunauxFile.path));
            if (t.dep() == null || t.name() == null || tribunaux.put(t.dep(), t) != null) {
                problems.add(tribunauxFile.path + ": département " + t.dep() + " has no name or two tribunals");
            }
            depNames.putIfAbsent(t.dep(), t.depName());
        }
        Map<String, List<Commune>> byPostcode = new HashMap<>();
        int communeCount = 0;
        for (Map<String, String> r : communesFile.rows) {
            String postcodes = r.getOrDefault("postcodes", "");
            Commune c = new Commune(r.get("insee"), r.get("dep"), r.get("name"),
                    postcodes.isBlank() ? List.of() : List.of(postcodes.trim().split("\\s+")), r.get("parent"));
            communeCount++;
            if (!caisses.containsKey(c.dep()) || !tribunaux.containsKey(c.dep())) {
                problems.add(communesFile.path + ": commune " + c.insee() + " is in département " + c.dep()
                        + ", which has no caisse or no tribunal");
            }
            for (String p : c.postcodes()) {
                if (!POSTCODE.matcher(p).matches()) {
                    problems.add(communesFile.path + ": commune " + c.insee() + " has a malformed postcode " + p);
                }
                byPostcode.computeIfAbsent(p, k -> new ArrayList<>()).add(c);
            }
        }
        Map<String, List<FranceService>> servicesByDep = new HashMap<>();
        for (Map<String, String> r : servicesFile.rows) {
            FranceService s = new FranceService(r.get("id"), r.get("dep"), r.get("insee"), r.get("name"), r.get("address"),
                    r.get("complement"), r.get("postcode"), r.get("commune"), r.get("phone"), r.get("type"));
            if (s.name() == null || s.dep() == null) {
                problems.add(servicesFile.path + ": row " + s.id() + " lacks its name or département");
                continue;
            }
            servicesByDep.computeIfAbsent(s.dep(), k -> new ArrayList<>()).add(s);
        }
        servicesByDep.values().forEach(l -> l.sort(Comparator.comparing(FranceService::postcode,
                Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(FranceService::name)));
        Dates dates = new Dates(
                date(communesFile, "published (\\d{4}-\\d{2}-\\d{2})", problems),
                date(caissesFile, "prepared (\\d{4}-\\d{2}-\\d{2})", problems),
                date(tribunauxFile, "prepared (\\d{4}-\\d{2}-\\d{2})", problems),
                date(servicesFile, "liste-fs-(\\d{8})", problems));
        byPostcode.replaceAll((k, v) -> List.copyOf(v));
        caisses.replaceAll((k, v) -> List.copyOf(v));
        servicesByDep.replaceAll((k, v) -> List.copyOf(v));
        long millis = (System.nanoTime() - start) / 1_000_000;
        return new LocalHelp(Map.copyOf(byPostcode), Map.copyOf(caisses), Map.copyOf(tribunaux),
                Map.copyOf(servicesByDep), Collections.unmodifiableMap(depNames), dates, communeCount,
                servicesFile.rows.size(), millis);
    }

    private static String https(String url, List<String> problems, String path) {
        if (url != null && !url.startsWith("https://")) {
            problems.add(path + ": " + url + " is not an https address");
            return null;
        }
        return url;
    }

    private static LocalDate date(Table t, String regex, List<String> problems) {
        Pattern p = Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
        for (String c : t.comments) {
            Matcher m = p.matcher(c);
            if (m.find()) {
                String d = m.group(1);
                return d.length() == 8 ? LocalDate.parse(d, DateTimeFormatter.BASIC_ISO_DATE) : LocalDate.parse(d);
            }
        }
        problems.add(t.path + ": no date found in its '#' lines (" + regex + ")");
        return LocalDate.EPOCH;
    }
}
