package org.gongshi.index;

/** Follows a rebuild, e.g. to draw a progress bar: the total comes first, then the running count. */
public interface RebuildProgress {
    void started(long total);

    void indexed(long done);

    RebuildProgress NONE = new RebuildProgress() {
        @Override
        public void started(long total) {}

        @Override
        public void indexed(long done) {}
    };
}
