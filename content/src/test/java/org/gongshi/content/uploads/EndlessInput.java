package org.gongshi.content.uploads;

import java.io.InputStream;

/** A source that never ends: {@code start}, then zeros for ever; it counts every byte handed out. */
final class EndlessInput extends InputStream {
    private final byte[] start;
    private long delivered;

    EndlessInput(byte[] start) {
        this.start = start.clone();
    }

    long delivered() {
        return delivered;
    }

    @Override
    public int read() {
        byte[] one = new byte[1];
        read(one, 0, 1);
        return one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
        for (int index = 0; index < length; index++) {
            buffer[offset + index] = delivered + index < start.length ? start[(int) (delivered + index)] : 0;
        }
        delivered += length;
        return length;
    }
}
