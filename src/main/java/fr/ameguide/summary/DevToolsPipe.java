package fr.ameguide.summary;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The Chrome DevTools protocol over a pair of pipes ({@code --remote-debugging-pipe}): JSON messages,
 * each ended by a NUL byte, commands written to the browser's fd 3 and answers read from its fd 4.
 * No TCP port is opened. Events are read and dropped; only answers to commands are kept.
 */
final class DevToolsPipe implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_MESSAGE = 64 * 1024 * 1024;

    private final OutputStream commands;
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final AtomicInteger ids = new AtomicInteger();
    private volatile boolean open = true;

    DevToolsPipe(OutputStream commands, InputStream answers, String name) {
        this.commands = commands;
        Thread reader = new Thread(() -> read(answers), name);
        reader.setDaemon(true);
        reader.start();
    }

    boolean open() {
        return open;
    }

    /** Sends a command (to a page's session when sessionId is given) and waits for its answer. */
    JsonNode call(String sessionId, String method, Map<String, ?> params, long timeoutMillis)
            throws IOException, InterruptedException, TimeoutException {
        if (!open) {
            throw new IOException("the browser has gone");
        }
        int id = ids.incrementAndGet();
        CompletableFuture<JsonNode> answer = new CompletableFuture<>();
        pending.put(id, answer);
        try {
            ObjectNode message = JSON.createObjectNode();
            message.put("id", id);
            message.put("method", method);
            if (sessionId != null) {
                message.put("sessionId", sessionId);
            }
            message.set("params", JSON.valueToTree(params));
            byte[] bytes = JSON.writeValueAsBytes(message);
            synchronized (commands) {
                commands.write(bytes);
                commands.write(0);
                commands.flush();
            }
            JsonNode result = answer.get(timeoutMillis, TimeUnit.MILLISECONDS);
            if (result.has("error")) {
                throw new IOException(method + ": " + result.get("error").path("message").asText());
            }
            return result.path("result");
        } catch (ExecutionException e) {
            throw new IOException(method + ": " + e.getCause().getMessage(), e.getCause());
        } finally {
            pending.remove(id);
        }
    }

    private void read(InputStream answers) {
        try (answers) {
            ByteArrayOutputStream message = new ByteArrayOutputStream(64 * 1024);
            byte[] buffer = new byte[64 * 1024];
            int n;
            while ((n = answers.read(buffer)) > 0) {
                int from = 0;
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == 0) {
                        message.write(buffer, from, i - from);
                        dispatch(message.toByteArray());
                        message.reset();
                        from = i + 1;
                    }
                }
                message.write(buffer, from, n - from);
                if (message.size() > MAX_MESSAGE) {
                    break;
                }
            }
        } catch (IOException | RuntimeException e) {
            // The browser died or wrote something that is not the protocol: treated as gone.
        } finally {
            open = false;
            IOException gone = new IOException("the browser has gone");
            pending.values().forEach(f -> f.completeExceptionally(gone));
        }
    }

    private void dispatch(byte[] message) throws IOException {
        JsonNode node = JSON.readTree(message);
        if (node != null && node.has("id")) {
            CompletableFuture<JsonNode> waiting = pending.get(node.get("id").asInt());
            if (waiting != null) {
                waiting.complete(node);
            }
        }
    }

    @Override
    public void close() {
        open = false;
        try {
            commands.close();
        } catch (IOException e) {
            // already closed
        }
    }
}
