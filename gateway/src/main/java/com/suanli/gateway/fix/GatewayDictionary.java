package com.suanli.gateway.fix;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The gateway's FIX 4.4 dictionary: QuickFIX/J's FIX44.xml with one addition, {@code Account} (1) on
 * OrderMassCancelRequest (35=q). FIX 4.4's mass cancel names no account, so without it a user trading several
 * accounts could not say which one to cancel, and a client sending it got a session Reject (373 = 2) for a tag
 * docs/FIX.md lists. QuickFIX/J reads a dictionary from a file or a resource by name, so the edited text is
 * written once to a temporary file.
 */
public final class GatewayDictionary {

    static final String MASS_CANCEL = "<message name=\"OrderMassCancelRequest\" msgtype=\"q\" msgcat=\"app\">";
    static final String ACCOUNT = "<field name=\"Account\" required=\"N\"/>";

    private static Path file;

    private GatewayDictionary() {
    }

    /** The dictionary's file, written at the first call. */
    public static synchronized Path file() {
        if (file == null) {
            try (InputStream in = GatewayDictionary.class.getClassLoader().getResourceAsStream("FIX44.xml")) {
                if (in == null) {
                    throw new IllegalStateException("FIX44.xml is not on the class path (quickfixj-messages-fix44)");
                }
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                int at = text.indexOf(MASS_CANCEL);
                if (at < 0) {
                    throw new IllegalStateException("FIX44.xml has no OrderMassCancelRequest to add Account to");
                }
                int after = at + MASS_CANCEL.length();
                Path written = Files.createTempFile("suanli-fix44-", ".xml");
                written.toFile().deleteOnExit();
                Files.writeString(written, text.substring(0, after) + ACCOUNT + text.substring(after),
                        StandardCharsets.UTF_8);
                file = written;
            } catch (IOException e) {
                throw new UncheckedIOException("the FIX 4.4 dictionary could not be written", e);
            }
        }
        return file;
    }
}
