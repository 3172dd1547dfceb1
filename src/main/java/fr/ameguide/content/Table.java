package fr.ameguide.content;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** A tab-separated file: '#' comment lines, one header line, then rows (empty cells are null). */
final class Table {
    final String path;
    final List<String> comments = new ArrayList<>();
    final List<Map<String, String>> rows = new ArrayList<>();

    private Table(String path) {
        this.path = path;
    }

    static Table read(Function<String, InputStream> open, String path, List<String> problems) {
        Table t = new Table(path);
        try (InputStream in = open.apply(path)) {
            if (in == null) {
                problems.add(path + " is missing");
                return t;
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
            String[] header = null;
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.startsWith("#")) {
                    t.comments.add(line);
                    continue;
                }
                if (line.isEmpty()) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                if (header == null) {
                    header = cells;
                    continue;
                }
                if (cells.length > header.length) {
                    problems.add(path + " line " + n + ": " + cells.length + " cells, the header has " + header.length);
                    continue;
                }
                Map<String, String> row = new HashMap<>(header.length * 2);
                for (int i = 0; i < cells.length; i++) {
                    String v = cells[i].strip();
                    if (!v.isEmpty()) {
                        row.put(header[i], v);
                    }
                }
                t.rows.add(row);
            }
            if (header == null) {
                problems.add(path + " has no header line");
            }
        } catch (IOException e) {
            problems.add(path + " cannot be read: " + e.getMessage());
        }
        return t;
    }
}
