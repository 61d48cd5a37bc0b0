package uk.gov.lga.platform.support.edge;

import uk.gov.lga.platform.support.problem.Problem;
import uk.gov.lga.platform.support.problem.ProblemException;

import java.util.List;

/**
 * Strict UTF-8 as RFC 3629 defines it: shortest forms only, no surrogates, nothing above U+10FFFF; and no
 * NUL byte, which no text of ours contains and which is how UTF-16 and UTF-32 bodies give themselves away.
 */
public final class Utf8 {

    private Utf8() {
    }

    /** The offset of the first byte that breaks the rules, or -1. */
    public static int firstInvalid(byte[] bytes) {
        int i = 0;
        while (i < bytes.length) {
            int b = bytes[i] & 0xff;
            if (b == 0) {
                return i;
            }
            if (b < 0x80) {
                i++;
                continue;
            }
            int length;
            int min;
            if (b >= 0xc2 && b <= 0xdf) {
                length = 2;
                min = 0x80;
            } else if (b >= 0xe0 && b <= 0xef) {
                length = 3;
                min = 0x800;
            } else if (b >= 0xf0 && b <= 0xf4) {
                length = 4;
                min = 0x10000;
            } else {
                return i; // a continuation byte out of place, an overlong lead (C0, C1) or beyond U+10FFFF (F5-FF)
            }
            if (i + length > bytes.length) {
                return i;
            }
            int code = b & (0xff >> (length + 1));
            for (int k = 1; k < length; k++) {
                int c = bytes[i + k] & 0xff;
                if ((c & 0xc0) != 0x80) {
                    return i;
                }
                code = (code << 6) | (c & 0x3f);
            }
            if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) {
                return i;
            }
            i += length;
        }
        return -1;
    }

    /** A 400 problem naming the byte offset unless the body is strict UTF-8 without NUL. */
    public static void requireText(byte[] body) {
        int at = firstInvalid(body);
        if (at >= 0) {
            throw new ProblemException(400, "Bad Request", "The body is not UTF-8 text.",
                    List.of(new Problem.FieldError("body", "has a byte that is not strict UTF-8, or a NUL, at offset " + at)));
        }
    }
}
