package com.suanli.desk.ui.theme;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words the desk's code can put on a node. A node's style classes, ids and type selectors come from code: a
 * string constant, a string built from one (and a number), an enum constant's name, a class's simple name. Only the
 * code of a class that is made ({@code new}), used statically (its static fields and methods, a class literal,
 * a constructor or static method passed as a lambda) or is a supertype of one of those ever runs; so starting from
 * the desk's own classes and following exactly those uses through the class files (JVMS 4) reaches every class
 * whose code can run, the JDK's aside (it names no style class), and their words are all the words a node can get.
 * A class only checked against ({@code instanceof}) or called through a reference to an object someone else made is
 * not followed for it: that object's class is followed where it is made. Reflection is the one way past this, and
 * neither the desk nor its UI libraries make nodes by reflection.
 */
final class ClassWords {

    /** The runs of characters a CSS identifier is made of, read out of any constant. */
    private static final Pattern WORD = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");

    private static final int UTF8 = 1;
    private static final int CLASS = 7;
    private static final int STRING = 8;
    private static final int METHOD_HANDLE = 15;
    private static final int ACC_ENUM = 0x4000;

    private final ClassLoader loader;
    private final Set<String> words = new HashSet<>();
    private final Set<String> seen = new HashSet<>();
    private final Deque<String> pending = new ArrayDeque<>();
    private int classes;

    private ClassWords(ClassLoader loader) {
        this.loader = loader;
    }

    /** The words of the classes whose code can run from {@code roots} (internal names: {@code com/suanli/x/Y}). */
    static ClassWords reachableFrom(Collection<String> roots, ClassLoader loader) {
        ClassWords reached = new ClassWords(loader);
        reached.pending.addAll(roots);
        while (!reached.pending.isEmpty()) {
            String name = reached.pending.pop();
            if (reached.seen.add(name)) {
                reached.read(name);
            }
        }
        return reached;
    }

    Set<String> words() {
        return words;
    }

    int classes() {
        return classes;
    }

    private void read(String name) {
        URL file = loader.getResource(name + ".class");
        // The JDK's classes (a jrt: URL) make no style class; a name no class file answers to is a missing one's.
        if (file == null || "jrt".equals(file.getProtocol())) {
            return;
        }
        classes++;
        // A node's type selector is its class's simple name.
        for (String nested : name.substring(name.lastIndexOf('/') + 1).split("\\$")) {
            addWords(nested);
        }
        try (InputStream in = file.openStream()) {
            new ClassFile(new DataInputStream(in)).read();
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + file, e);
        }
    }

    private void addWords(String constant) {
        Matcher word = WORD.matcher(constant);
        while (word.find()) {
            words.add(word.group());
            // An enum's name turned into a style class (Side.TOP as "top").
            words.add(word.group().toLowerCase(Locale.ROOT));
        }
    }

    private void follow(String internalName) {
        if (!seen.contains(internalName)) {
            pending.push(internalName);
        }
    }

    /** One class file, read once. */
    private final class ClassFile {

        private final DataInputStream in;
        private int[] tags;
        private int[] first;
        private int[] second;
        private String[] utf8;
        private final Set<Integer> loadedConstants = new HashSet<>();

        ClassFile(DataInputStream in) {
            this.in = in;
        }

        void read() throws IOException {
            in.skipBytes(8);
            readConstantPool();
            boolean isEnum = (in.readUnsignedShort() & ACC_ENUM) != 0;
            in.readUnsignedShort();
            followClass(in.readUnsignedShort());
            int interfaces = in.readUnsignedShort();
            for (int i = 0; i < interfaces; i++) {
                followClass(in.readUnsignedShort());
            }
            Set<Integer> fieldValues = new HashSet<>();
            int fields = in.readUnsignedShort();
            for (int f = 0; f < fields; f++) {
                int access = in.readUnsignedShort();
                String name = utf8[in.readUnsignedShort()];
                in.readUnsignedShort();
                if (isEnum && (access & ACC_ENUM) != 0) {
                    addWords(name);
                }
                int attributes = in.readUnsignedShort();
                for (int a = 0; a < attributes; a++) {
                    String attribute = utf8[in.readUnsignedShort()];
                    int length = in.readInt();
                    if ("ConstantValue".equals(attribute)) {
                        fieldValues.add(in.readUnsignedShort());
                    } else {
                        in.skipBytes(length);
                    }
                }
            }
            int methods = in.readUnsignedShort();
            for (int m = 0; m < methods; m++) {
                in.skipBytes(6);
                int attributes = in.readUnsignedShort();
                for (int a = 0; a < attributes; a++) {
                    String attribute = utf8[in.readUnsignedShort()];
                    byte[] body = in.readNBytes(in.readInt());
                    if ("Code".equals(attribute)) {
                        readCode(body);
                    }
                }
            }
            int attributes = in.readUnsignedShort();
            for (int a = 0; a < attributes; a++) {
                String attribute = utf8[in.readUnsignedShort()];
                int length = in.readInt();
                if ("BootstrapMethods".equals(attribute)) {
                    readBootstrapMethods();
                } else {
                    in.skipBytes(length);
                }
            }
            // A constant field's value is copied by javac into the code that uses it: a class of constants
            // (AtlantaFX's Styles) adds only those some code it reaches loads.
            for (int i = 1; i < tags.length; i++) {
                if (tags[i] == STRING && (!fieldValues.contains(i) || loadedConstants.contains(i))) {
                    addWords(utf8[first[i]]);
                }
            }
        }

        private void readConstantPool() throws IOException {
            int count = in.readUnsignedShort();
            tags = new int[count];
            first = new int[count];
            second = new int[count];
            utf8 = new String[count];
            for (int i = 1; i < count; i++) {
                int tag = in.readUnsignedByte();
                tags[i] = tag;
                switch (tag) {
                    case UTF8 -> utf8[i] = in.readUTF();
                    case CLASS, STRING, 16, 19, 20 -> first[i] = in.readUnsignedShort();
                    case METHOD_HANDLE -> {
                        first[i] = in.readUnsignedByte();
                        second[i] = in.readUnsignedShort();
                    }
                    // Field, method and interface method references (class, name and type), name and type,
                    // dynamic constants: two indices.
                    case 9, 10, 11, 12, 17, 18 -> {
                        first[i] = in.readUnsignedShort();
                        second[i] = in.readUnsignedShort();
                    }
                    case 3, 4 -> in.readInt();
                    case 5, 6 -> {
                        in.readLong();
                        i++;
                    }
                    default -> throw new IOException("constant pool tag " + tag);
                }
            }
        }

        /** A method's code (JVMS 6.5): what it makes, uses statically and loads as a constant. */
        private void readCode(byte[] body) {
            int length = (body[4] & 0xff) << 24 | (body[5] & 0xff) << 16 | (body[6] & 0xff) << 8 | body[7] & 0xff;
            int start = 8;
            int pc = 0;
            while (pc < length) {
                int at = start + pc;
                int op = body[at] & 0xff;
                int u2 = at + 2 < body.length ? (body[at + 1] & 0xff) << 8 | body[at + 2] & 0xff : 0;
                switch (op) {
                    case 0x12 -> loaded(body[at + 1] & 0xff);
                    case 0x13 -> loaded(u2);
                    // new; getstatic, putstatic, invokestatic: the class whose code runs.
                    case 0xbb -> followClass(u2);
                    case 0xb2, 0xb3, 0xb8 -> followClass(first[u2]);
                    default -> {
                    }
                }
                pc += instructionLength(body, start, pc, op);
            }
        }

        private void loaded(int index) {
            loadedConstants.add(index);
            if (tags[index] == CLASS) {
                followClass(index);
            }
        }

        private void readBootstrapMethods() throws IOException {
            int count = in.readUnsignedShort();
            for (int b = 0; b < count; b++) {
                in.readUnsignedShort();
                int arguments = in.readUnsignedShort();
                for (int g = 0; g < arguments; g++) {
                    int argument = in.readUnsignedShort();
                    loaded(argument);
                    // A static method or a constructor passed as a lambda (Foo::new): its class's code runs.
                    if (tags[argument] == METHOD_HANDLE && (first[argument] == 6 || first[argument] == 8)) {
                        followClass(first[second[argument]]);
                    }
                }
            }
        }

        private void followClass(int classIndex) {
            if (classIndex == 0 || tags[classIndex] != CLASS) {
                return;
            }
            String name = utf8[first[classIndex]];
            // An array class names its element type in a descriptor: [Ljavafx/scene/Node;
            if (name.startsWith("[")) {
                int object = name.indexOf('L');
                if (object >= 0) {
                    follow(name.substring(object + 1, name.length() - 1));
                }
            } else {
                follow(name);
            }
        }
    }

    /** The length of the instruction at {@code pc} (JVMS 6.5); the switches are padded to four bytes from the code. */
    private static int instructionLength(byte[] body, int start, int pc, int op) {
        switch (op) {
            case 0x10, 0x12, 0x15, 0x16, 0x17, 0x18, 0x19, 0x36, 0x37, 0x38, 0x39, 0x3a, 0xa9, 0xbc:
                return 2;
            case 0x11, 0x13, 0x14, 0x84, 0xb2, 0xb3, 0xb4, 0xb5, 0xb6, 0xb7, 0xb8, 0xbb, 0xbd, 0xc0, 0xc1, 0xc6, 0xc7:
                return 3;
            case 0xc5:
                return 4;
            case 0xb9, 0xba, 0xc8, 0xc9:
                return 5;
            case 0xc4:
                return (body[start + pc + 1] & 0xff) == 0x84 ? 6 : 4;
            case 0xaa, 0xab: {
                int table = pc + 1 + (3 - pc % 4);
                if (op == 0xaa) {
                    int low = readInt(body, start + table + 4);
                    int high = readInt(body, start + table + 8);
                    return table + 12 + 4 * (high - low + 1) - pc;
                }
                int pairs = readInt(body, start + table + 4);
                return table + 8 + 8 * pairs - pc;
            }
            default:
                return op >= 0x99 && op <= 0xa8 ? 3 : 1;
        }
    }

    private static int readInt(byte[] bytes, int at) {
        return (bytes[at] & 0xff) << 24 | (bytes[at + 1] & 0xff) << 16 | (bytes[at + 2] & 0xff) << 8
                | bytes[at + 3] & 0xff;
    }
}
