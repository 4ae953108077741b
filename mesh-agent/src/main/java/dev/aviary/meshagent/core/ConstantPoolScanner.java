package dev.aviary.meshagent.core;

import java.util.Collection;

/**
 * Tells whether a class file's constant pool holds one of a few ASCII strings, by walking the pool's entries
 * without decoding them, and whether one of them names a method the class declares with code, by a walk of its
 * members' headers: a few microseconds for a large class, where parsing it costs a hundred times that.
 */
final class ConstantPoolScanner {

    private static final int UTF8 = 1;
    private static final int INTEGER = 3;
    private static final int FLOAT = 4;
    private static final int LONG = 5;
    private static final int DOUBLE = 6;
    private static final int CLASS = 7;
    private static final int STRING = 8;
    private static final int FIELD_REF = 9;
    private static final int METHOD_REF = 10;
    private static final int INTERFACE_METHOD_REF = 11;
    private static final int NAME_AND_TYPE = 12;
    private static final int METHOD_HANDLE = 15;
    private static final int METHOD_TYPE = 16;
    private static final int DYNAMIC = 17;
    private static final int INVOKE_DYNAMIC = 18;
    private static final int MODULE = 19;
    private static final int PACKAGE = 20;

    private static final int ACC_NATIVE = 0x0100;
    private static final int ACC_ABSTRACT = 0x0400;

    private final byte[][] targets;
    private final int shortest;
    private final int longest;

    ConstantPoolScanner(Collection<String> strings) {
        targets = new byte[strings.size()][];
        int index = 0;
        int min = Integer.MAX_VALUE;
        int max = 0;
        for (String string : strings) {
            byte[] ascii = new byte[string.length()];
            for (int i = 0; i < ascii.length; i++) {
                char c = string.charAt(i);
                if (c == 0 || c > 127) {
                    throw new IllegalArgumentException("not a printable ASCII constant: " + string);
                }
                ascii[i] = (byte) c;
            }
            targets[index++] = ascii;
            min = Math.min(min, ascii.length);
            max = Math.max(max, ascii.length);
        }
        shortest = min;
        longest = max;
    }

    boolean isEmpty() {
        return targets.length == 0;
    }

    /**
     * Whether {@code classFile}'s constant pool has one of the strings as a UTF-8 entry. A malformed or truncated
     * class file answers {@code true}: the caller then lets Byte Buddy look, which reports it properly.
     */
    boolean mentionsAny(byte[] classFile) {
        return targets.length > 0 && scan(classFile, false);
    }

    /**
     * Whether the class declares a method with code (neither abstract nor native) whose name or descriptor is one of
     * the strings: what advice on a class's own methods needs. Interfaces that only declare such a method, and classes
     * that only call it, are passed over. A malformed or truncated class file answers {@code true}, as above.
     */
    boolean declaresAny(byte[] classFile) {
        return targets.length > 0 && scan(classFile, true);
    }

    private boolean scan(byte[] classFile, boolean declaredWithCode) {
        try {
            if (classFile.length < 10 || u4(classFile, 0) != 0xCAFEBABE) {
                return true;
            }
            int count = u2(classFile, 8);
            boolean[] matching = null; // by constant pool index
            int at = 10;
            for (int entry = 1; entry < count; entry++) {
                int tag = classFile[at];
                switch (tag) {
                    case UTF8:
                        int length = u2(classFile, at + 1);
                        if (length >= shortest && length <= longest && matches(classFile, at + 3, length)) {
                            if (!declaredWithCode) {
                                return true;
                            }
                            if (matching == null) {
                                matching = new boolean[count];
                            }
                            matching[entry] = true;
                        }
                        at += 3 + length;
                        break;
                    case CLASS:
                    case STRING:
                    case METHOD_TYPE:
                    case MODULE:
                    case PACKAGE:
                        at += 3;
                        break;
                    case METHOD_HANDLE:
                        at += 4;
                        break;
                    case INTEGER:
                    case FLOAT:
                    case FIELD_REF:
                    case METHOD_REF:
                    case INTERFACE_METHOD_REF:
                    case NAME_AND_TYPE:
                    case DYNAMIC:
                    case INVOKE_DYNAMIC:
                        at += 5;
                        break;
                    case LONG:
                    case DOUBLE:
                        at += 9;
                        entry++; // these take two slots
                        break;
                    default:
                        return true; // a tag from a newer class file format: let Byte Buddy decide
                }
            }
            return matching != null && declaresMethodWithCode(classFile, at, matching);
        } catch (RuntimeException truncated) { // out of bounds
            return true;
        }
    }

    /** Walks the members that follow the constant pool (at {@code at}) to the methods. */
    private static boolean declaresMethodWithCode(byte[] classFile, int at, boolean[] matching) {
        at += 6; // access flags, this class, super class
        at += 2 + 2 * u2(classFile, at); // interfaces
        int fields = u2(classFile, at);
        at += 2;
        for (int field = 0; field < fields; field++) {
            at = skipAttributes(classFile, at + 6);
        }
        int methods = u2(classFile, at);
        at += 2;
        for (int method = 0; method < methods; method++) {
            int access = u2(classFile, at);
            boolean named = matching[u2(classFile, at + 2)] || matching[u2(classFile, at + 4)];
            if (named && (access & (ACC_ABSTRACT | ACC_NATIVE)) == 0) {
                return true;
            }
            at = skipAttributes(classFile, at + 6);
        }
        return false;
    }

    private static int skipAttributes(byte[] classFile, int at) {
        int attributes = u2(classFile, at);
        at += 2;
        for (int attribute = 0; attribute < attributes; attribute++) {
            at += 6 + u4(classFile, at + 2);
        }
        return at;
    }

    private boolean matches(byte[] classFile, int start, int length) {
        for (byte[] target : targets) {
            if (target.length != length) {
                continue;
            }
            int i = 0;
            while (i < length && classFile[start + i] == target[i]) {
                i++;
            }
            if (i == length) {
                return true;
            }
        }
        return false;
    }

    private static int u2(byte[] bytes, int at) {
        return ((bytes[at] & 0xFF) << 8) | (bytes[at + 1] & 0xFF);
    }

    private static int u4(byte[] bytes, int at) {
        return (u2(bytes, at) << 16) | u2(bytes, at + 2);
    }
}
