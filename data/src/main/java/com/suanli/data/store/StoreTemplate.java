package com.suanli.data.store;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A new desk database made ahead of time, at the build: created, migrated and given what every new desk starts
 * with, so that a desk's first start copies it instead of running the schema script and the inserts (about half
 * the CPU of a brand-new desk's exchange start, docs/BENCHMARKS.md). {@link DeskStore#open(StoreAddress, FileKey,
 * StoreTemplate)} copies it for a new local database that is not encrypted (H2 encrypts a file as it creates it),
 * then runs the template's {@code adopt} work on the copy, for what is this desk's own (when it was made). A
 * template made by an older schema is migrated forward as any older database is; a missing one (a desk run from
 * classes the build did not finish) leaves the new database to be made as without a template. The file is looked
 * for only when a new database is made: a desk that opens its database spares the look through the class path
 * (13-15 ms of every start with the template in a jar, docs/BENCHMARKS.md).
 */
public final class StoreTemplate {

    private final Supplier<URL> lookUp;
    private final SqlWork<?> adopt;
    /** The template's data file once looked up (null when none was made). */
    private URL file;
    private boolean lookedUp;

    private StoreTemplate(Supplier<URL> lookUp, SqlWork<?> adopt) {
        this.lookUp = Objects.requireNonNull(lookUp, "lookUp");
        this.adopt = Objects.requireNonNull(adopt, "adopt");
    }

    /**
     * @param file finds the template's data file ({@code .mv.db}), or answers null when none was made; asked once,
     *             when a new database is made
     * @param adopt what a new database makes its own once copied, in one transaction
     */
    public static StoreTemplate at(Supplier<URL> file, SqlWork<?> adopt) {
        return new StoreTemplate(file, adopt);
    }

    /**
     * Makes a template at {@code dataFile} (an H2 {@code .mv.db} file): a new database migrated to this desk's
     * schema, then {@code fill} in one transaction. Written under a working name and renamed whole, so that a build
     * cut short leaves no half template for a desk to copy.
     */
    public static void make(Path dataFile, SqlWork<?> fill) {
        Path absolute = dataFile.toAbsolutePath();
        String name = absolute.getFileName().toString();
        if (!name.endsWith(StoreAddress.FILE_SUFFIX)) {
            throw new IllegalArgumentException("dataFile: must end in " + StoreAddress.FILE_SUFFIX + ", was " + name);
        }
        StoreAddress working = StoreAddress.file(absolute.resolveSibling(
                name.substring(0, name.length() - StoreAddress.FILE_SUFFIX.length()) + "-making"));
        try {
            Files.deleteIfExists(working.dataFile());
            try (DeskStore store = DeskStore.open(working, FileKey.NONE)) {
                store.transaction(fill);
            }
            Files.move(working.dataFile(), absolute, StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new StoreException("cannot make the template " + absolute + ": " + e.getMessage(), e);
        }
    }

    /** Whether a new database with {@code key} is made from this template. */
    synchronized boolean serves(FileKey key) {
        if (key.isPresent()) {
            return false;
        }
        if (!lookedUp) {
            file = lookUp.get();
            lookedUp = true;
        }
        return file != null;
    }

    /** Copies the template's file to {@code dataFile}, which must not exist. */
    synchronized void copyTo(Path dataFile) throws IOException {
        try (InputStream in = file.openStream()) {
            Files.copy(in, dataFile);
        }
    }

    /** The new database's own, on the copy. */
    void adopt(DeskStore copy) {
        copy.transaction(adopt);
    }
}
