package com.suanli.data.csv;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/** A CSV file with a fixed header: reading it into rows that know their line, and writing rows under the header. */
public final class CsvTable {

    /** Values are quoted only where CSV needs it (a comma, quote or line break), so files stay as people write them. */
    private static final CsvMapper MAPPER = CsvMapper.builder().enable(CsvParser.Feature.WRAP_AS_ARRAY)
            .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build();

    private final List<String> columns;

    public CsvTable(String... columns) {
        this.columns = List.of(columns);
    }

    public List<String> columns() {
        return columns;
    }

    /**
     * Every row of the file made into a record by {@code reader}, in order, each with its line.
     * @throws CsvReadException at the first row {@code reader} refuses, or as {@link #read(Path)} does
     */
    public <T> List<Lined<T>> read(Path file, Function<CsvRow, T> reader) {
        return read(file).stream().map(row -> new Lined<>(row.line(), reader.apply(row))).toList();
    }

    /**
     * Every row of the file, in order.
     * @throws CsvReadException when the file cannot be read, its header is not this table's, or a row has
     *     the wrong number of values
     */
    public List<CsvRow> read(Path file) {
        String source = file.toString();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             MappingIterator<String[]> lines = MAPPER.readerFor(String[].class).readValues(in)) {
            if (!lines.hasNext()) {
                throw new CsvReadException(source, 1, null, "the file is empty; the header " + header() + " comes first");
            }
            String[] header = lines.next();
            if (!Arrays.asList(header).equals(columns)) {
                throw new CsvReadException(source, 1, null, "the header must be " + header() + ", was "
                        + String.join(",", header));
            }
            List<CsvRow> rows = new ArrayList<>();
            while (lines.hasNext()) {
                long line = lines.getCurrentLocation().getLineNr();
                String[] values = lines.next();
                if (values.length == 1 && values[0].isBlank()) {
                    continue;
                }
                if (values.length != columns.size()) {
                    throw new CsvReadException(source, line, null, "has " + values.length + " values, the header "
                            + columns.size());
                }
                rows.add(new CsvRow(source, line, columns, values));
            }
            return rows;
        } catch (NoSuchFileException e) {
            throw new CsvReadException(source, 0, null, "no such file");
        } catch (JsonProcessingException e) {
            long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new CsvReadException(source, line, null, "not valid CSV: " + e.getOriginalMessage());
        } catch (IOException | RuntimeException e) {
            if (e instanceof CsvReadException refusal) {
                throw refusal;
            }
            Throwable cause = e.getCause() instanceof JsonProcessingException json ? json : e;
            throw new CsvReadException(source, 0, null, "cannot read the file: " + cause.getMessage());
        }
    }

    /** The header and the rows as CSV text; each row holds a value per column, in column order. */
    public String write(List<List<Object>> rows) {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(false);
        ObjectWriter writer = MAPPER.writer(schema.build());
        List<List<Object>> all = new ArrayList<>();
        all.add(new ArrayList<>(columns));
        for (List<Object> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("row: " + row.size() + " values for " + columns.size() + " columns");
            }
            all.add(row.stream().map(value -> value == null ? (Object) "" : value.toString()).toList());
        }
        try {
            return writer.writeValueAsString(all);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot write CSV: " + e.getOriginalMessage(), e);
        }
    }

    private String header() {
        return String.join(",", columns);
    }
}
