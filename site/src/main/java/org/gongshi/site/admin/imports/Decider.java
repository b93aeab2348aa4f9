package org.gongshi.site.admin.imports;

import static java.util.Objects.requireNonNull;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.locks.ReentrantLock;
import org.gongshi.content.staging.ImportKind;
import org.gongshi.content.staging.ImportState;
import org.gongshi.content.staging.StagedImport;
import org.gongshi.plugin.StaffMember;
import org.gongshi.site.web.PageNotFoundException;

/**
 * Publishes or discards a staged file: one decision at a time, only while the file still waits, only when it is
 * byte for byte the file that was reviewed. The decision and its audit entry commit together, and then the staged file
 * (a listing file holds full ID numbers) is removed.
 */
final class Decider {
    private final ImportServices services;
    private final ReentrantLock lock = new ReentrantLock();

    Decider(ImportServices services) {
        this.services = requireNonNull(services, "services");
    }

    /** The staged import {@code id} of {@code kind}, else 404. */
    StagedImport find(Context context, ImportKind kind) {
        String raw = context.pathParam("id");
        long id;
        try {
            id = Long.parseLong(raw);
        } catch (NumberFormatException notANumber) {
            throw new PageNotFoundException("import " + raw);
        }
        return services.staged().find(id).filter(staged -> staged.kind() == kind)
                .orElseThrow(() -> new PageNotFoundException("import " + raw));
    }

    /** Runs {@code work} on the staged file (the import itself), then records the decision as {@code action}. */
    void publish(Context context, StagedImport staged, String action, Work work) throws IOException {
        decide(context, staged, ImportState.PUBLISHED, action, work);
    }

    void discard(Context context, StagedImport staged) throws IOException {
        decide(context, staged, ImportState.DISCARDED, "import.discarded",
                file -> services.messages().get("admin.imports.discarded"));
    }

    private void decide(Context context, StagedImport staged, ImportState state, String action, Work work)
            throws IOException {
        if (!lock.tryLock()) {
            throw refused("admin.imports.busy");
        }
        try {
            StagedImport current = services.staged().find(staged.id()).orElseThrow();
            if (!current.awaiting()) {
                throw refused("admin.imports.decided", current.state().label());
            }
            if (state == ImportState.PUBLISHED && !services.staging().intact(current)) {
                services.audit().log().record(services.audit().event(context, "import.changed")
                        .on("import", Long.toString(current.id())));
                throw refused("admin.imports.changed");
            }
            String outcome = work.run(services.staging().fileOf(current));
            String actor = StaffMember.current(context).name();
            services.database().inTransaction(connection -> {
                if (!services.staged().decide(connection, current.id(), state, actor, outcome)) {
                    throw refused("admin.imports.decided", "");
                }
                services.audit().log().record(connection, services.audit().event(context, action)
                        .on("import", Long.toString(current.id())).saying(outcome));
                return null;
            });
            services.staging().remove(current);
        } finally {
            lock.unlock();
        }
    }

    private ImportRefusedException refused(String key, Object... arguments) {
        return new ImportRefusedException(HttpStatus.CONFLICT, services.messages().get(key, arguments));
    }

    /** What deciding does with the staged file; answers the outcome to record, e.g. "新增 10，更新 1". */
    @FunctionalInterface
    interface Work {
        String run(Path file) throws IOException;
    }
}
