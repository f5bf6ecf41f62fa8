package com.suanli.gateway.fix;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;

/**
 * Writes a message's text into a byte array the caller keeps, in one charset, through one reused JDK
 * {@link CharsetEncoder}: the bytes {@code text.getBytes(charset)} gives (a character the charset cannot write, or a
 * lone surrogate, is its replacement, a question mark), without the array that makes for every message. The text is
 * copied into a reused {@code char[]} first, so that the encoder takes its array loop (ISO-8859-1's and UTF-8's are
 * the JDK's bulk loops), not its loop of one {@code get} a character over a wrapped {@code String}: 33-56 ns for a
 * 421-character report against 108-155 ns for a loop of {@code charAt}s into the array and 214-299 ns for one that
 * also checked each character was ASCII (docs/BENCHMARKS.md, "FIX gateway", fix16n).
 *
 * <p>Not thread-safe: one instance for each thread that writes (or under its owner's lock).
 */
final class TextEncoder {

    private final CharsetEncoder encoder;
    private char[] characters = new char[512];
    private CharBuffer in = CharBuffer.wrap(characters);
    private ByteBuffer out = ByteBuffer.wrap(new byte[0]);

    TextEncoder(Charset charset) {
        encoder = charset.newEncoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
    }

    /** The charset written. */
    Charset charset() {
        return encoder.charset();
    }

    /** The most bytes a text of {@code length} characters takes: the room {@link #write} needs. */
    int most(int length) {
        return (int) Math.ceil((double) encoder.maxBytesPerChar() * length);
    }

    /**
     * Writes {@code text} into {@code into} from {@code at}, which has room for {@link #most} of its length, and
     * returns where it ends.
     */
    int write(String text, byte[] into, int at) {
        int length = text.length();
        if (characters.length < length) {
            characters = new char[Math.max(length, 2 * characters.length)];
            in = CharBuffer.wrap(characters);
        }
        text.getChars(0, length, characters, 0);
        in.clear().limit(length);
        if (out.array() != into) {
            out = ByteBuffer.wrap(into);
        }
        out.clear().position(at);
        encoder.reset();
        CoderResult result = encoder.encode(in, out, true);
        if (result.isUnderflow()) {
            result = encoder.flush(out);
        }
        if (!result.isUnderflow()) {
            throw new IllegalArgumentException("no room for " + length + " characters at " + at + " of "
                    + into.length + " bytes");
        }
        return out.position();
    }
}
