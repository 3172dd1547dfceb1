package fr.ameguide.content;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * From a postcode to the offices that help near it, from the files shipped in content/local-help/
 * (communes, caisses, tribunaux, france-services; each file's '#' lines name its source, licence and
 * date). Plain Java, loaded once at start; nothing of a look-up is kept or logged.
 */
public final class LocalHelp {
    public static final String DIR = "content/local-help/";
    static final Pattern POSTCODE = Pattern.compile("[0-9]{5}");

    public record Commune(String insee, String dep, String name, List<String> postcodes, String parent) {
    }

    /** A CPAM, CGSS, CSSM or caisse de prévoyance sociale; {@code url} is null where none is sourced. */
    public record Caisse(String dep, String depName, String type, String name, String url, boolean several,
                         String nameBasis) {
        /** The national ameli.fr page (it asks for the commune) rather than the caisse's own. */
        public boolean nationalPage() {
            return url != null && url.equals(NATIONAL_AMELI);
        }
    }

    /** The tribunal administratif competent for a département (CJA R221-3); empty fields are null. */
    public record Tribunal(String dep, String depName, String name, String seat, String address, String postcode,
                           String city, String website) {
        /** The address as one line, or null when none is sourced. */
        public String fullAddress() {
            if (address == null) {
                return null;
            }
            String town = String.join(" ", java.util.stream.Stream.of(postcode, city).filter(s -> s != null).toList());
            return town.isEmpty() ? address + ", " + seat : address + ", " + town;
        }
    }

    public record FranceService(String id, String dep, String insee, String name, String address, String complement,
                                String postcode, String commune, String phone, String type) {
    }

    public record Departement(String code, String name) {
    }

    /** Everything that helps in one département, for the communes of a postcode that lie in it. */
    public record Area(Departement departement, List<Commune> communes, List<Caisse> caisses, Tribunal tribunal,
                       List<FranceService> inCommunes, List<FranceService> inDepartement, int departementTotal) {
        public Caisse caisse() {
            return caisses.get(0);
        }

        public boolean severalCaisses() {
            return caisses.size() > 1;
        }

        public boolean mayotte() {
            return "976".equals(departement.code());
        }

        /** Saint-Barthélemy and Saint-Martin: whether AME applies as elsewhere is not verified. */
        public boolean unverified() {
            return "977".equals(departement.code()) || "978".equals(departement.code());
        }
    }

    public enum Problem { MISSING, FORMAT, UNKNOWN }

    /** The answer to a look-up: the areas of a postcode, or why there are none. */
    public record Lookup(String postcode, List<Area> areas, Problem problem) {
        public boolean found() {
            return problem == null;
        }

        public List<Commune> communes() {
            return areas.stream().flatMap(a -> a.communes().stream()).toList();
        }
    }

    /** The date of each file's data, read from its '#' lines. */
    public record Dates(LocalDate communes, LocalDate caisses, LocalDate tribunaux, LocalDate franceServices) {
    }

    static final String NATIONAL_AMELI = "https://www.ameli.fr/assure/adresses-et-contacts";

    private final Map<String, List<Commune>> byPostcode;
    private final Map<String, List<Caisse>> caisses;
    private final Map<String, Tribunal> tribunaux;
    private final Map<String, List<FranceService>> servicesByDep;
    private final Map<String, String> depNames;
    private final Dates dates;
    private final int communeCount;
    private final int franceServiceCount;
    private final long loadMillis;

    LocalHelp(Map<String, List<Commune>> byPostcode, Map<String, List<Caisse>> caisses,
                      Map<String, Tribunal> tribunaux, Map<String, List<FranceService>> servicesByDep,
                      Map<String, String> depNames, Dates dates, int communeCount, int franceServiceCount,
                      long loadMillis) {
        this.byPostcode = byPostcode;
        this.caisses = caisses;
        this.tribunaux = tribunaux;
        this.servicesByDep = servicesByDep;
        this.depNames = depNames;
        this.dates = dates;
        this.communeCount = communeCount;
        this.franceServiceCount = franceServiceCount;
        this.loadMillis = loadMillis;
    }

    /**
     * Reads and checks the four files.
     *
     * @param open     opens a file by its path below the repository's top, or returns null
     * @param problems where each inconsistency is added, one line each (the start then stops)
     */
    public static LocalHelp load(Function<String, InputStream> open, List<String> problems) {
        return LocalHelpLoader.load(open, problems);
    }

    /** How many France Services of the commune and of the département a look-up gives at most. */
    public static final int MAX_IN_COMMUNE = 6;
    public static final int MIN_SHOWN = 3;

    /** The areas of a postcode as typed (spaces allowed), or the problem with it. */
    public Lookup lookup(String typed) {
        String postcode = typed == null ? "" : typed.replaceAll("\\s+", "");
        if (postcode.isEmpty()) {
            return new Lookup(null, List.of(), Problem.MISSING);
        }
        if (!POSTCODE.matcher(postcode).matches()) {
            return new Lookup(null, List.of(), Problem.FORMAT);
        }
        List<Commune> communes = byPostcode.get(postcode);
        if (communes == null) {
            return new Lookup(postcode, List.of(), Problem.UNKNOWN);
        }
        // A municipal arrondissement (Paris 12e) stands for its commune (Paris) when both share the postcode.
        Set<String> parents = new java.util.HashSet<>();
        communes.forEach(c -> {
            if (c.parent() != null) {
                parents.add(c.parent());
            }
        });
        Map<String, List<Commune>> byDep = new LinkedHashMap<>();
        communes.stream().filter(c -> !parents.contains(c.insee()))
                .forEach(c -> byDep.computeIfAbsent(c.dep(), k -> new ArrayList<>()).add(c));
        List<Area> areas = new ArrayList<>();
        byDep.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, List<Commune>> e) -> -e.getValue().size())
                        .thenComparing(Map.Entry::getKey))
                .forEach(e -> areas.add(area(e.getKey(), e.getValue(), postcode)));
        return new Lookup(postcode, List.copyOf(areas), null);
    }

    private Area area(String dep, List<Commune> communes, String postcode) {
        Set<String> insee = new LinkedHashSet<>();
        communes.forEach(c -> insee.add(c.insee()));
        List<FranceService> all = servicesByDep.getOrDefault(dep, List.of());
        List<FranceService> inCommunes = all.stream().filter(s -> insee.contains(s.insee())).limit(MAX_IN_COMMUNE).toList();
        int wanted = Math.max(0, MIN_SHOWN - inCommunes.size());
        int target = Integer.parseInt(postcode);
        List<FranceService> others = all.stream().filter(s -> !insee.contains(s.insee()))
                .sorted(Comparator.comparingInt((FranceService s) -> distance(s.postcode(), target))
                        .thenComparing(FranceService::name))
                .limit(wanted).toList();
        return new Area(new Departement(dep, depNames.get(dep)), List.copyOf(communes), caisses.get(dep),
                tribunaux.get(dep), inCommunes, others, all.size());
    }

    /** How far two postcodes are as numbers: same postcode first, then the nearest numbers. */
    private static int distance(String postcode, int target) {
        try {
            return Math.abs(Integer.parseInt(postcode) - target);
        } catch (RuntimeException e) {
            return Integer.MAX_VALUE;
        }
    }

    public Set<String> postcodes() {
        return byPostcode.keySet();
    }

    /** Départements with their names, in code order. */
    public Map<String, String> departements() {
        return depNames;
    }

    public Optional<Tribunal> tribunal(String dep) {
        return Optional.ofNullable(tribunaux.get(dep));
    }

    public List<Caisse> caisses(String dep) {
        return caisses.getOrDefault(dep, List.of());
    }

    public List<FranceService> franceServices(String dep) {
        return servicesByDep.getOrDefault(dep, List.of());
    }

    public Dates dates() {
        return dates;
    }

    public int communeCount() {
        return communeCount;
    }

    public int caisseCount() {
        return caisses.values().stream().mapToInt(List::size).sum();
    }

    /** Distinct tribunals (Bastia serves two départements, Cergy-Pontoise three...). */
    public int tribunalCount() {
        return (int) tribunaux.values().stream().map(Tribunal::name).distinct().count();
    }

    public int franceServiceCount() {
        return franceServiceCount;
    }

    /** How long reading and indexing the four files took at start. */
    public long loadMillis() {
        return loadMillis;
    }
}
