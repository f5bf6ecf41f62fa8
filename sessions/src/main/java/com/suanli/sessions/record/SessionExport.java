package com.suanli.sessions.record;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.suanli.data.json.JsonText;
import com.suanli.data.session.RecordedSession;
import com.suanli.data.session.RecordingStatus;
import com.suanli.exchange.engine.event.EventStreamHash;
import com.suanli.exchange.engine.event.TradeExecuted;
import com.suanli.sessions.report.ExactJson;
import com.suanli.sessions.report.SessionReport;
import com.suanli.sessions.report.SessionReportJson;
import com.suanli.sessions.report.SessionReportReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A recorded session written to a folder (docs/SESSIONS.md, "Export"): {@value #SESSION_FILE}
 * ({@code "format": "suanli-session-export/1"}: the recording, the configuration as it ran, the summary's
 * lines and the report) and {@value #TRADES_FILE} (every trade, from the commands replayed). The replay
 * must give the recorded event-stream hash, else nothing is written. {@link #read} reads both back.
 */
public final class SessionExport {

    public static final String FORMAT = "suanli-session-export/1";
    public static final String SESSION_FILE = "session.json";
    public static final String TRADES_FILE = "trades.csv";

    private static final ZoneOffset SHANGHAI = ZoneOffset.ofHours(8);
    private static final ObjectMapper MAPPER = ExactJson.MAPPER;

    private SessionExport() {
    }

    /** A session read back from its export. */
    public record Exported(RecordedSession session, ConfigText config, List<String> summary, SessionReport report,
                           List<SessionTrade> trades) {
    }

    /**
     * Writes {@code opened} into {@code dir} (created if absent).
     * @return the files written
     * @throws IllegalStateException when the commands replayed give another event stream than the recorded one
     */
    public static List<Path> write(OpenedSession opened, Path dir) {
        List<SessionTrade> trades = trades(opened);
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.set("session", session(opened.session()));
        root.set("config", ExactJson.parse(opened.config().text(), opened.config().source()).node());
        ArrayNode summary = root.putArray("summary");
        opened.summary().forEach(summary::add);
        root.set("report", ExactJson.parse(SessionReportJson.text(opened.report()), "the report").node());
        try {
            Files.createDirectories(dir);
            Path sessionFile = dir.resolve(SESSION_FILE);
            Path tradesFile = dir.resolve(TRADES_FILE);
            Files.writeString(sessionFile, MAPPER.writeValueAsString(root) + System.lineSeparator(), StandardCharsets.UTF_8);
            Files.writeString(tradesFile, SessionTradesCsv.write(trades), StandardCharsets.UTF_8);
            return List.of(sessionFile, tradesFile);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the export to " + dir + ": " + e.getMessage(), e);
        }
    }

    /** The trades of the session, its commands replayed whole; the replay's hash checked against the recording's. */
    static List<SessionTrade> trades(OpenedSession opened) {
        List<SessionTrade> trades = new ArrayList<>();
        EventStreamHash hash = new EventStreamHash();
        ReplayCursor cursor = opened.cursor();
        cursor.replayAll(event -> {
            hash.onEvent(event);
            // A live recording replays the whole desk: its trades in the session's listing are the session's.
            if (event instanceof TradeExecuted t) {
                cursor.listing().catalogue().find(t.instrumentId()).ifPresent(spec -> trades.add(new SessionTrade(
                        t.tradeId(), t.sequence(), LocalDateTime.ofInstant(Instant.ofEpochMilli(t.timestamp()), SHANGHAI),
                        spec.symbol(), t.instrumentId(), spec.toPrice(t.price()), t.quantity(), t.buyAccount(),
                        t.sellAccount(), t.aggressor())));
            }
        });
        String replayed = String.format("%016x", hash.value());
        String recorded = opened.session().eventStreamHash().orElse("none");
        if (!replayed.equals(recorded)) {
            throw new IllegalStateException("session " + opened.session().id() + ": the replay gives event stream "
                    + replayed + ", the recording says " + recorded);
        }
        return trades;
    }

    private static ObjectNode session(RecordedSession s) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("id", s.id());
        node.put("name", s.name());
        node.put("seed", s.seed());
        node.put("status", s.status().name());
        node.put("startedAt", s.startedAt().toString());
        s.endedAt().ifPresent(ended -> node.put("endedAt", ended.toString()));
        node.put("firstTime", s.firstTime());
        node.put("lastTime", s.lastTime());
        node.put("commands", s.commands());
        node.put("events", s.events());
        node.put("trades", s.trades());
        s.eventStreamHash().ifPresent(hash -> node.put("eventStreamHash", hash));
        return node;
    }

    /** Reads an export back; a file missing or malformed is refused naming it (and the JSON path or CSV line). */
    public static Exported read(Path dir) {
        Path sessionFile = dir.resolve(SESSION_FILE);
        ExactJson root = ExactJson.parse(JsonText.read(sessionFile), sessionFile.toString());
        if (!FORMAT.equals(root.get("format").text())) {
            throw root.get("format").fail("must be " + FORMAT);
        }
        ExactJson s = root.get("session");
        RecordedSession session = new RecordedSession(s.get("id").longValue(), s.get("name").text(),
                s.get("seed").longValue(), offsetTime(s.get("startedAt")),
                s.has("endedAt") ? Optional.of(offsetTime(s.get("endedAt"))) : Optional.empty(),
                status(s.get("status")), s.get("firstTime").longValue(), s.get("lastTime").longValue(),
                s.get("commands").longValue(), s.get("events").longValue(), s.get("trades").longValue(),
                s.has("eventStreamHash") ? Optional.of(s.get("eventStreamHash").text()) : Optional.empty());
        ConfigText config = ConfigText.of(root.get("config").print(), sessionFile + " $.config");
        SessionReport report = SessionReportReader.read(root.get("report").print(), sessionFile + " $.report");
        List<String> summary = root.get("summary").elements().stream().map(ExactJson::text).toList();
        return new Exported(session, config, summary, report, SessionTradesCsv.read(dir.resolve(TRADES_FILE)));
    }

    private static OffsetDateTime offsetTime(ExactJson value) {
        try {
            return OffsetDateTime.parse(value.text());
        } catch (DateTimeParseException e) {
            throw value.fail("must be a time with its offset like 2026-12-03T16:20:01Z, was '" + value.text() + "'");
        }
    }

    private static RecordingStatus status(ExactJson value) {
        try {
            return RecordingStatus.valueOf(value.text());
        } catch (IllegalArgumentException e) {
            throw value.fail("must be one of " + List.of(RecordingStatus.values()) + ", was '" + value.text() + "'");
        }
    }
}
